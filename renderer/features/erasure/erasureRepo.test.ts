import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { SCHEMA_VERSION } from '../../db/AppDB';
import { resetDatabase } from '../../db/testing';
import { buildBackupBytes } from '../../../shared/backup/document';
import type { BackupDocument, StoredRecord, TablesData } from '../../../shared/backup/format';
import { DOMAIN_TABLE_NAMES } from '../../../shared/domain';
import { normaliseForSearch } from '../../../shared/domain/base';
import { ERASED_WALK_IN } from '../../../shared/privacy/erasure';
import { attendanceId } from '../../../shared/sync/ids';
import { generateDataset, withStamps } from '../../../tests/bench/dataset';
import { backupDocumentOf } from '../../../tests/fixtures/backup/records';
import { dumpTables, importBackup } from '../backup/backupRepo';
import { erasePerson, getErasure, previewErasure } from './erasureRepo';

/**
 * Erasure against the real database (fake-indexeddb, the app's Dexie schema and write path) with
 * the bench's small office dataset, through the real backup document and import.
 */

const TODAY = '2026-12-05';
const SECRET = {
  givenName: 'Zsófiqx',
  familyName: 'Törlendőqx',
  email: 'torlendoqx@example.org',
  phone: '+36 30 999 1234',
  notes: 'ERASQX mentor note',
  logNote: 'ERASQX contact log note',
  shadowNote: 'ERASQX shadowing note',
  pairingNote: 'ERASQX pairing note',
  sessionNote: 'ERASQX supervision note',
};
/** Every string of the person, as stored and as search tokens keep them (no accents, lower case). */
const SECRET_STRINGS = Object.values(SECRET).flatMap((s) => [s, normaliseForSearch(s)]);

const toDocument = (tables: TablesData): Promise<BackupDocument> => backupDocumentOf(tables, SCHEMA_VERSION);

/** Every IndexedDB store of the app (domain tables, meta, snapshots) as one string. */
const dumpEveryStore = async (): Promise<string> => {
  const parts: string[] = [];
  for (const table of db.tables) parts.push(JSON.stringify(await table.toArray()));
  return parts.join('\n');
};
const leaked = (text: string): string[] => {
  const found = SECRET_STRINGS.filter((s) => text.toLowerCase().includes(s.toLowerCase()));
  if (found.length > 0 && process.env.DEBUG_LEAK) {
    const i = text.toLowerCase().indexOf(found[0]!.toLowerCase());
    console.log('LEAK', text.slice(Math.max(0, i - 1500), i + 200));
  }
  return found;
};

type Subject = {
  id: string;
  pairingIds: string[];
  logIds: string[];
  shadowingIds: string[];
  sessionId: string;
  walkInId: string;
  otherSessionId: string;
};

/** Loads the dataset, then gives one mentor personal data everywhere, through the write path. */
const seed = async (): Promise<Subject> => {
  const data = withStamps(generateDataset('small', { today: TODAY }));
  await importBackup(await toDocument(data as unknown as TablesData), 'replace');
  const mentor = data.mentors.find(
    (m) =>
      data.pairings.some((p) => p.mentorId === m.id && data.contactLogs.some((l) => l.pairingId === p.id)) &&
      data.shadowing.some((s) => s.mentorId === m.id) &&
      data.attendance.some((a) => a.personId === m.id) &&
      data.consents.some((c) => c.personId === m.id),
  );
  if (!mentor) throw new Error('the dataset has a mentor with records in every table');
  const id = mentor.id;
  const current = await db.mentors.get(id);
  await db.mentors.put({ ...current!, ...SECRET });
  const pairings = await db.pairings.where('mentorId').equals(id).toArray();
  for (const p of pairings) await db.pairings.put({ ...p, notes: SECRET.pairingNote });
  const logs = await db.contactLogs.where('mentorId').equals(id).toArray();
  for (const l of logs) await db.contactLogs.put({ ...l, notes: SECRET.logNote });
  const shadowing = await db.shadowing.where('mentorId').equals(id).toArray();
  for (const s of shadowing) await db.shadowing.put({ ...s, notes: SECRET.shadowNote });
  const attended = (await db.attendance.where('personId').equals(id).first())!;
  const session = (await db.sessions.get(attended.sessionId))!;
  await db.sessions.put({ ...session, confidentialNotes: SECRET.sessionNote });
  // A walk-in row with their name (before they were a mentor), and a session elsewhere naming them.
  const other = (await db.sessions
    .filter((s) => s.id !== session.id && !s.facilitatorIds.includes(id) && !s.expectedIds.includes(id))
    .first())!;
  const walkInName = `${SECRET.givenName} ${SECRET.familyName}`;
  const walkIn = {
    id: attendanceId(other.id, { personKind: 'walkIn', personId: null, walkInName }),
    sessionId: other.id,
    personKind: 'walkIn' as const,
    personId: null,
    walkInName,
    status: 'present' as const,
    hours: 2,
    sessionDate: other.date,
    sessionKind: other.kind,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    deletedAt: null,
  };
  await db.attendance.add(walkIn);
  return {
    id,
    pairingIds: pairings.map((p) => p.id),
    logIds: logs.map((l) => l.id),
    shadowingIds: shadowing.map((s) => s.id),
    sessionId: session.id,
    walkInId: walkIn.id,
    otherSessionId: other.id,
  };
};

