import { isBackupError } from '../../../shared/backup/errors';
import { createBackupFile, openBackupFile, type BackupProgress } from '../../../shared/backup/pipeline';
import type { WorkerMessage, WorkerRequest } from './backupWorkerProtocol';

/**
 * The backup Web Worker: serialising, checksumming, scrypt and encryption (or decryption and
 * validation of every record) take seconds, so they run here and the UI stays responsive.
 * A thin wrapper: all the work is in shared/backup/pipeline.ts.
 */
export const handleRequest = async (
  req: WorkerRequest,
  post: (msg: WorkerMessage, transfer?: Transferable[]) => void,
): Promise<void> => {
  const onProgress = (progress: BackupProgress) => post({ type: 'progress', progress });
  try {
    if (req.type === 'create') {
      const result = await createBackupFile({ ...req, onProgress });
      post({ type: 'created', result }, [result.bytes.buffer as ArrayBuffer]);
    } else {
      const result = await openBackupFile({ ...req, onProgress });
      post({ type: 'opened', result });
    }
  } catch (err) {
    post({
      type: 'failed',
      error: isBackupError(err)
        ? err.toData()
        : { kind: 'unexpected', details: { reason: err instanceof Error ? err.message : String(err) } },
    });
  }
};

// Only when loaded as a worker (the unit tests import handleRequest directly).
if ('WorkerGlobalScope' in globalThis) {
  self.onmessage = (event: MessageEvent<WorkerRequest>) => {
    void handleRequest(event.data, (msg, transfer) => self.postMessage(msg, { transfer: transfer ?? [] }));
  };
}
