import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from './db';
import { putMeta } from './meta';
import { resetDatabase } from './testing';
import { markReplication } from './writePath';
import { rebuildPersonSummaries, summariesOfRows, type PersonSummary } from './personSummaries';
import { createBackupFile, openBackupFile } from '../../shared/backup/pipeline';
import { SCHEMA_VERSION } from './AppDB';
import type { Attendance, AttendanceStatus, SessionKind } from '../../shared/domain/session';
import type { StoredRecord } from '../../shared/backup/format';
import { dumpTables, importBackup, undoLastImport } from '../features/backup/backupRepo';
import { createSession, deleteSession, restoreSession, updateSession } from '../features/sessions/sessionsRepo';
import { saveAttendance } from '../features/sessions/attendanceRepo';
import { addMentor, sessionInput } from '../../tests/fixtures/records';
import { info, stampAt } from '../../tests/fixtures/backup/records';
import { stampWrite, type SyncRecord } from '../../shared/sync/record';

/**
 * The per-person summaries (./personSummaries.ts) must always equal what the attendance rows
 * say, whoever writes the rows: the repositories (attendance sheets, a session moved, changed in
 * kind, deleted and restored), a merge of a backup file and its undo, replicated writes and
 * deletions as the import, undo, erasure and sync make them, and a clear.
 */

const DEVICE = '11111111-2222-4333-8444-555555555555';
/** The node of the other PC whose files are merged (its stamps win: a second ahead). */
const OTHER_PC = 'a2a2a2a2a2a2a2a2';

