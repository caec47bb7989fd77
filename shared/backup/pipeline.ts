import { decryptWithPassphrase, encryptWithPassphrase, DEFAULT_SCRYPT_WORK_FACTOR } from './ageCrypto';
import { buildBackupBytes, checkRecords, parseBackupDocument } from './document';
import type { RecordIssue } from './errors';
import { backupFileName, type BackupDocument, type Manifest, type ManifestInfo, type TablesData } from './format';

/**
 * The two whole operations on backup files, as plain async functions of bytes and data: the
 * Web Worker runs them off the UI thread, the unit tests and the benchmark call them directly.
 * Neither touches a database.
 */

export type BackupPhase = 'serialise' | 'deriveKey' | 'encrypt' | 'decrypt' | 'validate';
export type BackupProgress = { phase: BackupPhase; fraction: number; estimateMs?: number };
export type OnBackupProgress = (p: BackupProgress) => void;

const now = (): number => globalThis.performance?.now() ?? Date.now();

export type CreatedBackup = {
  bytes: Uint8Array;
  fileName: string;
  manifest: Manifest;
  timings: { serialiseMs: number; deriveKeyMs: number; encryptMs: number };
};

export const createBackupFile = async (args: {
  tables: TablesData;
  info: ManifestInfo;
  passphrase: string;
  workFactor?: number;
  onProgress?: OnBackupProgress;
}): Promise<CreatedBackup> => {
  const report = args.onProgress ?? (() => undefined);
  report({ phase: 'serialise', fraction: 0 });
  const t0 = now();
  const { bytes: plaintext, manifest } = await buildBackupBytes(args.tables, args.info);
  const serialiseMs = now() - t0;
  report({ phase: 'serialise', fraction: 1 });
  const { bytes, timings } = await encryptWithPassphrase(plaintext, args.passphrase, {
    workFactor: args.workFactor ?? DEFAULT_SCRYPT_WORK_FACTOR,
    onProgress: report,
  });
  return {
    bytes,
    fileName: backupFileName(args.info.organisationName, new Date(args.info.createdAt)),
    manifest,
    timings: { serialiseMs, deriveKeyMs: timings.deriveKeyMs, encryptMs: timings.cipherMs },
  };
};

/**
 * Records in the database that fail their schema. The backup is still made (it is the data as
 * it is), but an import would refuse it: the page warns. Checked after the file is made, while
 * the coordinator saves it, so the file is not kept waiting for it.
 */
export type InvalidRecords = { issues: RecordIssue[]; issueCount: number };

export const findInvalidRecords = (tables: TablesData): InvalidRecords => {
  const { issues, issueCount } = checkRecords(tables);
  return { issues, issueCount };
};

export type OpenedBackup = {
  document: BackupDocument;
  timings: { deriveKeyMs: number; decryptMs: number; validateMs: number };
};

/** Decrypts and validates everything; throws `BackupError` with the kind of problem. */
export const openBackupFile = async (args: {
  bytes: Uint8Array;
  passphrase: string;
  schemaVersion: number;
  onProgress?: OnBackupProgress;
}): Promise<OpenedBackup> => {
  const report = args.onProgress ?? (() => undefined);
  const { bytes, timings } = await decryptWithPassphrase(args.bytes, args.passphrase, { onProgress: report });
  report({ phase: 'validate', fraction: 0 });
  const t0 = now();
  const document = await parseBackupDocument(bytes, args.schemaVersion);
  const validateMs = now() - t0;
  report({ phase: 'validate', fraction: 1 });
  return { document, timings: { deriveKeyMs: timings.deriveKeyMs, decryptMs: timings.cipherMs, validateMs } };
};
