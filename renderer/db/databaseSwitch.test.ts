import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie, { liveQuery } from 'dexie';
import { db } from './db';
import { AppDB, DB_NAME, SCHEMA_VERSION } from './AppDB';
import { applyErasures } from './erasure';
import { markReplication } from './writePath';
import { getMeta, putMeta } from './meta';
import { dataDatabaseNames, resetDatabase, simulateRestart } from './testing';
import {
  deletionsDone,
  listenForSwitches,
  OURS,
  POINTER_DB_NAME,
  readPointer,
  settleDatabases,
  switchesFollowed,
} from './databaseSwitch';
import { DOMAIN_TABLE_NAMES } from '../../shared/domain';
import { createBackupFile } from '../../shared/backup/pipeline';
import { emptyTables, type BackupDocument, type TablesData } from '../../shared/backup/format';
import { importBackup, lastImportUndo, NothingToUndoError, undoLastImport } from '../features/backup/backupRepo';
import { erasePerson } from '../features/erasure/erasureRepo';
import { verifyAuditLog } from '../features/audit/auditRepo';
import {
  info,
  makeContact,
  makeMentee,
  makeProgramme,
  makeSettings,
  sampleTables,
} from '../../tests/fixtures/backup/records';
import { seed } from '../../tests/fixtures/backup/dbDump';

/*
 * Issue 24: a Replace writes a new database and switches to it (./databaseSwitch.ts). Real Dexie
 * on fake-indexeddb; a crash is simulated by letting every IndexedDB call fail from a given call
 * on (what a killed page does: nothing after it reaches the disk, what committed before stays),
 * then starting again as a new page does (`simulateRestart`).
 */

const DEVICE = '11111111-2222-4333-8444-555555555555';
const NOW = new Date('2026-12-01T10:00:00.000Z');
const LATER = new Date('2026-12-01T11:00:00.000Z');

let manifest: BackupDocument['manifest'];
const documentOf = async (tables: TablesData): Promise<BackupDocument> => {
  manifest ??= (await createBackupFile({ tables: emptyTables(), info: info(), passphrase: 'p', workFactor: 10 }))
    .manifest;
  return { manifest, tables };
};

/** The data as the coordinator sees it: every domain table but the audit log (imports and undos record themselves there). */
const dataIn = async (target: AppDB = db): Promise<Record<string, unknown[]>> => {
  const out: Record<string, unknown[]> = {};
  for (const name of DOMAIN_TABLE_NAMES) if (name !== 'auditLog') out[name] = await target.table(name).toArray();
  return out;
};
const dataOf = (tables: TablesData): Record<string, unknown[]> =>
  Object.fromEntries(
    DOMAIN_TABLE_NAMES.filter((n) => n !== 'auditLog').map((n) => [
      n,
      [...tables[n]].sort((a, b) => (a.id < b.id ? -1 : 1)),
    ]),
  );
const withDb = async <T>(name: string, read: (other: AppDB) => Promise<T>): Promise<T> => {
  const other = new AppDB(name);
  try {
    await other.open();
    return await read(other);
  } finally {
    other.close();
  }
};

/** Office A's data (on this PC) and the file of office B that replaces it. */
const tablesA = (): TablesData => ({
  ...sampleTables(),
  contacts: [makeContact('Éva', 'Kovács'), makeContact('Anna', 'Nagy')],
});
const tablesB = (eva: TablesData['contacts'][number]): TablesData => {
  const t = emptyTables();
  t.settings = [makeSettings('Office B')];
  const programme = makeProgramme('Nuorten tuki', 'NT');
  t.programmes = [programme];
  t.contacts = [eva, makeContact('Aino', 'Virtanen')];
  t.mentees = [makeMentee('NT-001', programme.id)];
  return t;
};

let a: TablesData;
let b: TablesData;
beforeEach(async () => {
  await resetDatabase();
  await putMeta('deviceId', DEVICE);
  a = tablesA();
  b = tablesB(a.contacts[0]!);
  await seed(a);
});

