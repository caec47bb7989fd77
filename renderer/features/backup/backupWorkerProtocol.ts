import type { BackupErrorData } from '../../../shared/backup/errors';
import type { Manifest, ManifestInfo } from '../../../shared/backup/format';
import type { FutureStamps, MergeSummary } from '../../../shared/backup/mergePlan';
import type { BackupProgress, CreatedBackup, InvalidRecords, OpenedBackup } from '../../../shared/backup/pipeline';
import type { DomainTableName } from '../../../shared/domain';
import type { ImportMode, ImportOptions, ImportResult, LocalRevs } from './backupRepo';

/**
 * Messages between the page and the backup Web Worker (all structured-clone safe). The worker
 * reads and writes the database itself, so the data never crosses to the page: only what the
 * coordinator sees (counts, the manifest, the merge preview) and the file's bytes do.
 *
 * A worker serves one operation: `create` (answered by `created`, then `checked`); or `open`,
 * then `preview` and `import` as often as the coordinator asks, on the document it keeps; or
 * `scan`, for an `open` running beside it: it reads every record's `rev` while the other
 * decrypts and checks the file, and hands them over on `scanPort` (a `ScanMessage`).
 */
export type WorkerRequest =
  | { type: 'create'; info: ManifestInfo; passphrase: string; workFactor?: number }
  | { type: 'open'; bytes: Uint8Array; passphrase: string; schemaVersion: number; scanPort?: MessagePort }
  | { type: 'scan'; port: MessagePort }
  | { type: 'preview' }
  | { type: 'import'; mode: ImportMode; at: string; options?: ImportOptions };

/** What a checked backup holds, for the report: its manifest and live (not deleted) records per table. */
export type OpenedSummary = {
  manifest: Manifest;
  /** Stamps from a clock over a day ahead of this PC's (`futureStampsOf`), known before any preview. */
  future: FutureStamps;
  live: Record<DomainTableName, number>;
  timings: OpenedBackup['timings'];
};

/** What a scanning worker sends the opening one (never the page). */
export type ScanMessage = { ok: true; scan: LocalRevs } | { ok: false; reason: string };

/** `diskFull`: a write the disk had no room for (see renderer/lib/diskFull.ts). */
export type WorkerFailure =
  | BackupErrorData
  | { kind: 'unexpected'; details: { reason: string } }
  | { kind: 'diskFull'; details: { reason: string } };

export type WorkerMessage =
  | { type: 'progress'; progress: BackupProgress }
  /** `readMs`: reading every table from the database. */
  | { type: 'created'; result: CreatedBackup; readMs: number }
  /** After `created`: the records that fail their schema (the file holds them as they are). */
  | { type: 'checked'; invalid: InvalidRecords }
  | { type: 'opened'; result: OpenedSummary }
  | { type: 'previewed'; summary: MergeSummary }
  | { type: 'imported'; result: ImportResult }
  /** The scan was handed over on its port. */
  | { type: 'scanned' }
  | { type: 'failed'; error: WorkerFailure };
