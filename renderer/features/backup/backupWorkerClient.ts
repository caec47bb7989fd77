import { BackupError } from '../../../shared/backup/errors';
import type { ManifestInfo } from '../../../shared/backup/format';
import type { MergeCounts } from '../../../shared/backup/mergePlan';
import type { BackupProgress, CreatedBackup } from '../../../shared/backup/pipeline';
import { assertWritable } from '../../db/openDatabase';
import type { ImportMode, ImportResult } from './backupRepo';
import type { OpenedSummary, WorkerMessage, WorkerRequest } from './backupWorkerProtocol';

/** A failure the worker could not classify (a bug, out of memory): shown as "unexpected". */
export class UnexpectedBackupFailure extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnexpectedBackupFailure';
  }
}

type Reply = Exclude<WorkerMessage, { type: 'progress' | 'failed' }>;
type ReplyOf<T extends Reply['type']> = Extract<Reply, { type: T }>;

/**
 * One worker per operation: it holds a passphrase and the data only for as long as needed.
 * Requests go one at a time; each resolves with the worker's reply or rejects with its refusal.
 */
const startWorker = (onProgress: (p: BackupProgress) => void) => {
  const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
  let pending: { resolve: (msg: Reply) => void; reject: (err: Error) => void } | null = null;
  const settle = (outcome: { msg: Reply } | { err: Error }) => {
    const p = pending;
    pending = null;
    if (!p) return;
    if ('msg' in outcome) p.resolve(outcome.msg);
    else p.reject(outcome.err);
  };
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const msg = event.data;
    if (msg.type === 'progress') onProgress(msg.progress);
    else if (msg.type === 'failed')
      settle({
        err:
          msg.error.kind === 'unexpected'
            ? new UnexpectedBackupFailure(msg.error.details.reason)
            : BackupError.fromData(msg.error),
      });
    else settle({ msg });
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle({ err: new UnexpectedBackupFailure(event.message || 'the backup worker failed') });
  };
  const request = <T extends Reply['type']>(req: WorkerRequest, expect: T, transfer: Transferable[] = []) =>
    new Promise<ReplyOf<T>>((resolve, reject) => {
      if (pending) throw new Error('the backup worker is busy');
      pending = {
        resolve: (msg) =>
          msg.type === expect
            ? resolve(msg as ReplyOf<T>)
            : reject(new UnexpectedBackupFailure(`unexpected reply ${msg.type}`)),
        reject,
      };
      worker.postMessage(req, transfer);
    });
  return { request, close: () => worker.terminate() };
};

/** Reads every table in the worker and makes the encrypted file there; only its bytes come back. */
export const createInWorker = async (
  args: { info: ManifestInfo; passphrase: string; workFactor?: number },
  onProgress: (p: BackupProgress) => void,
): Promise<CreatedBackup> => {
  const worker = startWorker(onProgress);
  try {
    return (await worker.request({ type: 'create', ...args }, 'created')).result;
  } finally {
    worker.close();
  }
};

/** A checked backup file held by its worker until `close`. */
export type OpenedBackupSession = {
  summary: OpenedSummary;
  /** What a merge would change now (the data may have changed since the file was opened). */
  preview: () => Promise<MergeCounts>;
  /** Replaces or merges; refused on a read-only database before the worker is asked. */
  importAs: (mode: ImportMode, at?: Date) => Promise<ImportResult>;
  close: () => void;
};

/** Decrypts and checks a file in a worker, which keeps the records for the preview and the import. */
export const openInWorker = async (
  args: { bytes: Uint8Array; passphrase: string; schemaVersion: number },
  onProgress: (p: BackupProgress) => void,
): Promise<OpenedBackupSession> => {
  const worker = startWorker(onProgress);
  try {
    // A copy is sent so the caller can retry with another passphrase after a refusal.
    const bytes = args.bytes.slice();
    const { result } = await worker.request({ type: 'open', ...args, bytes }, 'opened', [bytes.buffer]);
    return {
      summary: result,
      preview: async () => (await worker.request({ type: 'preview' }, 'previewed')).counts,
      importAs: async (mode, at = new Date()) => {
        assertWritable();
        return (await worker.request({ type: 'import', mode, at: at.toISOString() }, 'imported')).result;
      },
      close: worker.close,
    };
  } catch (err) {
    worker.close();
    throw err;
  }
};
