import { BackupError } from '../../../shared/backup/errors';
import type { ManifestInfo } from '../../../shared/backup/format';
import type { MergeSummary } from '../../../shared/backup/mergePlan';
import type { BackupProgress, CreatedBackup, InvalidRecords } from '../../../shared/backup/pipeline';
import { DiskFullError } from '../../lib/diskFull';
import { assertWritable } from '../../db/openDatabase';
import { followSwitch } from '../../db/databaseSwitch';
import type { ImportMode, ImportOptions, ImportResult } from './backupRepo';
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
 * Requests are queued and go one at a time; each resolves with the worker's reply or rejects
 * with its refusal.
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
            : msg.error.kind === 'diskFull'
              ? new DiskFullError(msg.error.details.reason)
              : BackupError.fromData(msg.error),
      });
    else settle({ msg });
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle({ err: new UnexpectedBackupFailure(event.message || 'the backup worker failed') });
  };
  // One request at a time: a later one (an import asked for while the preview still runs) waits
  // its turn. `receive` waits for a further reply to the same request (no message is sent).
  let queue: Promise<unknown> = Promise.resolve();
  const awaitReply = <T extends Reply['type']>(expect: T, send?: () => void) =>
    new Promise<ReplyOf<T>>((resolve, reject) => {
      pending = {
        resolve: (msg) =>
          msg.type === expect
            ? resolve(msg as ReplyOf<T>)
            : reject(new UnexpectedBackupFailure(`unexpected reply ${msg.type}`)),
        reject,
      };
      send?.();
    });
  const enqueue = <T>(step: () => Promise<T>): Promise<T> => {
    const reply = queue.then(step);
    queue = reply.catch(() => undefined);
    return reply;
  };
  const request = <T extends Reply['type']>(req: WorkerRequest, expect: T, transfer: Transferable[] = []) =>
    enqueue(() => awaitReply(expect, () => worker.postMessage(req, transfer)));
  const receive = <T extends Reply['type']>(expect: T) => enqueue(() => awaitReply(expect));
  return { request, receive, close: () => worker.terminate() };
};

/**
 * Reads every table in the worker and makes the encrypted file there; only its bytes come back.
 * `checked` follows: the records that fail their schema, found while the caller saves the file.
 */
export const createInWorker = async (
  args: { info: ManifestInfo; passphrase: string; workFactor?: number },
  onProgress: (p: BackupProgress) => void,
): Promise<{ created: CreatedBackup; checked: Promise<InvalidRecords> }> => {
  const worker = startWorker(onProgress);
  try {
    const { result } = await worker.request({ type: 'create', ...args }, 'created');
    const checked = worker.receive('checked').then((msg) => msg.invalid);
    void checked.finally(worker.close).catch(() => undefined);
    return { created: result, checked };
  } catch (err) {
    worker.close();
    throw err;
  }
};

/** A checked backup file held by its worker until `close`. */
export type OpenedBackupSession = {
  summary: OpenedSummary;
  /** What a merge would change now (the data may have changed since the file was opened). */
  preview: () => Promise<MergeSummary>;
  /** Replaces or merges; refused on a read-only database before the worker is asked. */
  importAs: (mode: ImportMode, at?: Date, options?: ImportOptions) => Promise<ImportResult>;
  close: () => void;
};

/**
 * Decrypts and checks a file in a worker, which keeps the records for the preview and the
 * import. With `forMerge`, a second worker reads this PC's `updatedAt` keys meanwhile (seconds on
 * a large database) and hands them straight to the first, so the merge preview need not.
 */
export const openInWorker = async (
  args: { bytes: Uint8Array; passphrase: string; schemaVersion: number; forMerge?: boolean },
  onProgress: (p: BackupProgress) => void,
): Promise<OpenedBackupSession> => {
  const worker = startWorker(onProgress);
  const scanner = args.forMerge ? startWorker(() => undefined) : null;
  const closeAll = () => {
    worker.close();
    scanner?.close();
  };
  try {
    // A copy is sent so the caller can retry with another passphrase after a refusal.
    const bytes = args.bytes.slice();
    const { bytes: _, forMerge: __, ...rest } = args;
    let scanPort: MessagePort | undefined;
    if (scanner) {
      const channel = new MessageChannel();
      scanPort = channel.port2;
      void scanner
        .request({ type: 'scan', port: channel.port1 }, 'scanned', [channel.port1])
        .catch((err: unknown) => console.warn('scanning for the merge preview failed', err))
        .finally(scanner.close);
    }
    const transfer: Transferable[] = scanPort ? [bytes.buffer, scanPort] : [bytes.buffer];
    const { result } = await worker.request({ type: 'open', ...rest, bytes, scanPort }, 'opened', transfer);
    return {
      summary: result,
      preview: async () => (await worker.request({ type: 'preview' }, 'previewed')).summary,
      importAs: async (mode, at = new Date(), options) => {
        assertWritable();
        const { result } = await worker.request(
          { type: 'import', mode, at: at.toISOString(), ...(options ? { options } : {}) },
          'imported',
        );
        // A Replace switched to a new database: the page follows before it shows the result.
        if (mode === 'replace') await followSwitch();
        return result;
      },
      close: closeAll,
    };
  } catch (err) {
    closeAll();
    throw err;
  }
};
