import { beforeEach, describe, expect, it, vi } from 'vitest';
import { liveQuery } from 'dexie';
import { resetDatabase } from '../../db/testing';
import { getMeta, putMeta } from '../../db/meta';
import { db } from '../../db/db';
import { SCHEMA_VERSION, STORES_V1 } from '../../db/AppDB';
import { UNIQUE_FIELDS } from '../../../shared/domain';
import { createBackupFile, openBackupFile } from '../../../shared/backup/pipeline';
import { emptyTables, type BackupDocument, type TablesData } from '../../../shared/backup/format';
import { applyMergePlan, countsOfPlan, mergeTotals, planMerge } from '../../../shared/backup/mergePlan';
import {
  backupStatus,
  dumpTables,
  importBackup,
  lastImportUndo,
  manifestInfo,
  NothingToUndoError,
  previewMerge,
  recordBackupSaved,
  undoLastImport,
} from './backupRepo';
import { deleted, edited, info, makeContact, makeMentee, sampleTables } from '../../../tests/fixtures/backup/records';
import { fullDump, seed } from '../../../tests/fixtures/backup/dbDump';

const DEVICE = '11111111-2222-4333-8444-555555555555';
// Unit tests use a low scrypt work factor for speed; the app always uses 18 (see ageCrypto.ts).
const exportFile = async (tables: TablesData, passphrase = 'test passphrase') =>
  createBackupFile({ tables, info: info(), passphrase, workFactor: 10 });
const open = async (bytes: Uint8Array, passphrase = 'test passphrase') =>
  (await openBackupFile({ bytes, passphrase, schemaVersion: SCHEMA_VERSION })).document;

beforeEach(async () => {
  await resetDatabase();
  await putMeta('deviceId', DEVICE);
});

/**
 * The data without the audit log: every import and undo records itself there (an entry these
 * tests do not count), while everything else must be exactly what they expect.
 */
const dumpData = async () => ({ ...(await dumpTables()), auditLog: [] });

