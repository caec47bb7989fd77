import { isBackupError } from '../../../shared/backup/errors';
import { isDiskFull } from '../../lib/diskFull';
import type { BackupDocument } from '../../../shared/backup/format';
import { summaryOf } from '../../../shared/backup/mergePlan';
import {
  createBackupFile,
  findInvalidRecords,
  openBackupFile,
  type BackupProgress,
} from '../../../shared/backup/pipeline';
import { DOMAIN_TABLE_NAMES, type DomainTableName } from '../../../shared/domain';
import {
  dumpTables,
  futureStampsOf,
  importBackup,
  peopleAmong,
  previewMerge,
  scanLocalRevs,
  type LocalRevs,
  type MergePreview,
} from './backupRepo';
import type { ScanMessage, WorkerFailure, WorkerMessage, WorkerRequest } from './backupWorkerProtocol';
import { adoptCurrentDatabase } from '../../db/databaseSwitch';

/**
 * The backup Web Worker. Reading every table, serialising, checksumming, scrypt and encryption
 * (or decryption, validation of every record and the import transaction) take seconds with a
 * large office's data, so they run here and the UI stays responsive. The worker opens the
 * database itself (its own Dexie connection; Dexie tells the page's live queries what changed),
 * so hundreds of thousands of records are never copied between the worker and the page.
 *
 * One session per worker: `create`; or `open` followed by any `preview` and `import` requests
 * on the document `open` checked; or `scan` for an `open` beside it (see the protocol). All the
 * work is in shared/backup/pipeline.ts and backupRepo.
 */

type Post = (msg: WorkerMessage, transfer?: Transferable[]) => void;

const now = (): number => performance.now();

const errorText = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/** What the page is told of a failure: a backup's own kind, a full disk, or "unexpected". */
export const workerFailureOf = (err: unknown): WorkerFailure =>
  isBackupError(err)
    ? err.toData()
    : isDiskFull(err)
      ? { kind: 'diskFull', details: { reason: errorText(err) } }
      : { kind: 'unexpected', details: { reason: errorText(err) } };

/** The scan another worker sends on `port`, or undefined if it failed (the plan then reads for itself). */
const receiveScan = (port: MessagePort): Promise<LocalRevs | undefined> =>
  new Promise((resolve) => {
    port.onmessage = (event: MessageEvent<ScanMessage>) => {
      port.close();
      if (event.data.ok) resolve(event.data.scan);
      else {
        console.warn("the scan of this PC's data failed; the merge preview reads it itself", event.data.reason);
        resolve(undefined);
      }
    };
  });

const liveCounts = (document: BackupDocument): Record<DomainTableName, number> =>
  Object.fromEntries(
    DOMAIN_TABLE_NAMES.map((name) => [name, document.tables[name].filter((r) => !r.deletedAt).length]),
  ) as Record<DomainTableName, number>;

export const createSession = () => {
  let opened: BackupDocument | null = null;
  let preview: MergePreview | undefined;
  let scanned: Promise<LocalRevs | undefined> = Promise.resolve(undefined);
  const document = (): BackupDocument => {
    if (!opened) throw new Error('no backup file was opened in this worker');
    return opened;
  };

  return async (req: WorkerRequest, post: Post): Promise<void> => {
    const onProgress = (progress: BackupProgress) => post({ type: 'progress', progress });
    try {
      // The data is the database the pointer names (a Replace may have switched it).
      await adoptCurrentDatabase();
      if (req.type === 'create') {
        onProgress({ phase: 'serialise', fraction: 0 });
        const t0 = now();
        const tables = await dumpTables();
        const readMs = now() - t0;
        const result = await createBackupFile({ ...req, tables, onProgress });
        post({ type: 'created', result, readMs }, [result.bytes.buffer as ArrayBuffer]);
        post({ type: 'checked', invalid: findInvalidRecords(tables) });
      } else if (req.type === 'scan') {
        const message: ScanMessage = await scanLocalRevs().then(
          (scan) => ({ ok: true, scan }),
          (err: unknown) => ({ ok: false, reason: errorText(err) }),
        );
        req.port.postMessage(message);
        req.port.close();
        post({ type: 'scanned' });
      } else if (req.type === 'open') {
        scanned = req.scanPort ? receiveScan(req.scanPort) : Promise.resolve(undefined);
        const { document: checked, timings } = await openBackupFile({ ...req, onProgress });
        opened = checked;
        preview = undefined;
        const future = futureStampsOf(checked.tables, Date.now());
        post({ type: 'opened', result: { manifest: checked.manifest, future, live: liveCounts(checked), timings } });
      } else if (req.type === 'preview') {
        preview = await previewMerge(document().tables, await scanned);
        post({
          type: 'previewed',
          summary: summaryOf(preview.plan, preview.recoded, preview.future, peopleAmong(preview.erasing)),
        });
      } else {
        const result = await importBackup(document(), req.mode, new Date(req.at), preview, req.options);
        // The data has changed: a later merge of the same file must plan again.
        preview = undefined;
        post({ type: 'imported', result });
      }
    } catch (err) {
      post({
        type: 'failed',
        error: workerFailureOf(err),
      });
    }
  };
};

// Only when loaded as a worker (the unit tests call createSession directly).
if ('WorkerGlobalScope' in globalThis) {
  const handle = createSession();
  self.onmessage = (event: MessageEvent<WorkerRequest>) => {
    void handle(event.data, (msg, transfer) => self.postMessage(msg, { transfer: transfer ?? [] }));
  };
}