let subject: Subject;
beforeEach(async () => {
  await resetDatabase();
  subject = await seed();
}, 120_000);

describe('erasing a person', () => {
  it('lists what goes, what stays and where their name stands in free text', async () => {
    const other = (await db.sessions.get(subject.otherSessionId))!;
    await db.sessions.put({ ...other, topic: `Talked about ${SECRET.familyName} ${SECRET.givenName}'s move` });
    const preview = await previewErasure('mentors', subject.id);
    expect(preview.consents).toBeGreaterThan(0);
    expect(preview.pairings).toBe(subject.pairingIds.length);
    expect(preview.contactLogs).toBe(subject.logIds.length);
    expect(preview.shadowing).toBe(subject.shadowingIds.length);
    expect(preview.attendance).toBeGreaterThan(0);
    expect(preview.mentions).toEqual(
      expect.arrayContaining([
        { table: 'sessions', id: subject.otherSessionId, field: 'topic', route: `/sessions/${subject.otherSessionId}` },
        {
          table: 'attendance',
          id: subject.walkInId,
          field: 'walkInName',
          route: `/sessions/${subject.otherSessionId}/attendance`,
        },
      ]),
    );
    // Records whose notes erasure empties anyway are not listed.
    expect(preview.mentions.some((m) => subject.logIds.includes(m.id))).toBe(false);
  }, 60_000);

  it('leaves none of their strings in any store, nor in a backup made afterwards, and keeps the anonymous facts', async () => {
    // An import first, so that the undo snapshot holds copies of their records.
    const before = await dumpTables();
    const mentor = before.mentors.find((m) => m.id === subject.id)!;
    await importBackup(
      await toDocument({
        ...before,
        mentors: before.mentors.map((m) => (m.id === subject.id ? { ...mentor, phone: '+36 1 111 1111' } : m)),
      }),
      'merge',
    );
    expect(leaked(await dumpEveryStore())).not.toEqual([]);
    const hoursBefore = (await db.attendance.where('personId').equals(subject.id).toArray()).map((a) => a.hours);
    const durations = (await db.contactLogs.bulkGet(subject.logIds)).map((l) => l?.durationMinutes);

    const effect = await erasePerson('mentors', subject.id);
    expect(effect.removed).toBeGreaterThan(1);

    expect(leaked(await dumpEveryStore())).toEqual([]);
    const { bytes } = await buildBackupBytes(await dumpTables(), {
      schemaVersion: SCHEMA_VERSION,
      appVersion: 'test',
      deviceId: crypto.randomUUID(),
      organisationName: 'Test',
      createdAt: new Date().toISOString(),
    });
    expect(leaked(new TextDecoder().decode(bytes))).toEqual([]);

    // What stays: the facts past reports count, without anything about the person.
    expect(await db.mentors.get(subject.id)).toBeUndefined();
    expect(await db.consents.where('personId').equals(subject.id).count()).toBe(0);
    expect((await db.attendance.where('personId').equals(subject.id).toArray()).map((a) => a.hours)).toEqual(
      hoursBefore,
    );
    expect((await db.contactLogs.bulkGet(subject.logIds)).map((l) => l?.durationMinutes)).toEqual(durations);
    expect((await db.contactLogs.bulkGet(subject.logIds)).every((l) => l?.notes === '')).toBe(true);
    expect((await db.attendance.get(subject.walkInId))?.walkInName).toBe(ERASED_WALK_IN);
    const erasure = await getErasure(subject.id);
    expect(erasure).toMatchObject({ id: subject.id, table: 'mentors' });
    expect(await getErasure(subject.walkInId)).toMatchObject({ table: 'attendance' });
    expect(Object.keys(erasure!).sort()).toEqual([
      'baseStamp',
      'createdAt',
      'deletedAt',
      'erasedAt',
      'fieldStamps',
      'id',
      'rev',
      'table',
      'updatedAt',
    ]);
    // Audited by id only.
    const audit = await db.auditLog.where('subjectId').equals(subject.id).toArray();
    expect(audit.map((e) => e.action)).toEqual(['erase']);
  }, 60_000);

  it('is one transaction: when what runs with it fails, nothing is erased', async () => {
    const before = await dumpTables();
    await expect(
      db.transaction(
        'rw',
        [...DOMAIN_TABLE_NAMES.map((n) => db.table(n)), db.snapshots, db.meta, db.drafts],
        async () => {
          await erasePerson('mentors', subject.id);
          throw new Error('the page was closed');
        },
      ),
    ).rejects.toThrow('the page was closed');
    expect(await dumpTables()).toEqual(before);
  }, 60_000);

  it('holds against an older file: a merge keeps them erased, a Replace erases them again and says so, undo does not bring them back', async () => {
    const old = await toDocument(await dumpTables());
    await erasePerson('mentors', subject.id);

    const merged = await importBackup(old, 'merge');
    expect(merged.erased).toBe(0);
    expect(await db.mentors.get(subject.id)).toBeUndefined();
    expect(leaked(await dumpEveryStore())).toEqual([]);
    await (await import('../backup/backupRepo')).undoLastImport();
    expect(await db.mentors.get(subject.id)).toBeUndefined();

    const replaced = await importBackup(old, 'replace');
    expect(replaced.reapplied).toBe(1);
    expect(await db.mentors.get(subject.id)).toBeUndefined();
    expect(await getErasure(subject.id)).toBeDefined();
    expect(leaked(await dumpEveryStore().then((s) => s.replace(/"snapshots"/g, '')))).toEqual([]);
    // Undoing the Replace puts the data before it back, with the erasure still in force.
    await (await import('../backup/backupRepo')).undoLastImport();
    expect(await db.mentors.get(subject.id)).toBeUndefined();
    expect(await getErasure(subject.id)).toBeDefined();
    expect(leaked(await dumpEveryStore())).toEqual([]);
  }, 120_000);

  it('travels to the other PC: its merge erases the person and empties its own later notes about them', async () => {
    const shared = await dumpTables();
    await erasePerson('mentors', subject.id);
    const fromA = await toDocument(await dumpTables());
    const aAfter = await dumpTables();

    // PC B: the data before the erasure, and a note about the person typed after it.
    await resetDatabase();
    await importBackup(await toDocument(shared), 'replace');
    const [logId] = subject.logIds;
    const log = (await db.contactLogs.get(logId!))!;
    await db.contactLogs.put({ ...log, notes: SECRET.logNote });
    const preview = await (await import('../backup/backupRepo')).previewMerge(fromA.tables);
    expect(preview.erasing).toEqual(
      expect.arrayContaining([
        { id: subject.id, table: 'mentors' },
        { id: subject.walkInId, table: 'attendance' },
      ]),
    );
    const result = await importBackup(fromA, 'merge');
    expect(result.erased).toBe(1);
    expect(await db.mentors.get(subject.id)).toBeUndefined();
    expect((await db.contactLogs.get(logId!))?.notes).toBe('');
    expect(leaked(await dumpEveryStore())).toEqual([]);

    // Back on A, B's file changes nothing about the person: both PCs hold the same records.
    const fromB = await toDocument(await dumpTables());
    const bAfter = await dumpTables();
    await resetDatabase();
    await importBackup(await toDocument(aAfter), 'replace');
    await importBackup(fromB, 'merge');
    const aFinal = await dumpTables();
    const withoutAudit = (t: TablesData) =>
      Object.fromEntries(
        DOMAIN_TABLE_NAMES.filter((n) => n !== 'auditLog').map((n) => [
          n,
          [...t[n]].sort((x: StoredRecord, y: StoredRecord) => (x.id < y.id ? -1 : 1)),
        ]),
      );
    expect(withoutAudit(aFinal).contactLogs).toEqual(withoutAudit(bAfter).contactLogs);
    expect(withoutAudit(aFinal).mentors).toEqual(withoutAudit(bAfter).mentors);
    expect(withoutAudit(aFinal).erasures).toEqual(withoutAudit(bAfter).erasures);
  }, 180_000);
});
