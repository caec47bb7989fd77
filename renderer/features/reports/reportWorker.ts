import { buildReport, computeReport } from './reportsRepo';
import type { ReportWorkerReply, ReportWorkerRequest } from './reportWorkerClient';

/**
 * The reports Web Worker: a year's report reads (and structured-clones out of IndexedDB) tens of
 * thousands of attendance rows and contact logs and counts them; here that never blocks the
 * page. Like the backup worker it opens the database itself through the same repositories, so
 * only the figures — a few hundred small rows — travel back to the page.
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReportWorkerRequest>) => void) | null;
  postMessage: (m: ReportWorkerReply) => void;
};

scope.onmessage = (event) => {
  const req = event.data;
  const work =
    req.type === 'build' ? buildReport(req.period, req.programmeId) : computeReport(req.period, req.programmeId);
  work.then(
    (result) => scope.postMessage({ id: req.id, ok: true, result }),
    (err: unknown) =>
      scope.postMessage({
        id: req.id,
        ok: false,
        error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      }),
  );
};
