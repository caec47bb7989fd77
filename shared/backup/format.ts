import { z } from 'zod';
import { DOMAIN_TABLE_NAMES, type DomainTableName } from '../domain';
import { IsoDateTimeSchema } from '../domain/base';

/**
 * The backup document: what is inside the age encryption. Documented for people who must
 * open a backup without Tandem in ./FORMAT.md — keep the two in step.
 */
export const BACKUP_FORMAT = 'tandem-backup';
/**
 * Bumped only when the document's shape changes; a reader refuses versions above its own.
 * 2: every record carries the stamps of the per-field merge (`baseStamp`, `fieldStamps`, `rev`),
 * attendance ids follow from session and person. A format-1 file is upgraded as it is read.
 */
export const BACKUP_FORMAT_VERSION = 2;

/** A stored record, seen generically: the fields every table shares, and the rest. */
export type StoredRecord = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
} & Record<string, unknown>;

/** Every domain table's records, tombstones included, keyed by table name. */
export type TablesData = Record<DomainTableName, StoredRecord[]>;

export const emptyTables = (): TablesData =>
  Object.fromEntries(DOMAIN_TABLE_NAMES.map((name) => [name, []])) as unknown as TablesData;

export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  /** The database schema version (renderer/db/AppDB.ts SCHEMA_VERSION) the records follow. */
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(100),
  /** The PC that wrote the backup (its `meta.deviceId`). */
  deviceId: z.string().max(100),
  organisationName: z.string().max(500),
  createdAt: IsoDateTimeSchema,
  counts: z.record(z.string(), z.number().int().min(0)),
  /**
   * The name the coordinator gave the PC that wrote a shared-folder file ("Szeged office"); only
   * in those files (shared/sync/sharedFolder.ts). Older readers ignore it.
   */
  pcName: z.string().max(200).optional(),
  /** `sha256:` and the hex SHA-256 of the tables part's bytes as written, or of its canonical JSON (FORMAT.md). */
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export type BackupDocument = { manifest: Manifest; tables: TablesData };

/** What the writer knows about itself; the rest of the manifest is computed from the data. */
export type ManifestInfo = Pick<
  Manifest,
  'schemaVersion' | 'appVersion' | 'deviceId' | 'organisationName' | 'createdAt' | 'pcName'
>;

/** Lower-case ASCII words joined by hyphens: safe in a file name on every system. */
export const slugify = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `tandem-backup-<organisation>-YYYY-MM-DD-HHmm.age` in the PC's local time (what the
 * coordinator sees on the clock); without an organisation name the slug is left out.
 */
export const backupFileName = (organisationName: string, at: Date): string => {
  const slug = slugify(organisationName);
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `tandem-backup-${slug ? `${slug}-` : ''}${stamp}.age`;
};