describe('a Replace writes a new database and switches to it', () => {
  it("writes the file into a new database, switches to it, and keeps the replaced one whole as the undo, with this PC's own settings and drafts carried over", async () => {
    const before = await dataIn();
    await putMeta('lastBackupAt', '2026-11-30T08:00:00.000Z');
    await putMeta('spreadsheetMappings', { shape: { mapping: ['givenName', null], at: '2026-11-29T08:00:00.000Z' } });
    await db.drafts.put({
      id: 'mentor:new',
      formKey: 'mentor',
      recordId: null,
      subjectIds: [],
      values: { givenName: 'Bé' },
      updatedAt: NOW.toISOString(),
    });

    await importBackup(await documentOf(b), 'replace', NOW);

    expect(db.name).toMatch(OURS);
    expect(await readPointer()).toEqual({
      current: db.name,
      kept: { name: DB_NAME, createdAt: NOW.toISOString() },
      pending: null,
    });
    expect(await dataDatabaseNames()).toEqual([DB_NAME, db.name].sort());
    expect(await dataIn()).toEqual(dataOf(b));
    // The replaced database is untouched: it is the undo.
    expect(await withDb(DB_NAME, dataIn)).toEqual(before);
    // What a backup does not hold stays this PC's.
    expect(await getMeta('deviceId')).toBe(DEVICE);
    expect(await getMeta('lastBackupAt')).toBe('2026-11-30T08:00:00.000Z');
    expect(await getMeta('spreadsheetMappings')).toEqual({
      shape: { mapping: ['givenName', null], at: '2026-11-29T08:00:00.000Z' },
    });
    expect(await getMeta('lastImportAt')).toBe(NOW.toISOString());
    expect(await getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
    expect((await db.drafts.toArray()).map((d) => d.id)).toEqual(['mentor:new']);
    expect(await db.snapshots.count()).toBe(0);
    expect(await lastImportUndo(LATER)).toEqual({ createdAt: NOW.toISOString(), until: '2026-12-31T10:00:00.000Z' });
    expect((await db.auditLog.toArray()).map((e) => e.action)).toEqual(['importReplace']);
  });

  it('undo switches back: the data before, whole; the new database is deleted; what this PC did since stays (settings, drafts, the audit chain)', async () => {
    const before = await dataIn();
    await importBackup(await documentOf(b), 'replace', NOW);
    await putMeta('lastBackupAt', LATER.toISOString());
    await db.drafts.put({
      id: 'contact:new',
      formKey: 'contact',
      recordId: null,
      subjectIds: [],
      values: {},
      updatedAt: LATER.toISOString(),
    });

    expect(await undoLastImport(LATER)).toEqual({ skipped: [] });
    await deletionsDone();

    expect(db.name).toBe(DB_NAME);
    expect(await dataIn()).toEqual(before);
    expect(await dataDatabaseNames()).toEqual([DB_NAME]);
    expect(await readPointer()).toEqual({ current: DB_NAME, kept: null, pending: null });
    expect(await getMeta('lastBackupAt')).toBe(LATER.toISOString());
    expect((await db.drafts.toArray()).map((d) => d.id)).toEqual(['contact:new']);
    expect((await db.auditLog.orderBy('[pc+seq]').toArray()).map((e) => e.action)).toEqual([
      'importReplace',
      'undoImport',
    ]);
    expect((await verifyAuditLog()).ok).toBe(true);
    expect(await lastImportUndo(LATER)).toBeNull();
    await expect(undoLastImport(LATER)).rejects.toBeInstanceOf(NothingToUndoError);
  });

  it('replace → undo → replace again: each Replace switches, each undo switches back', async () => {
    const before = await dataIn();
    for (const round of [1, 2]) {
      await importBackup(await documentOf(b), 'replace', NOW);
      expect(await dataIn(), `round ${round}`).toEqual(dataOf(b));
      expect((await readPointer()).kept?.name).toBe(DB_NAME);
      await undoLastImport(LATER);
      expect(await dataIn(), `round ${round}`).toEqual(before);
    }
    await importBackup(await documentOf(b), 'replace', NOW);
    expect(await dataIn()).toEqual(dataOf(b));
    await deletionsDone();
    expect(await dataDatabaseNames()).toEqual([DB_NAME, db.name].sort());
  });

  it('a second Replace keeps only its own undo: the database the first one kept is deleted', async () => {
    await importBackup(await documentOf(b), 'replace', NOW);
    const first = db.name;
    await importBackup(await documentOf(tablesA()), 'replace', LATER);
    await deletionsDone();
    expect(await readPointer()).toMatchObject({ kept: { name: first, createdAt: LATER.toISOString() } });
    expect(await dataDatabaseNames()).toEqual([first, db.name].sort());
    await undoLastImport(LATER);
    expect(db.name).toBe(first);
    expect(await dataIn()).toEqual(dataOf(b));
  });

  it("a newer import's undo replaces the Replace's: a merge deletes the kept database, and undo undoes the merge only", async () => {
    await importBackup(await documentOf(b), 'replace', NOW);
    const replaced = await dataIn();
    await importBackup(
      await documentOf({ ...emptyTables(), contacts: [makeContact('Uusi', 'Henkilö')] }),
      'merge',
      LATER,
    );
    await deletionsDone();
    expect((await readPointer()).kept).toBeNull();
    expect(await dataDatabaseNames()).toEqual([db.name]);
    await undoLastImport(LATER);
    expect(await dataIn()).toEqual(replaced);
    await expect(undoLastImport(LATER)).rejects.toBeInstanceOf(NothingToUndoError);
  });

  it('a failed Replace leaves the data as it was and no new database behind', async () => {
    const before = await dataIn();
    const c = makeContact('Twice', 'Here');
    await expect(importBackup(await documentOf({ ...b, contacts: [c, c] }), 'replace', NOW)).rejects.toThrow();
    await deletionsDone();
    expect(db.name).toBe(DB_NAME);
    expect(await dataIn()).toEqual(before);
    expect(await dataDatabaseNames()).toEqual([DB_NAME]);
    expect(await readPointer()).toEqual({ current: DB_NAME, kept: null, pending: null });
  });

  it('when the undo expires, start-up deletes the kept database', async () => {
    await importBackup(await documentOf(b), 'replace', NOW);
    await settleDatabases(new Date('2026-12-30T10:00:00.000Z'));
    expect((await readPointer()).kept).not.toBeNull();
    await settleDatabases(new Date('2026-12-31T10:00:00.000Z'));
    expect((await readPointer()).kept).toBeNull();
    expect(await dataDatabaseNames()).toEqual([db.name]);
    expect(await lastImportUndo(new Date('2026-12-31T10:00:00.000Z'))).toBeNull();
    expect(await dataIn()).toEqual(dataOf(b));
  });

  it('live queries read the new database after the switch, and the old one again after the undo', async () => {
    const seen: number[] = [];
    const subscription = liveQuery(() => db.contacts.count()).subscribe((n) => seen.push(n));
    const settled = async (n: number) => {
      for (let i = 0; i < 100 && seen.at(-1) !== n; i++) await new Promise((r) => setTimeout(r, 10));
      return seen.at(-1);
    };
    try {
      expect(await settled(a.contacts.length)).toBe(a.contacts.length);
      await importBackup(
        await documentOf({ ...b, contacts: [...b.contacts, makeContact('Third', 'One')] }),
        'replace',
        NOW,
      );
      expect(await settled(3)).toBe(3);
      await undoLastImport(LATER);
      expect(await settled(a.contacts.length)).toBe(a.contacts.length);
    } finally {
      subscription.unsubscribe();
    }
  });

  it("follows a switch another tab announces (BroadcastChannel 'tandem-database')", async () => {
    // Another tab made a database and switched the pointer to it.
    const name = `tandem-${crypto.randomUUID()}`;
    await withDb(name, async (other) => {
      await other.transaction('rw', other.contacts, async () => {
        markReplication();
        await other.contacts.bulkAdd(b.contacts as never);
      });
    });
    const pointer = new Dexie(POINTER_DB_NAME);
    pointer.version(1).stores({ pointer: 'id' });
    await pointer
      .table('pointer')
      .put({ id: 'database', current: name, kept: { name: DB_NAME, createdAt: NOW.toISOString() }, pending: null });
    pointer.close();

    const followed = new Promise<void>((resolve) => listenForSwitches(resolve));
    const otherTab = new BroadcastChannel('tandem-database');
    otherTab.postMessage({ type: 'switched' });
    await followed;
    otherTab.close();
    expect(db.name).toBe(name);
    expect((await db.contacts.toArray()).map((c) => c.id).sort()).toEqual(b.contacts.map((c) => c.id).sort());
  });
});

describe('erasure reaches the database a Replace kept', () => {
  it('an erased person is gone from the kept database too, and undoing the Replace does not bring them back', async () => {
    const eva = a.contacts[0]!;
    await importBackup(await documentOf(b), 'replace', NOW);
    const kept = (await readPointer()).kept!.name;
    expect(await withDb(kept, (k) => k.contacts.get(eva.id))).toBeDefined();

    await erasePerson('contacts', eva.id, LATER);

    expect(await withDb(kept, (k) => k.contacts.get(eva.id))).toBeUndefined();
    expect(await withDb(kept, (k) => k.erasures.get(eva.id))).toEqual(await db.erasures.get(eva.id));
    await undoLastImport(LATER);
    expect(db.name).toBe(kept);
    expect(await db.contacts.get(eva.id)).toBeUndefined();
    expect(await db.erasures.get(eva.id)).toBeDefined();
    expect((await db.contacts.toArray()).map((c) => c.id)).toEqual([a.contacts[1]!.id]);
  });

  it('an erasure the app could not carry to the kept database (stopped in between) reaches it at the next start', async () => {
    const eva = a.contacts[0]!;
    await importBackup(await documentOf(b), 'replace', NOW);
    const kept = (await readPointer()).kept!.name;
    // The erasure as erasePerson writes it here, without its second step.
    await db.transaction(
      'rw',
      [...DOMAIN_TABLE_NAMES.map((n) => db.table(n)), db.snapshots, db.meta, db.drafts],
      async () => {
        markReplication();
        await applyErasures([{ id: eva.id, table: 'contacts' }], { local: true, now: LATER });
      },
    );
    expect(await withDb(kept, (k) => k.contacts.get(eva.id))).toBeDefined();

    expect(await simulateRestart()).toEqual({ mode: 'ready' });

    expect(await withDb(kept, (k) => k.contacts.get(eva.id))).toBeUndefined();
    expect(await withDb(kept, (k) => k.erasures.get(eva.id))).toBeDefined();
  });

  it('a Replace carries the erasure ledger into the new database: a person erased here stays erased in what the file brings', async () => {
    const eva = a.contacts[0]!;
    await erasePerson('contacts', eva.id, NOW);
    const result = await importBackup(await documentOf(b), 'replace', LATER);
    expect(result.reapplied).toBe(1);
    expect(await db.contacts.get(eva.id)).toBeUndefined();
    expect(await db.erasures.get(eva.id)).toBeDefined();
  });
});

/**
 * The page killed at the Nth IndexedDB step (an open, a transaction, a deletion): that step and
 * every one after it fail, as nothing a killed page does reaches the disk; what committed before
 * stays. The patches are on the prototypes fake-indexeddb gives Dexie.
 */
const factoryProto = Object.getPrototypeOf(indexedDB) as IDBFactory;
const databaseProto = IDBDatabase.prototype;
const real = {
  open: factoryProto.open,
  deleteDatabase: factoryProto.deleteDatabase,
  transaction: databaseProto.transaction,
};
let dying = false;
const killAfter = (steps: number): { killed: () => boolean } => {
  let left = steps;
  dying = true;
  // Dexie binds a connection's `transaction` when it opens: a guard it kept lets calls through once revived.
  const guard = <F extends (...args: never[]) => unknown>(f: F): F =>
    function (this: unknown, ...args: Parameters<F>) {
      if (!dying) return f.apply(this, args);
      // fake-indexeddb makes an open's upgrade transaction through the same method: part of the open.
      if (args[1] === ('versionchange' as never)) return f.apply(this, args);
      if (left-- <= 0) throw new DOMException('the page was killed', 'UnknownError');
      return f.apply(this, args);
    } as F;
  factoryProto.open = guard(real.open);
  factoryProto.deleteDatabase = guard(real.deleteDatabase);
  databaseProto.transaction = guard(real.transaction);
  return { killed: () => left < 0 };
};
const revive = async (): Promise<void> => {
  dying = false;
  factoryProto.open = real.open;
  factoryProto.deleteDatabase = real.deleteDatabase;
  databaseProto.transaction = real.transaction;
  // What was already running when the page died fails; let it finish failing.
  await new Promise((r) => setTimeout(r, 20));
  await switchesFollowed();
};
afterEach(revive);

/** After a start: the data is one of the two, whole, and only the databases the pointer names exist. */
const expectWhole = async (states: Record<string, Record<string, unknown[]>>): Promise<string> => {
  const now = await dataIn();
  const which = Object.entries(states).find(([, data]) => JSON.stringify(data) === JSON.stringify(now))?.[0];
  expect(which, 'the data after the restart is neither the old nor the new, whole').toBeDefined();
  const pointer = await readPointer();
  expect(pointer.pending).toBeNull();
  expect(db.name).toBe(pointer.current);
  expect(await dataDatabaseNames()).toEqual([pointer.current, ...(pointer.kept ? [pointer.kept.name] : [])].sort());
  return which!;
};

describe('a crash at any step of the switch', () => {
  it('a Replace killed at any step: after a restart, the old data or the new, whole; the new with its undo', async () => {
    const old = await dataIn();
    const outcomes = new Set<string>();
    for (let step = 0; step < 200; step++) {
      await resetDatabase();
      await putMeta('deviceId', DEVICE);
      await seed(a);
      const document = await documentOf(b);
      const kill = killAfter(step);
      const done = await importBackup(document, 'replace', NOW).then(
        () => true,
        () => false,
      );
      const killed = kill.killed();
      await revive();
      expect(await simulateRestart()).toEqual({ mode: 'ready' });
      const which = await expectWhole({ old, new: dataOf(b) });
      outcomes.add(which);
      if (which === 'new') {
        // The switch was recorded: the undo is there and brings the old data back.
        await undoLastImport(LATER);
        expect(await expectWhole({ old })).toBe('old');
      }
      if (!killed) {
        expect(done).toBe(true);
        expect(which).toBe('new');
        break;
      }
    }
    expect([...outcomes].sort()).toEqual(['new', 'old']);
  }, 120_000);

  it("an undo killed at any step: after a restart, the Replace's data with its undo, or the data before it, whole", async () => {
    const old = await dataIn();
    const outcomes = new Set<string>();
    for (let step = 0; step < 200; step++) {
      await resetDatabase();
      await putMeta('deviceId', DEVICE);
      await seed(a);
      await importBackup(await documentOf(b), 'replace', NOW);
      const kill = killAfter(step);
      await undoLastImport(LATER).catch(() => undefined);
      const killed = kill.killed();
      await revive();
      expect(await simulateRestart()).toEqual({ mode: 'ready' });
      const which = await expectWhole({ old, new: dataOf(b) });
      outcomes.add(which);
      if (which === 'new') {
        expect(await lastImportUndo(LATER)).not.toBeNull();
        await undoLastImport(LATER);
        expect(await expectWhole({ old })).toBe('old');
      } else expect(await lastImportUndo(LATER)).toBeNull();
      if (!killed) {
        expect(which).toBe('old');
        break;
      }
    }
    expect([...outcomes].sort()).toEqual(['new', 'old']);
  }, 120_000);
});
