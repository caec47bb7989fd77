import { runListExport } from './listExport';
import { standaloneTranslator } from './listExportTranslator';
import type { ListExportWorkerReply, ListExportWorkerRequest } from './listExportWorkerClient';

/**
 * The list-export Web Worker: reads the list through the same repositories as the page (with its
 * own connection to the database), builds the rows and writes the XLSX or CSV, so that a list of
 * tens of thousands of people never blocks the page. Only the file's bytes go back (transferred,
 * not copied). It translates with its own i18next instance over the same bundled locale files.
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ListExportWorkerRequest>) => void) | null;
  postMessage: (m: ListExportWorkerReply, transfer?: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const { id, req, format, lng } = event.data;
  standaloneTranslator(lng)
    .then((t) => runListExport(req, format, lng, t))
    .then(
      (result) => scope.postMessage({ id, ok: true, result }, [result.bytes.buffer]),
      (err: unknown) =>
        scope.postMessage({ id, ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }),
    );
};
