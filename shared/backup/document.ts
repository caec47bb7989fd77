import { DOMAIN_TABLES, DOMAIN_TABLE_NAMES, UNIQUE_FIELDS, type DomainTableName } from '../domain';
import { canonicalStringify, sha256Checksum } from './canonicalJson';
import { BackupError, type RecordIssue } from './errors';
import type { SyncRecord } from '../sync/record';
import { CONSENT_LEDGER_SCHEMA, upgradeLegacyConsents } from '../sync/upgradeConsentLedger';
import { upgradeLegacyTable } from '../sync/upgradeV1';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  ManifestSchema,
  emptyTables,
  type BackupDocument,
  type Manifest,
  type ManifestInfo,
  type StoredRecord,
  type TablesData,
} from './format';

/** How many failing records a refusal lists; the count says how many there were in all. */
export const MAX_REPORTED_ISSUES = 20;

export const countsOf = (tables: TablesData): Record<string, number> =>
  Object.fromEntries(DOMAIN_TABLE_NAMES.map((name) => [name, tables[name].length]));

/** What precedes the tables part in the documents Tandem writes (it cannot occur inside the manifest). */
const TABLES_KEY = ',"tables":';
const CLOSING_BRACE = 0x7d;
const COMMA = 0x2c;
const MANIFEST_SEARCH_BYTES = 64 * 1024;
const isJsonWhitespace = (b: number | undefined): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Serialises every table into the backup document's UTF-8 bytes: the tables part is plain
 * `JSON.stringify` (V8's fast path), encoded once, and the checksum is over exactly those bytes,
 * so a reader checks it over the file's own bytes without serialising anything again.
 */
export const buildBackupBytes = async (
  tables: TablesData,
  info: ManifestInfo,
): Promise<{ bytes: Uint8Array; manifest: Manifest }> => {
  const ordered = Object.fromEntries(DOMAIN_TABLE_NAMES.map((name) => [name, tables[name]]));
  const encoder = new TextEncoder();
  const tablesBytes = encoder.encode(JSON.stringify(ordered));
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...info,
    counts: countsOf(tables),
    checksum: await sha256Checksum(tablesBytes),
  };
  const head = encoder.encode(`{"manifest":${JSON.stringify(manifest)}${TABLES_KEY}`);
  const bytes = new Uint8Array(head.length + tablesBytes.length + 1);
  bytes.set(head);
  bytes.set(tablesBytes, head.length);
  bytes[bytes.length - 1] = CLOSING_BRACE;
  return { bytes, manifest };
};

/**
 * The bytes of the tables part as they stand in the file — from after the first `,"tables":`
 * to before the document's closing brace — or null when the text is not laid out that way.
 * A quote inside a JSON string is always escaped, so the first `,"tables":` is the top-level key
 * in every document Tandem writes (manifest first, then tables). Returning the wrong part only
 * costs time: its hash will not match, and the canonical check below decides.
 */
const tablesPart = (bytes: Uint8Array): Uint8Array | null => {
  const key = new TextEncoder().encode(TABLES_KEY);
  // A manifest is well under this; a document laid out otherwise is not searched to its end.
  const head = bytes.subarray(0, MANIFEST_SEARCH_BYTES);
  let start = -1;
  for (let i = head.indexOf(COMMA); i !== -1; i = head.indexOf(COMMA, i + 1)) {
    if (key.every((b, j) => bytes[i + j] === b)) {
      start = i + key.length;
      break;
    }
  }
  let end = bytes.length;
  while (end > start && isJsonWhitespace(bytes[end - 1])) end--;
  if (start < 0 || bytes[end - 1] !== CLOSING_BRACE) return null;
  return bytes.subarray(start, end - 1);
};

/**
 * Whether the tables match the manifest's checksum (FORMAT.md): the SHA-256 of the tables part's
 * bytes as they stand in the file (what Tandem writes), or else — a document another tool wrote
 * or laid out otherwise — of the canonical JSON rebuilt from the parsed tables.
 */
