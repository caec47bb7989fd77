import { describe, expect, it } from 'vitest';
import { parseBackupDocument } from './document';
import { canonicalStringify, sha256Checksum } from './canonicalJson';
import { BackupError } from './errors';
import { backupFileName, slugify } from './format';
import { backupJson, info, makeContact, makeMentee, sampleTables } from '../../tests/fixtures/backup/records';
import type { StoredRecord } from './format';
import { ConsentSchema } from '../domain/consent';
import { revOf, sealRecord, type SyncRecord } from '../sync/record';
import { legacyWithdrawalId, upgradeLegacyConsents } from '../sync/upgradeConsentLedger';

const refusal = async (p: Promise<unknown>): Promise<BackupError> => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(BackupError);
  return e as BackupError;
};

/** Rewrites a document's JSON and fixes up counts and checksum, as a careful forger would. */
const rewrite = async (
  json: string,
  change: (doc: { manifest: Record<string, unknown>; tables: Record<string, unknown[]> }) => void,
) => {
  const doc = JSON.parse(json) as { manifest: Record<string, unknown>; tables: Record<string, unknown[]> };
  change(doc);
  doc.manifest.counts = Object.fromEntries(Object.entries(doc.tables).map(([k, v]) => [k, v.length]));
  doc.manifest.checksum = await sha256Checksum(canonicalStringify(doc.tables));
  return JSON.stringify(doc);
};

