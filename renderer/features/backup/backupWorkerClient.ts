import { BackupError } from '../../../shared/backup/errors';
import type { ManifestInfo, TablesData } from '../../../shared/backup/format';
import type { BackupProgress, CreatedBackup, OpenedBackup } from '../../../shared/backup/pipeline';
import type { WorkerMessage, WorkerRequest } from './backupWorkerProtocol';

/** A failure the worker could not classify (a bug, out of memory): shown as "unexpected". */
export class UnexpectedBackupFailure extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnexpectedBackupFailure';
  }
}

/** One worker per operation: it holds a passphrase and the data only for as long as needed. */
const run = (
  req: WorkerRequest,
  onProgress: (p: BackupProgress) => void,
  transfer: Transferable[] = [],
): Promise<WorkerMessage> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        onProgress(msg.progress);
        return;
      }
      worker.terminate();
      if (msg.type === 'failed') {
        reject(
          msg.error.kind === 'unexpected'
            ? new UnexpectedBackupFailure(msg.error.details.reason)
            : BackupError.fromData(msg.error),
        );
      } else resolve(msg);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new UnexpectedBackupFailure(event.message || 'the backup worker failed'));
    };
    worker.postMessage(req, transfer);
  });

export const createInWorker = async (
  args: { tables: TablesData; info: ManifestInfo; passphrase: string; workFactor?: number },
  onProgress: (p: BackupProgress) => void,
): Promise<CreatedBackup> => {
  const msg = await run({ type: 'create', ...args }, onProgress);
  if (msg.type !== 'created') throw new UnexpectedBackupFailure(`unexpected reply ${msg.type}`);
  return msg.result;
};

export const openInWorker = async (
  args: { bytes: Uint8Array; passphrase: string; schemaVersion: number },
  onProgress: (p: BackupProgress) => void,
): Promise<OpenedBackup> => {
  // A copy is sent so the caller can retry with another passphrase after a refusal.
  const bytes = args.bytes.slice();
  const msg = await run({ type: 'open', ...args, bytes }, onProgress, [bytes.buffer]);
  if (msg.type !== 'opened') throw new UnexpectedBackupFailure(`unexpected reply ${msg.type}`);
  return msg.result;
};