describe('backup repository', () => {
  it('dumps every domain table, tombstones included', async () => {
    const tables = sampleTables();
    await seed(tables);
    const dump = await dumpData();
    expect(dump.contacts).toHaveLength(4);
    expect(dump.contacts.filter((c) => c.deletedAt)).toHaveLength(1);
    expect(Object.keys(dump).sort()).toEqual(Object.keys(emptyTables()).sort());
  });

  it('export, wipe, replace: the data comes back identical and this PC keeps its id', async () => {
    await seed(sampleTables());
    const before = await dumpData();
    const file = await exportFile(before);
    await resetDatabase();
    await putMeta('deviceId', DEVICE);
    await importBackup(await open(file.bytes), 'replace');
    expect(await dumpData()).toEqual(before);
    expect(await getMeta('deviceId')).toBe(DEVICE);
    expect(await getMeta('lastImportAt')).toBeDefined();
  });

  it('replace drops what the file does not have, and undo restores an identical dump', async () => {
    await seed(sampleTables());
    const other = emptyTables();
    other.contacts = [makeContact('Only', 'InFile')];
    const before = await dumpData();
    const beforeMeta = await db.meta.get('deviceId');
    await importBackup(await open((await exportFile(other)).bytes), 'replace');
    expect((await dumpData()).contacts.map((c) => c.familyName)).toEqual(['InFile']);
    expect((await dumpData()).settings).toEqual([]);
    expect(await lastImportUndo()).not.toBeNull();
    await undoLastImport();
    expect(await dumpData()).toEqual(before);
    expect(await db.meta.get('deviceId')).toEqual(beforeMeta);
    expect(await lastImportUndo()).toBeNull();
    await expect(undoLastImport()).rejects.toBeInstanceOf(NothingToUndoError);
  });

  it('merge writes the plan the preview showed; undo restores the data before the merge', async () => {
    const base = sampleTables();
    await seed(base);
    const [c0, c1] = base.contacts as [(typeof base.contacts)[0], (typeof base.contacts)[0]];
    const theirs: TablesData = {
      ...base,
      contacts: [edited(c0, { role: 'nurse' }), deleted(c1), makeContact('Uusi', 'Henkilö'), ...base.contacts.slice(2)],
    };
    const document = await open((await exportFile(theirs)).bytes);
    const before = await dumpData();
    const { plan } = await previewMerge(document.tables);
    expect(plan.contacts).toMatchObject({ added: 1, updated: 1, deleted: 1 });
    // Read from the rev index and the few records in question: the same as from everything.
    expect(plan).toEqual(planMerge(before, document.tables).plan);
    const result = await importBackup(document, 'merge');
    expect(result.written).toBe(3);
    const after = await dumpData();
    expect(after).toEqual(applyMergePlan(before, planMerge(before, document.tables).plan));
    expect(after.contacts.find((c) => c.id === c1.id)?.deletedAt).not.toBeNull();
    await undoLastImport();
    expect(await dumpData()).toEqual(before);
  });

  it('merge reuses its preview while nothing was written, and plans again after any write', async () => {
    const base = sampleTables();
    await seed(base);
    const [c0, c1] = base.contacts as [(typeof base.contacts)[0], (typeof base.contacts)[0]];
    const theirs: TablesData = {
      ...base,
      contacts: [edited(c0, { role: 'nurse' }), edited(c1, { role: 'judge' }), ...base.contacts.slice(2)],
    };
    const document = await open((await exportFile(theirs)).bytes);

    // Nothing written since the preview: the import takes the preview's plan as it is (here a
    // plan emptied on purpose, so reusing it shows as nothing written).
    const preview = await previewMerge(document.tables);
    expect(mergeTotals(countsOfPlan(preview.plan)).writes).toBe(2);
    const emptied = Object.fromEntries(
      Object.entries(preview.planned).map(([name, p]) => [name, { ...p, plan: { ...p.plan, writes: [] } }]),
    ) as unknown as typeof preview.planned;
    expect((await importBackup(document, 'merge', new Date(), { ...preview, planned: emptied })).written).toBe(0);

    // A coordinator edits c0 here after the preview (later than the file): the import plans
    // again, keeps that edit and still takes the file's newer c1.
    const stale = await previewMerge(document.tables);
    const ours = edited(c0, { role: 'edited here after the preview' });
    await db.table('contacts').put(ours);
    expect((await importBackup(document, 'merge', new Date(), stale)).written).toBe(1);
    const after = await dumpData();
    // The write path stamped it with this PC's clock (today): later than the file's edit.
    expect(after.contacts.find((c) => c.id === c0.id)?.role).toBe('edited here after the preview');
    expect(after.contacts.find((c) => c.id === c1.id)?.role).toBe('judge');
  });

  it('plans a merge again after an undo put older versions back, though no table grew or got newer', async () => {
    const base = sampleTables();
    const [c0] = base.contacts as [(typeof base.contacts)[0]];
    const c0Edited = edited(c0, { role: 'nurse' });
    // The newest record of the table stays the same throughout: only the undo marks the change.
    await seed({ ...base, contacts: [...base.contacts, makeContact('Newest', 'Record')] });
    const document = await open((await exportFile({ ...base, contacts: [c0Edited, ...base.contacts.slice(1)] })).bytes);
    expect((await importBackup(document, 'merge')).written).toBe(1);
    // Previewed now, the file changes nothing; then the earlier merge is undone.
    const stale = await previewMerge(document.tables);
    expect(mergeTotals(countsOfPlan(stale.plan)).writes).toBe(0);
    await undoLastImport();
    expect((await importBackup(document, 'merge', new Date(), stale)).written).toBe(1);
    expect((await dumpData()).contacts.find((c) => c.id === c0.id)).toEqual(c0Edited);
  });

  it('undo of a merge leaves records changed since the merge as they are, and says which', async () => {
    const base = sampleTables();
    await seed(base);
    const [c0, c1] = base.contacts as [(typeof base.contacts)[0], (typeof base.contacts)[0]];
    const added = makeContact('Uusi', 'Henkilö');
    const theirs: TablesData = {
      ...base,
      contacts: [edited(c0, { role: 'nurse' }), edited(c1, { role: 'judge' }), added, ...base.contacts.slice(2)],
    };
    await importBackup(await open((await exportFile(theirs)).bytes), 'merge');
    // Edited here after the merge: c1 and the added contact.
    await db.table('contacts').update(c1.id, { notes: 'typed after the merge' });
    await db.table('contacts').update(added.id, { notes: 'also typed after the merge' });
    const { skipped } = await undoLastImport();
    expect(skipped.map((s) => s.id).sort()).toEqual([c1.id, added.id].sort());
    const after = await dumpData();
    expect(after.contacts.find((c) => c.id === c0.id)).toEqual(c0);
    expect(after.contacts.find((c) => c.id === c1.id)).toMatchObject({ role: 'judge', notes: 'typed after the merge' });
    expect(after.contacts.find((c) => c.id === added.id)?.notes).toBe('also typed after the merge');
  });

  it('an import can be undone for the days the settings say, then no longer', async () => {
    await seed(sampleTables());
    const at = new Date('2026-12-01T10:00:00.000Z');
    await importBackup(
      await open((await exportFile({ ...emptyTables(), contacts: [makeContact('One', 'More')] })).bytes),
      'merge',
      at,
    );
    expect(await lastImportUndo(new Date('2026-12-30T10:00:00.000Z'))).toEqual({
      createdAt: at.toISOString(),
      until: '2026-12-31T10:00:00.000Z',
    });
    expect(await lastImportUndo(new Date('2026-12-31T10:00:00.001Z'))).toBeNull();
    await expect(undoLastImport(new Date('2027-01-02T00:00:00.000Z'))).rejects.toBeInstanceOf(NothingToUndoError);
  });

  it('a Replace of a large table keeps no copy of it: the replaced database is the undo, and undo switches back to it', async () => {
    const many = Array.from({ length: 11_000 }, (_, i) => makeContact(`Given${i}`, `Family${i}`));
    await seed({ ...sampleTables(), contacts: many });
    const before = await dumpData();
    const replacedName = db.name;
    await importBackup(
      await open((await exportFile({ ...emptyTables(), contacts: [makeContact('Only', 'One')] })).bytes),
      'replace',
    );
    expect(db.name).not.toBe(replacedName);
    expect(await db.snapshots.count()).toBe(0);
    expect((await dumpData()).contacts).toHaveLength(1);
    await undoLastImport();
    expect(db.name).toBe(replacedName);
    expect(await dumpData()).toEqual(before);
  });

  it('a merge keeps only what it changes for undo: the overwritten records and the added ids', async () => {
    const base = sampleTables();
    await seed(base);
    const [c0] = base.contacts as [(typeof base.contacts)[0]];
    const added = makeContact('Uusi', 'Henkilö');
    const theirs: TablesData = { ...base, contacts: [edited(c0, { role: 'nurse' }), added, ...base.contacts.slice(1)] };
    await importBackup(await open((await exportFile(theirs)).bytes), 'merge');
    const pieces = await db.snapshots.toArray();
    expect(pieces.flatMap((c) => c.records)).toEqual([c0]);
    expect(pieces.flatMap((c) => c.addedIds)).toEqual([added.id]);
  });

  it('an import that fails while writing leaves everything as it was, snapshot included', async () => {
    await seed(sampleTables());
    const before = await fullDump();
    // Two records with one id: the bulk write fails half-way through the transaction.
    const c = makeContact('Twice', 'Here');
    const broken: BackupDocument = {
      manifest: (await exportFile(emptyTables())).manifest,
      tables: { ...sampleTables(), contacts: [c, c] },
    };
    await expect(importBackup(broken, 'replace')).rejects.toThrow();
    expect(await fullDump()).toEqual(before);
  });

  it('only the last import can be undone', async () => {
    await seed(sampleTables());
    const first = await open((await exportFile({ ...emptyTables(), contacts: [makeContact('First', 'File')] })).bytes);
    const second = await open(
      (await exportFile({ ...emptyTables(), contacts: [makeContact('Second', 'File')] })).bytes,
    );
    await importBackup(first, 'replace');
    const afterFirst = await dumpData();
    await importBackup(second, 'merge');
    expect(new Set((await db.snapshots.toArray()).map((c) => c.snapshotId)).size).toBe(1);
    await undoLastImport();
    expect(await dumpData()).toEqual(afterFirst);
  });

  it('records the last backup and reports the reminder from the settings rule', async () => {
    expect(await backupStatus()).toEqual({ state: 'never', everyDays: 7 });
    await recordBackupSaved('2026-11-01T10:00:00.000Z');
    expect(await backupStatus(new Date('2026-11-05T10:00:00.000Z'))).toMatchObject({ state: 'ok', daysSince: 4 });
    expect(await backupStatus(new Date('2026-11-09T10:00:00.000Z'))).toMatchObject({ state: 'overdue', daysSince: 8 });
  });

  it('writes this PC, the organisation and the schema into the manifest', async () => {
    await seed({ settings: sampleTables().settings });
    const m = await manifestInfo('0.1.0', new Date('2026-11-22T15:30:00.000Z'));
    expect(m).toEqual({
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      deviceId: DEVICE,
      organisationName: 'Kapocs Egyesület',
      createdAt: '2026-11-22T15:30:00.000Z',
    });
  });

  it('tells live queries through any index what a replace wrote, even a query that found nothing before', async () => {
    await seed(sampleTables());
    const counts: number[] = [];
    const subscription = liveQuery(
      async () => (await db.table('contacts').where('familyName').equals('Only').toArray()).length,
    ).subscribe((n) => counts.push(n));
    try {
      await vi.waitFor(() => expect(counts).toEqual([0]));
      await importBackup(
        await open((await exportFile({ ...emptyTables(), contacts: [makeContact('Single', 'Only')] })).bytes),
        'replace',
      );
      await vi.waitFor(() => expect(counts.at(-1)).toBe(1));
    } finally {
      subscription.unsubscribe();
    }
  });

  it('a replace the database refuses half-way (a unique index) changes nothing, snapshot included', async () => {
    const base = sampleTables();
    await seed(base);
    const before = await fullDump();
    const programmeId = (base.programmes[0] as { id: string }).id;
    // Past the file checks on purpose (they would refuse it): the database's own refusal must roll back.
    const document = await open((await exportFile(base)).bytes);
    const clashing = {
      ...document,
      tables: { ...document.tables, mentees: [makeMentee('HF-001', programmeId), makeMentee('HF-001', programmeId)] },
    };
    await expect(importBackup(clashing, 'replace')).rejects.toThrow();
    expect(await fullDump()).toEqual(before);
  });

  it('checks on import every unique index the database has (UNIQUE_FIELDS matches STORES_V1)', () => {
    const fromStores = Object.fromEntries(
      Object.entries(STORES_V1).flatMap(([table, spec]) => {
        const unique = spec
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.startsWith('&'))
          .map((s) => s.slice(1));
        return unique.length > 0 ? [[table, unique]] : [];
      }),
    );
    expect(fromStores).toEqual(UNIQUE_FIELDS);
  });
});
