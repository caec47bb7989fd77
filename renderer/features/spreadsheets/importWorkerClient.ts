import { SpreadsheetError } from '../../../shared/spreadsheet/errors';
import type {
  ColumnMapping,
  Decisions,
  ImportKind,
  ImportOptions,
  ImportPreview,
  ImportResult,
  ReadOptions,
  ReadProgress,
  SheetSummary,
  ValueAnswers,
  ValueQuestion,
} from '../../../shared/spreadsheet/types';
import { commitImport } from './importRepo';
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorkerProtocol';

/** A failure the worker could not classify (a bug, out of memory): shown as "unexpected". */
export class UnexpectedImportFailure extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnexpectedImportFailure';
  }
}

type Reply = Exclude<ImportWorkerMessage, { type: 'progress' | 'failed' }>;
type ReplyOf<T extends Reply['type']> = Extract<Reply, { type: T }>;

/** The worker, one request at a time; `onProgress` of the request running gets its progress. */
const startWorker = () => {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let pending: {
    resolve: (msg: Reply) => void;
    reject: (err: Error) => void;
    onProgress?: (p: ReadProgress) => void;
  } | null = null;
  const settle = (outcome: { msg: Reply } | { err: Error }) => {
    const p = pending;
    pending = null;
    if (!p) return;
    if ('msg' in outcome) p.resolve(outcome.msg);
    else p.reject(outcome.err);
  };
  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    const msg = event.data;
    if (msg.type === 'progress') pending?.onProgress?.(msg.progress);
    else if (msg.type === 'failed')
      settle({
        err:
          msg.error.kind === 'unexpected'
            ? new UnexpectedImportFailure(msg.error.reason)
            : SpreadsheetError.fromData(msg.error),
      });
    else settle({ msg });
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle({ err: new UnexpectedImportFailure(event.message || 'the import worker failed') });
  };
  let queue: Promise<unknown> = Promise.resolve();
  const request = <T extends Reply['type']>(
    req: ImportWorkerRequest,
    expect: T,
    onProgress?: (p: ReadProgress) => void,
    transfer: Transferable[] = [],
  ): Promise<ReplyOf<T>> => {
    const reply = queue.then(
      () =>
        new Promise<ReplyOf<T>>((resolve, reject) => {
          pending = {
            resolve: (msg) =>
              msg.type === expect
                ? resolve(msg as ReplyOf<T>)
                : reject(new UnexpectedImportFailure(`unexpected reply ${msg.type}`)),
            reject,
            ...(onProgress ? { onProgress } : {}),
          };
          worker.postMessage(req, transfer);
        }),
    );
    queue = reply.catch(() => undefined);
    return reply;
  };
  return { request, close: () => worker.terminate() };
};

type ImportWorker = ReturnType<typeof startWorker>;

/** A worker started before the file was chosen (see `warmImportWorker`), for the next `openSpreadsheet`. */
let spare: ImportWorker | null = null;

/**
 * Starts the import worker while the coordinator is still choosing a file: it loads the XLSX
 * reader and opens the database meanwhile, so the wait after the choice is the file's own.
 * Returns a function that drops the spare if it was not used (the wizard closed).
 */
export const warmImportWorker = (): (() => void) => {
  if (!spare) {
    const worker = startWorker();
    spare = worker;
    // A failure here is not the coordinator's concern: the real request says what went wrong.
    worker.request({ type: 'warm' }, 'warmed').catch(() => undefined);
  }
  const mine = spare;
  return () => {
    if (spare === mine) {
      spare = null;
      mine.close();
    }
  };
};

const takeWorker = (): ImportWorker => {
  const worker = spare ?? startWorker();
  spare = null;
  return worker;
};

/** A file read in its worker, until `close`. See the usage note in shared/spreadsheet/types.ts. */
export type SpreadsheetSession = {
  sheet: SheetSummary;
  /** Reads the same file again: another sheet, encoding or separator (the rest as before). */
  reread: (options: ReadOptions, onProgress?: (p: ReadProgress) => void) => Promise<SheetSummary>;
  /** The values Tandem does not understand; answers already given are not asked again. */
  questions: (
    kind: ImportKind,
    mapping: ColumnMapping,
    options: ImportOptions,
    answers?: ValueAnswers,
  ) => Promise<ValueQuestion[]>;
  preview: (
    kind: ImportKind,
    mapping: ColumnMapping,
    answers: ValueAnswers,
    options: ImportOptions,
    onProgress?: (p: ReadProgress) => void,
  ) => Promise<ImportPreview>;
  /** Imports the last preview with these decisions (one transaction, undoable); the mapping is remembered. */
  commit: (decisions: Decisions) => Promise<ImportResult>;
  close: () => void;
};

/**
 * Reads a spreadsheet in a worker. Rejects with a SpreadsheetError (translated message) for a
 * file that cannot be read; the session keeps the file for the later steps.
 */
export const openSpreadsheet = async (
  file: { bytes: Uint8Array; fileName: string },
  options: ReadOptions = {},
  onProgress?: (p: ReadProgress) => void,
): Promise<SpreadsheetSession> => {
  const worker = takeWorker();
  try {
    // A copy goes to the worker, so the caller's bytes stay usable (to read the file again).
    const bytes = file.bytes.slice();
    const { sheet } = await worker.request(
      { type: 'open', bytes, fileName: file.fileName, options },
      'opened',
      onProgress,
      [bytes.buffer],
    );
    let last: ImportPreview | null = null;
    return {
      sheet,
      reread: async (change, progress) => {
        last = null;
        return (await worker.request({ type: 'reread', options: change }, 'opened', progress)).sheet;
      },
      questions: async (kind, mapping, opts, answers = {}) =>
        (await worker.request({ type: 'questions', kind, mapping, options: opts, answers }, 'questions')).questions,
      preview: async (kind, mapping, answers, opts, progress) => {
        last = (await worker.request({ type: 'preview', kind, mapping, answers, options: opts }, 'previewed', progress))
          .preview;
        return last;
      },
      commit: async (decisions) => {
        if (!last) throw new UnexpectedImportFailure('nothing to import: make the preview first');
        const result = await commitImport({ preview: last, decisions });
        // The data changed: a further preview of this file compares with it afresh.
        last = null;
        await worker.request({ type: 'forget' }, 'forgotten').catch(() => undefined);
        return result;
      },
      close: worker.close,
    };
  } catch (err) {
    worker.close();
    throw err;
  }
};
