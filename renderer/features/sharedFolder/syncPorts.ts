import { isBackupError, type BackupErrorKind } from '../../../shared/backup/errors';
import type { BackupDocument } from '../../../shared/backup/format';
import { createBackupFile, openBackupFile } from '../../../shared/backup/pipeline';
import { SCHEMA_VERSION } from '../../db/AppDB';
import type { PeerProblem } from '../../../shared/domain/sharedFolder';
import {
  SyncOpenError,
  type MergeOutcome,
  type OpenedSyncFile,
  type SyncFolderFs,
  type SyncPorts,
} from '../../../shared/sync/sharedFolder';
import {
  dumpTables,
  futureStampsOf,
  holdsNoRecords,
  importBackup,
  manifestInfo,
  previewMerge,
  type ImportOptions,
  createInWorker,
  openInWorker,
} from '../backup';
import { countsOfPlan, type MergeCounts } from '../../../shared/backup/mergePlan';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import { changeStamp } from './sharedFolderRepo';

/**
 * The ports through which the folder logic (shared/sync/sharedFolder.ts) reaches this PC: the
 * backup pipeline (the sync file is a backup with every record), the merge with its rules, and the
 * change stamp. Two versions that do the same: in this thread (unit tests, and browsers without
 * module workers) and in the backup worker (the app: scrypt, encryption and the merge of a large
 * office's data take seconds and must not freeze the page).
 */

/** What each backup reading error means for a sync file (each has its own message). */
const problemOf = (kind: BackupErrorKind): Exclude<PeerProblem, 'otherOrganisation' | 'misnamed'> => {
  switch (kind) {
    case 'wrongPassphrase':
      return 'wrongPassphrase';
    case 'damaged':
    case 'checksumMismatch':
      return 'damaged';
    case 'newerVersion':
      return 'newerVersion';
    default:
      return 'notTandem';
  }
};

const asSyncOpenError = (err: unknown): unknown => (isBackupError(err) ? new SyncOpenError(problemOf(err.kind)) : err);

/**
 * What a merge would write: everything, and the data (all but the audit log). A file that brings
 * nothing is not imported at all (an import would take the place of the coordinator's "Undo last
 * import"); one that brings only other PCs' audit entries is imported without an entry of its own
 * — otherwise each PC's entry for merging the other's would be news for the other, and two PCs
 * would send each other a new file every few minutes for ever.
 */
const writesOf = (counts: MergeCounts): { all: number; data: number } => {
  const all = DOMAIN_TABLE_NAMES.reduce((n, name) => n + counts[name].writes, 0);
  return { all, data: all - counts.auditLog.writes };
};

const syncImportOptions = (fromDevice: string, writes: { data: number }): ImportOptions => ({
  audit: writes.data > 0 ? { action: 'syncMerge', fromDevice } : false,
  refuseBreaks: true,
});

/** A new PC (no records yet) joins by restoring the first file it reads (`holdsNoRecords`). */
const joinOptions = (fromDevice: string): ImportOptions => ({ audit: { action: 'syncMerge', fromDevice } });

export type SyncIdentity = {
  pcName: string;
  appVersion: string;
  passphrase: string;
  now: () => Date;
  /** scrypt's work factor for the files this PC writes (tests use a small one). */
  workFactor?: number;
};

const openedOf = <D>(document: D, manifest: BackupDocument['manifest']): OpenedSyncFile<D> => ({
  document,
  deviceId: manifest.deviceId,
  pcName: manifest.pcName ?? null,
  organisationName: manifest.organisationName,
});

/** In this thread: the backup pipeline and the merge called directly. */
export const inThreadPorts = (fs: SyncFolderFs, id: SyncIdentity): SyncPorts<BackupDocument> => ({
  fs,
  now: id.now,
  open: async (bytes) => {
    try {
      const { document } = await openBackupFile({ bytes, passphrase: id.passphrase, schemaVersion: SCHEMA_VERSION });
      return openedOf(document, document.manifest);
    } catch (err) {
      throw asSyncOpenError(err);
    }
  },
  merge: async (file): Promise<MergeOutcome> => {
    const now = id.now();
    if (await holdsNoRecords()) {
      if (futureStampsOf(file.document.tables, now.getTime())) return { kind: 'waiting', reason: 'futureStamps' };
      const joined = await importBackup(file.document, 'replace', now, undefined, joinOptions(file.deviceId));
      return { kind: 'merged', written: joined.written };
    }
    const preview = await previewMerge(file.document.tables, undefined, now);
    const writes = writesOf(countsOfPlan(preview.plan));
    if (writes.all === 0) return { kind: 'merged', written: 0 };
    if (preview.future) return { kind: 'waiting', reason: 'futureStamps' };
    const result = await importBackup(file.document, 'merge', now, preview, syncImportOptions(file.deviceId, writes));
    return result.refused ? { kind: 'waiting', reason: 'breaks' } : { kind: 'merged', written: writes.data };
  },
  changeStamp,
  makeFile: async () => {
    const stamp = await changeStamp();
    const info = { ...(await manifestInfo(id.appVersion, id.now())), pcName: id.pcName };
    const { bytes } = await createBackupFile({
      tables: await dumpTables(),
      info,
      passphrase: id.passphrase,
      ...(id.workFactor ? { workFactor: id.workFactor } : {}),
    });
    return { bytes, stamp };
  },
});

/**
 * Through the backup worker: the file is decrypted and checked there and stays there for the
 * merge; only the manifest and the outcome come back.
 */
type WorkerDocument = { merge: () => Promise<MergeOutcome>; close: () => void };

export const workerPorts = (fs: SyncFolderFs, id: SyncIdentity): SyncPorts<WorkerDocument> => ({
  fs,
  now: id.now,
  open: async (bytes) => {
    let session;
    try {
      session = await openInWorker(
        { bytes, passphrase: id.passphrase, schemaVersion: SCHEMA_VERSION, forMerge: true },
        () => undefined,
      );
    } catch (err) {
      throw asSyncOpenError(err);
    }
    const opened = session;
    const manifest = opened.summary.manifest;
    const merge = async (): Promise<MergeOutcome> => {
      if (await holdsNoRecords()) {
        if (opened.summary.future) return { kind: 'waiting', reason: 'futureStamps' };
        const joined = await opened.importAs('replace', id.now(), joinOptions(manifest.deviceId));
        return { kind: 'merged', written: joined.written };
      }
      const summary = await opened.preview();
      const writes = writesOf(summary.counts);
      if (writes.all === 0) return { kind: 'merged', written: 0 };
      if (summary.future) return { kind: 'waiting', reason: 'futureStamps' };
      const result = await opened.importAs('merge', id.now(), syncImportOptions(manifest.deviceId, writes));
      return result.refused ? { kind: 'waiting', reason: 'breaks' } : { kind: 'merged', written: writes.data };
    };
    return openedOf({ merge, close: opened.close }, manifest);
  },
  merge: (file) => file.document.merge(),
  release: (file) => file.document.close(),
  changeStamp,
  makeFile: async () => {
    const stamp = await changeStamp();
    const info = { ...(await manifestInfo(id.appVersion, id.now())), pcName: id.pcName };
    const { created, checked } = await createInWorker({ info, passphrase: id.passphrase }, () => undefined);
    void checked.catch(() => undefined);
    return { bytes: created.bytes, stamp };
  },
});
