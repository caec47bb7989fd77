import { isSpreadsheetError } from '../../../shared/spreadsheet/errors';
import { buildPreview } from '../../../shared/spreadsheet/preview';
import { valueQuestions } from '../../../shared/spreadsheet/questions';
import { readSpreadsheet, summarise } from '../../../shared/spreadsheet/read';
import { warmXlsx } from '../../../shared/spreadsheet/readXlsx';
import type {
  ExistingIndex,
  ImportKind,
  ReadOptions,
  ReadProgress,
  SheetRead,
} from '../../../shared/spreadsheet/types';
import { loadExistingIndex, loadImportContext, openForPreview, sessionDatesOf } from './importRepo';
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorkerProtocol';

/**
 * The import Web Worker: reading a workbook (exceljs unzips and parses XML), decoding and
 * splitting a CSV, and checking every row take seconds for large files, so they run here and
 * the page stays responsive. The worker keeps the file and the sheet; it opens the database
 * itself to read what the preview compares with (as the backup worker does), and writes nothing.
 */

type Post = (msg: ImportWorkerMessage) => void;

const errorText = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

export const createImportSession = () => {
  let file: { bytes: Uint8Array; fileName: string; options: ReadOptions } | null = null;
  let sheet: SheetRead | null = null;
  // The existing records, read once per kind (and, for attendance, per set of dates).
  const existing = new Map<string, Promise<ExistingIndex>>();

  const opened = (): SheetRead => {
    if (!sheet) throw new Error('no file was read in this worker');
    return sheet;
  };
  const existingFor = (kind: ImportKind, dates: string[]): Promise<ExistingIndex> => {
    const key = `${kind}:${[...dates].sort().join(',')}`;
    let found = existing.get(key);
    if (!found) {
      found = loadExistingIndex(kind, dates);
      found.catch(() => existing.delete(key));
      existing.set(key, found);
    }
    return found;
  };

  return async (req: ImportWorkerRequest, post: Post): Promise<void> => {
    const progress = (p: ReadProgress) => post({ type: 'progress', progress: p });
    try {
      if (req.type === 'warm') {
        await Promise.all([warmXlsx(), openForPreview()]);
        post({ type: 'warmed' });
      } else if (req.type === 'open' || req.type === 'reread') {
        const source = req.type === 'open' ? { bytes: req.bytes, fileName: req.fileName, options: req.options } : file;
        if (!source) throw new Error('no file was opened in this worker');
        const options = req.type === 'open' ? req.options : { ...source.options, ...req.options };
        const read = await readSpreadsheet(source.bytes, source.fileName, options, progress);
        file = { ...source, options };
        sheet = read;
        post({ type: 'opened', sheet: summarise(read) });
      } else if (req.type === 'questions') {
        // The preview comes next: its existing records are read meanwhile (attendance's depend on the answers' dates).
        if (req.kind !== 'attendance') existingFor(req.kind, []).catch(() => undefined);
        const context = await loadImportContext(req.options);
        post({ type: 'questions', questions: valueQuestions(req.kind, opened(), req.mapping, context, req.answers) });
      } else if (req.type === 'preview') {
        const s = opened();
        progress({ phase: 'check', fraction: 0 });
        const dates = req.kind === 'attendance' ? sessionDatesOf(s, req.mapping) : [];
        const [context, index] = await Promise.all([loadImportContext(req.options), existingFor(req.kind, dates)]);
        const preview = buildPreview({
          kind: req.kind,
          sheet: s,
          mapping: req.mapping,
          answers: req.answers,
          existing: index,
          context,
          onProgress: progress,
        });
        post({ type: 'previewed', preview });
      } else {
        existing.clear();
        post({ type: 'forgotten' });
      }
    } catch (err) {
      post({
        type: 'failed',
        error: isSpreadsheetError(err) ? err.toData() : { kind: 'unexpected', reason: errorText(err) },
      });
    }
  };
};

// Only when loaded as a worker (the unit tests call createImportSession directly).
if ('WorkerGlobalScope' in globalThis) {
  const handle = createImportSession();
  self.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
    void handle(event.data, (msg) => self.postMessage(msg));
  };
}
