import type { ReportRow } from '../../../shared/reports/activity';
import type { Period } from '../../../shared/reports/period';
import { buildReport, computeReport, type BuiltReport } from './reportsRepo';

export type ReportWorkerRequest =
  | { id: number; type: 'build'; period: Period; programmeId: string | null }
  | { id: number; type: 'now'; period: Period; programmeId: string | null };
export type ReportWorkerReply =
  { id: number; ok: true; result: BuiltReport | ReportRow[] } | { id: number; ok: false; error: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: BuiltReport | ReportRow[]) => void; reject: (e: Error) => void }>();

/** One worker for the page's lifetime, started on first use; requests are answered by id. */
const getWorker = (): Worker | null => {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./reportWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ReportWorkerReply>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(new Error(e.data.error));
    };
  }
  return worker;
};

const ask = (req: Omit<ReportWorkerRequest, 'id'>): Promise<BuiltReport | ReportRow[]> => {
  const w = getWorker();
  // Without Web Workers (unit tests in jsdom) the same repository runs on the page.
  if (!w)
    return req.type === 'build' ? buildReport(req.period, req.programmeId) : computeReport(req.period, req.programmeId);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ ...req, id });
  });
};

/** The period's report with the previous period beside it, counted off the page's thread. */
export const buildReportOffThread = (period: Period, programmeId: string | null): Promise<BuiltReport> =>
  ask({ type: 'build', period, programmeId }) as Promise<BuiltReport>;

/** What the data says now for a period, counted off the page's thread. */
export const computeReportOffThread = (period: Period, programmeId: string | null): Promise<ReportRow[]> =>
  ask({ type: 'now', period, programmeId }) as Promise<ReportRow[]>;