describe('backup document', () => {
  it('round-trips every table with a manifest that describes it', async () => {
    const tables = sampleTables();
    const { json, manifest } = await backupJson(tables, info());
    expect(manifest).toMatchObject({
      format: 'tandem-backup',
      formatVersion: 2,
      schemaVersion: 1,
      organisationName: 'Kapocs Egyesület',
    });
    expect(manifest.counts).toMatchObject({ settings: 1, programmes: 2, contacts: 4, mentors: 0 });
    const doc = await parseBackupDocument(json, 1);
    expect(doc.tables).toEqual(tables);
    expect(doc.manifest).toEqual(manifest);
  });

  it('checks the checksum over the bytes as written, or over canonical JSON for other layouts', async () => {
    // (The manifest's own text holds the key `,"tables":`, escaped: the tables part is still found.)
    const tables = sampleTables();
    const { json, manifest } = await backupJson(tables, info('Kapocs ,"tables": Egyesület'));
    const bytes = (text: string) => new TextEncoder().encode(text);
    // As Tandem wrote it (the manifest's own text holds the key, escaped), and with a trailing newline.
    expect((await parseBackupDocument(bytes(json), 1)).tables).toEqual(tables);
    expect((await parseBackupDocument(bytes(`${json}\n`), 1)).tables).toEqual(tables);
    // Another tool's layout (tables first, indented, keys in another order) with the canonical
    // checksum; the same layout with the checksum of Tandem's bytes is refused: they changed.
    const doc = JSON.parse(json) as {
      manifest: Record<string, unknown>;
      tables: Record<string, Record<string, unknown>[]>;
    };
    const reordered = Object.fromEntries(
      Object.entries(doc.tables).map(([k, rows]) => [
        k,
        rows.map((r) => Object.fromEntries(Object.entries(r).reverse())),
      ]),
    );
    const canonical = { ...doc.manifest, checksum: await sha256Checksum(canonicalStringify(reordered)) };
    const other = JSON.stringify({ tables: reordered, manifest: canonical }, null, 2);
    expect((await parseBackupDocument(bytes(other), 1)).tables).toEqual(tables);
    const reformatted = JSON.stringify({ tables: reordered, manifest: doc.manifest }, null, 2);
    expect((await refusal(parseBackupDocument(bytes(reformatted), 1))).kind).toBe('checksumMismatch');
    // Tandem's layout with spaces inside the tables part, checksummed over those bytes: accepted as written.
    const spaced = JSON.stringify(doc.tables, null, 1);
    const own = { ...manifest, checksum: await sha256Checksum(bytes(spaced)) };
    expect(
      (await parseBackupDocument(bytes(`{"manifest":${JSON.stringify(own)},"tables":${spaced}}`), 1)).tables,
    ).toEqual(tables);
    // One changed character in the tables part is refused on either path.
    const edited = json.replace('Kovács', 'Kovacs');
    expect((await refusal(parseBackupDocument(bytes(edited), 1))).kind).toBe('checksumMismatch');
  });

  it('refuses what is not a Tandem backup', async () => {
    expect((await refusal(parseBackupDocument(new Uint8Array([0xff, 0xfe, 0x00]), 1))).kind).toBe('notBackup');
    expect((await refusal(parseBackupDocument('not json', 1))).kind).toBe('notBackup');
    expect((await refusal(parseBackupDocument('{"manifest":{"format":"other"}}', 1))).kind).toBe('notBackup');
  });

  it('refuses a newer format or schema version, naming it', async () => {
    const { json } = await backupJson(sampleTables(), { ...info(), schemaVersion: 3 });
    const e = await refusal(parseBackupDocument(json, 1));
    expect(e.kind).toBe('newerVersion');
    expect(e.details.fileSchemaVersion).toBe(3);
    const newerFormat = json.replace('"formatVersion":1', '"formatVersion":2');
    expect((await refusal(parseBackupDocument(newerFormat, 1))).kind).toBe('newerVersion');
  });

  it('reads a schema-7 file, made before the care tables existed: they come in empty', async () => {
    const { json } = await backupJson(sampleTables(), { ...info(), schemaVersion: 7 });
    const old = await rewrite(json, (doc) => {
      delete doc.tables.wellbeingCheckIns;
      delete doc.tables.careAcks;
    });
    expect(old).not.toContain('wellbeingCheckIns');
    const doc = await parseBackupDocument(old, 9);
    expect(doc.tables.wellbeingCheckIns).toEqual([]);
    expect(doc.tables.careAcks).toEqual([]);
    expect(doc.tables.contacts).toHaveLength(sampleTables().contacts.length);
  });

  it('refuses a file whose tables were changed after the manifest was written', async () => {
    const { json } = await backupJson(sampleTables(), info());
    const edited = json.replace('Kovács', 'Kovacs');
    expect((await refusal(parseBackupDocument(edited, 1))).kind).toBe('checksumMismatch');
    const doc = JSON.parse(json) as { tables: { contacts: unknown[] } };
    doc.tables.contacts.pop();
    expect((await refusal(parseBackupDocument(JSON.stringify(doc), 1))).kind).toBe('checksumMismatch');
  });

  it('names the table, record and field of records that fail the schemas', async () => {
    const { json } = await backupJson(sampleTables(), info());
    const bad = await rewrite(json, (doc) => {
      (doc.tables.contacts?.[1] as Record<string, unknown>).email = 'not-an-address';
      (doc.tables.programmes?.[0] as Record<string, unknown>).codePrefix = 'toolong1';
    });
    const e = await refusal(parseBackupDocument(bad, 1));
    expect(e.kind).toBe('invalidRecords');
    expect(e.details.issueCount).toBe(2);
    expect(e.details.issues).toEqual([
      expect.objectContaining({ table: 'programmes', index: 0, field: 'codePrefix', message: 'validation.codePrefix' }),
      expect.objectContaining({ table: 'contacts', index: 1, field: 'email', message: 'validation.email' }),
    ]);
  });

  it('refuses two records with the same value in a field the database keeps unique (mentee codes)', async () => {
    const tables = sampleTables();
    const programmeId = (tables.programmes[0] as { id: string }).id;
    tables.mentees = [
      makeMentee('HF-001', programmeId),
      makeMentee('HF-002', programmeId),
      makeMentee('HF-001', programmeId),
    ];
    const { json } = await backupJson(tables, info());
    const e = await refusal(parseBackupDocument(json, 1));
    expect(e.kind).toBe('invalidRecords');
    expect(e.details.issues).toEqual([
      expect.objectContaining({ table: 'mentees', index: 2, field: 'code', message: 'validation.duplicateValue' }),
    ]);
  });

  it('refuses duplicate ids and unknown tables', async () => {
    const { json } = await backupJson(sampleTables(), info());
    const dup = await rewrite(json, (doc) => {
      doc.tables.contacts?.push(doc.tables.contacts[0]);
    });
    const e = await refusal(parseBackupDocument(dup, 1));
    expect(e.details.issues?.[0]).toMatchObject({
      table: 'contacts',
      index: 4,
      field: 'id',
      message: 'validation.duplicateId',
    });
    const unknown = await rewrite(json, (doc) => {
      doc.tables.passwords = [makeContact('A', 'B')];
    });
    expect((await refusal(parseBackupDocument(unknown, 1))).kind).toBe('notBackup');
  });
});