const byId = (xs: PersonSummary[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The summaries as stored, and as computed from every attendance row. */
const stored = async () => byId(await db.personSummaries.toArray());
const fromRows = async () => byId(summariesOfRows(await db.attendance.toArray()));

beforeEach(async () => {
  await resetDatabase();
  await putMeta('deviceId', DEVICE);
});

type Op =
  | { op: 'hold'; date: string; kind: SessionKind; rows: [number, AttendanceStatus][] }
  | { op: 'resheet'; session: number; rows: [number, AttendanceStatus][] }
  | { op: 'move'; session: number; date: string; kind: SessionKind }
  | { op: 'delete'; session: number }
  | { op: 'restore'; session: number }
  | { op: 'merge'; session: number; status: AttendanceStatus; tombstone: boolean }
  | { op: 'undo' }
  | { op: 'replicate'; session: number; date: string }
  | { op: 'erase'; person: number };

const MENTORS = 3;
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-${d % 2 ? '10' : '11'}-${String(d).padStart(2, '0')}`);
const kind = fc.constantFrom<SessionKind>('supervision', 'supervision', 'group');
const status = fc.constantFrom<AttendanceStatus>('present', 'present', 'excused', 'absent');
const sheet = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: MENTORS - 1 }), status), {
  minLength: 1,
  maxLength: MENTORS,
  selector: ([m]) => m,
});
const sessionIx = fc.nat({ max: 9 });

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('hold' as const), date: day, kind, rows: sheet }), weight: 4 },
  fc.record({ op: fc.constant('resheet' as const), session: sessionIx, rows: sheet }),
  fc.record({ op: fc.constant('move' as const), session: sessionIx, date: day, kind }),
  fc.record({ op: fc.constant('delete' as const), session: sessionIx }),
  fc.record({ op: fc.constant('restore' as const), session: sessionIx }),
  fc.record({ op: fc.constant('merge' as const), session: sessionIx, status, tombstone: fc.boolean() }),
  fc.record({ op: fc.constant('undo' as const) }),
  fc.record({ op: fc.constant('replicate' as const), session: sessionIx, date: day }),
  fc.record({ op: fc.constant('erase' as const), person: fc.nat({ max: MENTORS - 1 }) }),
);

const exportFile = async () =>
  createBackupFile({ tables: await dumpTables(), info: info(), passphrase: 'test passphrase', workFactor: 10 });
const openFile = async (bytes: Uint8Array) =>
  (await openBackupFile({ bytes, passphrase: 'test passphrase', schemaVersion: SCHEMA_VERSION })).document;

describe('per-person summaries of attendance', () => {
  it('always equal the figure computed from the rows, over random writes, merges and undos', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 10 }), async (ops) => {
        await resetDatabase();
        await putMeta('deviceId', DEVICE);
        const mentors = await Promise.all(Array.from({ length: MENTORS }, (_, i) => addMentor(`M${i}`, 'Testaaja')));
        const sessions: string[] = [];
        const pick = (i: number) => (sessions.length ? sessions[i % sessions.length] : undefined);
        const asRows = (rows: [number, AttendanceStatus][]) =>
          rows.map(([m, s]) => ({ personKind: 'mentor' as const, personId: mentors[m]!.id, status: s, hours: 1 }));
        for (const o of ops) {
          const id = 'session' in o ? pick(o.session) : undefined;
          const live = id ? (await db.sessions.get(id))?.deletedAt === null : false;
          switch (o.op) {
            case 'hold': {
              const s = await createSession(
                sessionInput({
                  date: o.date,
                  kind: o.kind,
                  subKind: o.kind === 'group' ? 'peerLed' : 'caseDiscussion',
                }),
              );
              await saveAttendance(s.id, asRows(o.rows));
              sessions.push(s.id);
              break;
            }
            case 'resheet':
              if (id && live) await saveAttendance(id, asRows(o.rows));
              break;
            case 'move':
              if (id && live)
                await updateSession(
                  id,
                  sessionInput({
                    date: o.date,
                    kind: o.kind,
                    subKind: o.kind === 'group' ? 'peerLed' : 'caseDiscussion',
                  }),
                );
              break;
            case 'delete':
              if (id && live) await deleteSession(id);
              break;
            case 'restore':
              if (id && !live) await restoreSession(id);
              break;
            case 'merge': {
              // Another PC's file: this session's rows with another status (or deleted there).
              if (!id) break;
              const tables = await dumpTables();
              tables.attendance = tables.attendance.map((a) =>
                (a as unknown as Attendance).sessionId === id
                  ? (stampWrite(
                      'attendance',
                      a as SyncRecord,
                      {
                        ...a,
                        ...(o.tombstone
                          ? { deletedAt: new Date().toISOString() }
                          : { status: o.status, hours: o.status === 'present' ? 1 : 0 }),
                      } as SyncRecord,
                      stampAt(new Date(Date.now() + 1000).toISOString(), OTHER_PC),
                    ) as StoredRecord)
                  : a,
              );
              const document = await openFile(
                (await createBackupFile({ tables, info: info(), passphrase: 'test passphrase', workFactor: 10 })).bytes,
              );
              await importBackup(document, 'merge');
              break;
            }
            case 'undo':
              await undoLastImport().catch(() => undefined); // nothing to undo is fine
              break;
            case 'replicate': {
              // Records copied verbatim (an import, an undo, the shared-folder sync): another date.
              if (!id) break;
              const rows = await db.attendance.where('sessionId').equals(id).toArray();
              await db.transaction('rw', db.attendance, async () => {
                markReplication();
                await db.attendance.bulkPut(rows.map((a) => ({ ...a, sessionDate: o.date })));
              });
              break;
            }
            case 'erase': {
              // An erasure removes the person's rows outright.
              const ids = await db.attendance.where('personId').equals(mentors[o.person]!.id).primaryKeys();
              await db.attendance.bulkDelete(ids);
              break;
            }
          }
          expect(await stored()).toEqual(await fromRows());
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('follows a clear and a re-add of every row (a replace), and a range deletion', async () => {
    const [a, b] = [await addMentor('Anna', 'Testaaja'), await addMentor('Béla', 'Teszt')];
    const s1 = await createSession(sessionInput({ date: '2026-10-01' }));
    const s2 = await createSession(sessionInput({ date: '2026-11-01' }));
    await saveAttendance(s1.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 1 }]);
    await saveAttendance(s2.id, [
      { personKind: 'mentor', personId: a.id, status: 'present', hours: 1 },
      { personKind: 'mentor', personId: b.id, status: 'present', hours: 1 },
    ]);
    expect(await stored()).toEqual(
      byId([
        { id: a.id, lastSupervision: '2026-11-01' },
        { id: b.id, lastSupervision: '2026-11-01' },
      ]),
    );
    const rows = await db.attendance.toArray();
    await db.attendance.clear();
    expect(await stored()).toEqual([]);
    await db.transaction('rw', db.attendance, async () => {
      markReplication();
      await db.attendance.bulkAdd(rows);
    });
    expect(await stored()).toEqual(await fromRows());
    // A range of primary keys deleted (Collection.delete over the primary key).
    const s2Rows = rows
      .filter((r) => r.sessionId === s2.id)
      .map((r) => r.id)
      .sort();
    await db.attendance.where(':id').between(s2Rows[0]!, s2Rows.at(-1)!, true, true).delete();
    expect(await stored()).toEqual(await fromRows());
    expect(await db.attendance.count()).toBeLessThan(rows.length);
  });

  it('follow a merged file that takes away the latest supervision, and its undo', async () => {
    const a = await addMentor('Anna', 'Testaaja');
    const early = await createSession(sessionInput({ date: '2026-10-01' }));
    const late = await createSession(sessionInput({ date: '2026-11-01' }));
    for (const s of [early, late])
      await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 1 }]);
    const tables = await dumpTables();
    tables.attendance = tables.attendance.map((r) =>
      (r as unknown as Attendance).sessionId === late.id
        ? (stampWrite(
            'attendance',
            r as SyncRecord,
            { ...r, status: 'absent', hours: 0 } as SyncRecord,
            stampAt(new Date(Date.now() + 1000).toISOString(), OTHER_PC),
          ) as StoredRecord)
        : r,
    );
    await importBackup(
      await openFile(
        (await createBackupFile({ tables, info: info(), passphrase: 'test passphrase', workFactor: 10 })).bytes,
      ),
      'merge',
    );
    expect(await stored()).toEqual([{ id: a.id, lastSupervision: '2026-10-01' }]);
    await undoLastImport();
    expect(await stored()).toEqual([{ id: a.id, lastSupervision: '2026-11-01' }]);
  });

  it('are rebuilt from the rows after a write that bypassed Dexie', async () => {
    const a = await addMentor('Anna', 'Testaaja');
    const s = await createSession(sessionInput({ date: '2026-10-01' }));
    await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 1 }]);
    // As a raw IndexedDB write would leave them: out of step.
    await db.personSummaries.clear();
    await db.personSummaries.put({ id: 'nobody', lastSupervision: '2020-01-01' });
    expect(await rebuildPersonSummaries(db)).toBe(1);
    expect(await stored()).toEqual([{ id: a.id, lastSupervision: '2026-10-01' }]);
  });

  it('are not written into a backup (not a domain table)', async () => {
    const a = await addMentor('Anna', 'Testaaja');
    const s = await createSession(sessionInput({ date: '2026-10-01' }));
    await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 1 }]);
    const tables = (await dumpTables()) as unknown as Record<string, StoredRecord[]>;
    expect(Object.keys(tables)).not.toContain('personSummaries');
    expect((await exportFile()).bytes.length).toBeGreaterThan(0);
  });
});
