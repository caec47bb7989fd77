import type { BackupErrorData } from '../../../shared/backup/errors';
import type { ManifestInfo, TablesData } from '../../../shared/backup/format';
import type { BackupProgress, CreatedBackup, OpenedBackup } from '../../../shared/backup/pipeline';

/** Messages between the page and the backup Web Worker (all structured-clone safe). */
export type WorkerRequest =
  | { type: 'create'; tables: TablesData; info: ManifestInfo; passphrase: string; workFactor?: number }
  | { type: 'open'; bytes: Uint8Array; passphrase: string; schemaVersion: number };

export type WorkerFailure = BackupErrorData | { kind: 'unexpected'; details: { reason: string } };

export type WorkerMessage =
  | { type: 'progress'; progress: BackupProgress }
  | { type: 'created'; result: CreatedBackup }
  | { type: 'opened'; result: OpenedBackup }
  | { type: 'failed'; error: WorkerFailure };