const checksumMatches = async (
  plaintext: Uint8Array,
  tables: Record<string, unknown>,
  expected: string,
): Promise<boolean> => {
  const part = tablesPart(plaintext);
  if (part && (await sha256Checksum(part)) === expected) return true;
  return (await sha256Checksum(canonicalStringify(tables))) === expected;
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** zod messages that are not our i18n keys (type errors from hand-edited files) get a generic one. */
const messageKey = (message: string): string =>
  /^validation\.[A-Za-z0-9]+$/.test(message) ? message : 'validation.invalid';

export type RecordCheck = { tables: TablesData; issues: RecordIssue[]; issueCount: number };

/**
 * Every record against its table's zod schema, and ids unique per table. Used on import (any
 * issue refuses the file) and on export (a warning: such a backup would be refused later).
 */
export const checkRecords = (rawTables: Record<string, unknown>): RecordCheck => {
  const tables = emptyTables();
  const issues: RecordIssue[] = [];
  let issueCount = 0;
  const addIssue = (issue: RecordIssue) => {
    issueCount++;
    if (issues.length < MAX_REPORTED_ISSUES) issues.push(issue);
  };
  for (const name of DOMAIN_TABLE_NAMES) {
    const records = (rawTables[name] as unknown[] | undefined) ?? [];
    const schema = DOMAIN_TABLES[name as DomainTableName];
    const seen = new Set<string>();
    const unique = (UNIQUE_FIELDS[name] ?? []).map((field) => ({ field, values: new Set<unknown>() }));
    const out: StoredRecord[] = [];
    records.forEach((record, index) => {
      const id = isObject(record) && typeof record.id === 'string' ? record.id : null;
      const result = schema.safeParse(record);
      if (!result.success) {
        const first = result.error.issues[0];
        addIssue({
          table: name,
          index,
          id,
          field: first ? first.path.join('.') : '',
          message: messageKey(first?.message ?? ''),
        });
        return;
      }
      const parsed = result.data as StoredRecord;
      if (seen.has(parsed.id)) {
        addIssue({ table: name, index, id: parsed.id, field: 'id', message: 'validation.duplicateId' });
        return;
      }
      const clash = unique.find(({ field, values }) => values.has(parsed[field]));
      if (clash) {
        addIssue({ table: name, index, id: parsed.id, field: clash.field, message: 'validation.duplicateValue' });
        return;
      }
      for (const { field, values } of unique) values.add(parsed[field]);
      seen.add(parsed.id);
      out.push(parsed);
    });
    tables[name] = out;
  }
  return { tables, issues, issueCount };
};

/**
 * Reads and checks a decrypted backup document completely: UTF-8, JSON, manifest, versions,
 * counts, checksum, then every record against its table's zod schema. Returns the records as
 * the schemas parse them. Throws `BackupError`; nothing here touches a database.
 */
export const parseBackupDocument = async (
  document: Uint8Array | string,
  ourSchemaVersion: number,
): Promise<BackupDocument> => {
  const plaintext = typeof document === 'string' ? new TextEncoder().encode(document) : document;
  let raw: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
    raw = JSON.parse(text);
  } catch (err) {
    throw new BackupError('notBackup', { reason: `not JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  if (!isObject(raw) || !isObject(raw.manifest) || raw.manifest.format !== BACKUP_FORMAT) {
    throw new BackupError('notBackup', { reason: 'no tandem-backup manifest' });
  }
  const { formatVersion, schemaVersion } = raw.manifest;
  if (
    (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) ||
    (typeof schemaVersion === 'number' && schemaVersion > ourSchemaVersion)
  ) {
    throw new BackupError('newerVersion', {
      fileFormatVersion: typeof formatVersion === 'number' ? formatVersion : undefined,
      fileSchemaVersion: typeof schemaVersion === 'number' ? schemaVersion : undefined,
      reason: `format ${String(formatVersion)}, schema ${String(schemaVersion)}`,
    });
  }
  const manifestResult = ManifestSchema.safeParse(raw.manifest);
  if (!manifestResult.success) {
    throw new BackupError('notBackup', {
      reason: `manifest: ${manifestResult.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    });
  }
  const manifest = manifestResult.data;
  if (!isObject(raw.tables)) throw new BackupError('notBackup', { reason: 'no tables' });
  const rawTables = raw.tables;
  for (const [name, value] of Object.entries(rawTables)) {
    if (!(name in DOMAIN_TABLES)) throw new BackupError('notBackup', { reason: `unknown table ${name}` });
    if (!Array.isArray(value)) throw new BackupError('notBackup', { reason: `table ${name} is not a list` });
  }

  // The manifest must describe exactly these tables: a mismatch means the file was edited.
  const countNames = new Set([...Object.keys(manifest.counts), ...Object.keys(rawTables)]);
  for (const name of countNames) {
    const actual = (rawTables[name] as unknown[] | undefined)?.length ?? 0;
    if ((manifest.counts[name] ?? 0) !== actual) {
      throw new BackupError('checksumMismatch', {
        reason: `count of ${name}: manifest ${manifest.counts[name] ?? 0}, file ${actual}`,
      });
    }
  }
  if (!(await checksumMatches(plaintext, rawTables, manifest.checksum)))
    throw new BackupError('checksumMismatch', { reason: 'checksum' });

  // Consents of schema 5 and older were one record per consent: they become ledger entries here,
  // exactly as the schema-6 migration makes them, before the schemas check them.
  const current =
    manifest.schemaVersion < CONSENT_LEDGER_SCHEMA && Array.isArray(rawTables.consents)
      ? { ...rawTables, consents: upgradeLegacyConsents(rawTables.consents) }
      : rawTables;
  const { tables, issues, issueCount } = checkRecords(current);
  if (issueCount > 0)
    throw new BackupError('invalidRecords', { issues, issueCount, reason: `${issueCount} invalid records` });
  // Records of format 1 (and any record without stamps) get the stamps of the per-field merge.
  for (const name of DOMAIN_TABLE_NAMES)
    tables[name] = upgradeLegacyTable(name, tables[name] as SyncRecord[]) as StoredRecord[];
  return { manifest, tables };
};