describe('backups of schema 5 and older: consents become ledger entries', () => {
  const PERSON = '7a0c6d1e-3b2f-4c5d-8e9f-0a1b2c3d4e5f';
  /** A consent as schema 5 wrote it: one record, withdrawn by an edit. */
  const oldConsent = (id: string, withdrawnOn: string | null, stamped = true) => {
    const at = '2025-01-10T09:00:00.000Z';
    const r = {
      id,
      createdAt: at,
      updatedAt: withdrawnOn ? `${withdrawnOn}T12:00:00.000Z` : at,
      deletedAt: null,
      personKind: 'mentee',
      personId: PERSON,
      purpose: 'Suostumus henkilötietojen käsittelyyn',
      givenOn: '2025-01-10',
      method: 'written',
      withdrawnOn,
      notes: '',
    };
    return (
      stamped ? sealRecord('consents', { ...r, baseStamp: `${r.updatedAt}-0000-f1f1f1f1f1f1f1f1`, fieldStamps: {} }) : r
    ) as StoredRecord;
  };
  const withOld = (consents: StoredRecord[]) => ({ ...sampleTables(), consents });
  const ids = [
    '11111111-1111-4111-8111-111111111111',
    '22222222-2222-4222-8222-222222222222',
    '33333333-3333-4333-8333-333333333333',
  ];

  it('reads each old consent as its given entry and a withdrawal as an entry of its own, as the migration does', async () => {
    const consents = [
      oldConsent(ids[0] as string, '2026-02-01'),
      oldConsent(ids[1] as string, null),
      oldConsent(ids[2] as string, '2026-03-01', false),
    ];
    const { json } = await backupJson(withOld(consents), { ...info(), schemaVersion: 5 });
    const doc = await parseBackupDocument(json, 6);
    expect(doc.tables.consents).toEqual(upgradeLegacyConsents(consents));
    expect(doc.tables.consents.map((c) => [c.id, c.kind, c.purposeKind, c.date])).toEqual([
      [ids[0], 'given', 'processing', '2025-01-10'],
      [ids[1], 'given', 'processing', '2025-01-10'],
      [ids[2], 'given', 'processing', '2025-01-10'],
      [legacyWithdrawalId(ids[0] as string), 'withdrawn', 'processing', '2026-02-01'],
      [legacyWithdrawalId(ids[2] as string), 'withdrawn', 'processing', '2026-03-01'],
    ]);
    for (const c of doc.tables.consents) {
      expect(ConsentSchema.safeParse(c).success).toBe(true);
      expect(c.rev).toBe(revOf('consents', c as SyncRecord));
    }
    // The old file again, and its entries written into a newer file: the same records.
    expect((await parseBackupDocument(json, 6)).tables.consents).toEqual(doc.tables.consents);
    const { json: newer } = await backupJson(doc.tables, { ...info(), schemaVersion: 6 });
    expect((await parseBackupDocument(newer, 6)).tables.consents).toEqual(doc.tables.consents);
  });

  it('refuses an old consent that breaks its own schema, naming its place in the file', async () => {
    const broken = { ...oldConsent(ids[1] as string, null), givenOn: '2025-13-40' } as StoredRecord;
    const { json } = await backupJson(withOld([oldConsent(ids[0] as string, '2026-02-01'), broken]), {
      ...info(),
      schemaVersion: 5,
    });
    const e = await refusal(parseBackupDocument(json, 6));
    expect(e.kind).toBe('invalidRecords');
    expect(e.details.issues).toEqual([expect.objectContaining({ table: 'consents', index: 1, id: ids[1] })]);
  });

  it('refuses old consents in a file of schema 6, which has none', async () => {
    const { json } = await backupJson(withOld([oldConsent(ids[0] as string, null)]), { ...info(), schemaVersion: 6 });
    const e = await refusal(parseBackupDocument(json, 6));
    expect(e.kind).toBe('invalidRecords');
    expect(e.details.issues?.[0]).toMatchObject({ table: 'consents', index: 0 });
  });
});

describe('backup file name', () => {
  it('carries the organisation, date and local time', () => {
    expect(slugify('Kapocs Egyesület – Budapest!')).toBe('kapocs-egyesulet-budapest');
    expect(backupFileName('Sininauha ry', new Date(2026, 10, 22, 15, 30))).toBe(
      'tandem-backup-sininauha-ry-2026-11-22-1530.age',
    );
    expect(backupFileName('', new Date(2026, 10, 22, 9, 5))).toBe('tandem-backup-2026-11-22-0905.age');
  });
});
