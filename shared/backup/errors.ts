/**
 * Everything that can make a backup unreadable, as one closed set of kinds. Each kind has its
 * own translated message that says what to do (locales/<lng>/backup.json, `errors.<kind>`), so
 * the reader must never lump two causes with different remedies into one kind.
 */
export const BACKUP_ERROR_KINDS = [
  /** Empty, or not an age file at all (no `age-encryption.org/v1` first line). */
  'notAgeFile',
  /** An age file, but encrypted to a key instead of a passphrase: not made by Tandem. */
  'notPassphraseFile',
  /** The scrypt work factor is above what we agree to compute (refused before any derivation). */
  'workFactorTooHigh',
  /**
   * No file key could be unwrapped with this passphrase. age cannot tell a wrong passphrase
   * from a damaged scrypt stanza; the message says both.
   */
  'wrongPassphrase',
  /** The header or the encrypted payload fails its authentication: damaged or truncated. */
  'damaged',
  /** Decrypts, but the content is not a Tandem backup document. */
  'notBackup',
  /** Written by a newer Tandem (format or database schema version above ours). */
  'newerVersion',
  /** The manifest's counts or checksum do not match the tables: changed after it was made. */
  'checksumMismatch',
  /** Records that fail the domain schemas (details list table, record and field). */
  'invalidRecords',
] as const;
export type BackupErrorKind = (typeof BACKUP_ERROR_KINDS)[number];

/** One record that failed validation: where it is and what is wrong (an i18n key). */
export type RecordIssue = {
  table: string;
  /** Position in the file's table array, 0-based. */
  index: number;
  id: string | null;
  /** Dotted path of the field inside the record, '' for the record itself. */
  field: string;
  /** i18n key, usually `validation.*` from the common namespace. */
  message: string;
};

export type BackupErrorDetails = {
  /** For `newerVersion`: what the file says. */
  fileFormatVersion?: number;
  fileSchemaVersion?: number;
  /** For `workFactorTooHigh`. */
  workFactor?: number;
  /** For `invalidRecords`: the first issues found (capped), and how many there were in all. */
  issues?: RecordIssue[];
  issueCount?: number;
  /** Technical reason for logs and bug reports, never shown as the message itself. */
  reason?: string;
};

/** A plain object, so it crosses the Web Worker boundary unchanged (structured clone). */
export type BackupErrorData = { kind: BackupErrorKind; details: BackupErrorDetails };

export class BackupError extends Error {
  readonly kind: BackupErrorKind;
  readonly details: BackupErrorDetails;
  constructor(kind: BackupErrorKind, details: BackupErrorDetails = {}) {
    super(`backup.${kind}${details.reason ? `: ${details.reason}` : ''}`);
    this.name = 'BackupError';
    this.kind = kind;
    this.details = details;
  }
  toData(): BackupErrorData {
    return { kind: this.kind, details: this.details };
  }
  static fromData(data: BackupErrorData): BackupError {
    return new BackupError(data.kind, data.details);
  }
}

export const isBackupError = (e: unknown): e is BackupError => e instanceof BackupError;
