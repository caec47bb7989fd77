import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from './db';
import { putMeta } from './meta';
import { resetDatabase } from './testing';
import { markReplication } from './writePath';
import {
  digestsOfRows,
  rebuildDayDigests,
  type AttendanceEntry,
  type ContactEntry,
  type DayDigest,
  type SessionEntry,
} from './dayDigests';
import { createBackupFile, openBackupFile } from '../../shared/backup/pipeline';
import { SCHEMA_VERSION } from './AppDB';
import type { AttendanceStatus } from '../../shared/domain/session';
import type { StoredRecord } from '../../shared/backup/format';
import { dumpTables, importBackup, undoLastImport } from '../features/backup/backupRepo';
import { createSession, deleteSession, restoreSession, updateSession } from '../features/sessions/sessionsRepo';
import { saveAttendance } from '../features/sessions/attendanceRepo';
import {
  addContactLog,
  changePairingStatus,
  createPairing,
  deleteContactLog,
  restoreContactLog,
  updateContactLog,
} from '../features/pairings/pairingsRepo';
import { createProgramme } from '../features/programmes/programmesRepo';
import { createMentee } from '../features/mentees/menteesRepo';
import { erasePerson } from '../features/erasure/erasureRepo';
import { addMentor, sessionInput } from '../../tests/fixtures/records';
import { info, stampAt } from '../../tests/fixtures/backup/records';
import { stampWrite, type SyncRecord } from '../../shared/sync/record';

/**
 * The day digests (./dayDigests.ts) of sessions, attendance and contact logs must always equal
 * what the rows say, whoever writes them —
 * the repositories (attendance sheets with walk-ins; a session moved to another day, deleted and
 * restored; contact logs logged, moved, deleted and restored), a merge of another PC's file and
 * its undo, replicated writes as import, undo and sync make them, an erasure — and a clear and a
 * re-add (a replace).
 */

const DEVICE = '11111111-2222-4333-8444-555555555555';
/** The node of the other PC whose files are merged (its stamps win: a second ahead). */
const OTHER_PC = 'a2a2a2a2a2a2a2a2';
const PASSPHRASE = 'test passphrase';

const byId = <E extends [string, ...unknown[]]>(xs: DayDigest<E>[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The digests as stored, and as computed from every row. */
const stored = async () => ({
  sessions: byId(await db.sessionDays.toArray()),
  attendance: byId(await db.attendanceDays.toArray()),
  contacts: byId(await db.contactDays.toArray()),
});
const fromRows = async () => ({
  sessions: byId(digestsOfRows<SessionEntry>('sessions', await db.sessions.toArray())),
  attendance: byId(digestsOfRows<AttendanceEntry>('attendance', await db.attendance.toArray())),
  contacts: byId(digestsOfRows<ContactEntry>('contactLogs', await db.contactLogs.toArray())),
});

const openFile = async (bytes: Uint8Array) =>
  (await openBackupFile({ bytes, passphrase: PASSPHRASE, schemaVersion: SCHEMA_VERSION })).document;
const fileOf = async (tables: Awaited<ReturnType<typeof dumpTables>>) =>
  openFile((await createBackupFile({ tables, info: info(), passphrase: PASSPHRASE, workFactor: 10 })).bytes);
/** A record as another PC changed it, a second later (its change wins a merge). */
const changedElsewhere = (table: string, r: StoredRecord, change: Record<string, unknown>) =>
  stampWrite(
    table as 'attendance',
    r as SyncRecord,
    { ...r, ...change } as SyncRecord,
    stampAt(new Date(Date.now() + 1000).toISOString(), OTHER_PC),
  ) as StoredRecord;

beforeEach(async () => {
  await resetDatabase();
  await putMeta('deviceId', DEVICE);
});

type Row = [person: number, status: AttendanceStatus, hours: number];
type Op =
  | { op: 'hold'; date: string; rows: Row[]; walkIn: boolean }
  | { op: 'resheet'; session: number; rows: Row[] }
  | { op: 'move'; session: number; date: string }
  | { op: 'delete'; session: number }
  | { op: 'restore'; session: number }
  | { op: 'log'; pairing: number; date: string; minutes: number; crisis: boolean }
  | { op: 'relog'; log: number; date: string; minutes: number }
  | { op: 'unlog'; log: number }
  | { op: 'unremove'; log: number }
  | { op: 'merge'; session: number; log: number; status: AttendanceStatus; date: string; tombstone: boolean }
  | { op: 'undo' }
  | { op: 'replicate'; session: number; hours: number }
  | { op: 'erase'; person: number };

const MENTORS = 3;
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-${d % 2 ? '10' : '11'}-${String(d).padStart(2, '0')}`);
const status = fc.constantFrom<AttendanceStatus>('present', 'present', 'excused', 'absent');
const hours = fc.integer({ min: 1, max: 4 });
const sheet = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: MENTORS - 1 }), status, hours), {
  minLength: 1,
  maxLength: MENTORS,
  selector: ([m]) => m,
});
const ix = fc.nat({ max: 9 });

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({ op: fc.constant('hold' as const), date: day, rows: sheet, walkIn: fc.boolean() }),
    weight: 3,
  },
  fc.record({ op: fc.constant('resheet' as const), session: ix, rows: sheet }),
  fc.record({ op: fc.constant('move' as const), session: ix, date: day }),
  fc.record({ op: fc.constant('delete' as const), session: ix }),
  fc.record({ op: fc.constant('restore' as const), session: ix }),
  {
    arbitrary: fc.record({
      op: fc.constant('log' as const),
      pairing: fc.nat({ max: MENTORS - 1 }),
      date: day,
      minutes: fc.integer({ min: 0, max: 180 }),
      crisis: fc.boolean(),
    }),
    weight: 3,
  },
  fc.record({ op: fc.constant('relog' as const), log: ix, date: day, minutes: fc.integer({ min: 0, max: 180 }) }),
  fc.record({ op: fc.constant('unlog' as const), log: ix }),
  fc.record({ op: fc.constant('unremove' as const), log: ix }),
  fc.record({ op: fc.constant('merge' as const), session: ix, log: ix, status, date: day, tombstone: fc.boolean() }),
  fc.record({ op: fc.constant('undo' as const) }),
  fc.record({ op: fc.constant('replicate' as const), session: ix, hours }),
  fc.record({ op: fc.constant('erase' as const), person: fc.nat({ max: MENTORS - 1 }) }),
);

describe('day digests of attendance and contact logs', () => {
  it('always equal the rows, over random writes, merges, undos and erasures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 10 }), async (ops) => {
        await resetDatabase();
        await putMeta('deviceId', DEVICE);
        const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
        const mentors = await Promise.all(Array.from({ length: MENTORS }, (_, i) => addMentor(`M${i}`, 'Testaaja')));
        const pairings: string[] = [];
        for (const m of mentors) {
          const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: '2026-01-01' });
          const p = await createPairing({ mentorId: m.id, menteeId: mentee.id, programmeId }, { date: '2026-01-10' });
          await changePairingStatus(p.id, 'active', '2026-01-10');
          pairings.push(p.id);
        }
        const sessions: string[] = [];
        const logs: string[] = [];
        const erased = new Set<string>();
        const pick = (xs: string[], i: number) => (xs.length ? xs[i % xs.length] : undefined);
        const asRows = (rows: Row[], walkIn = false) => [
          ...rows
            .filter(([m]) => !erased.has(mentors[m]!.id))
            .map(([m, s, h]) => ({ personKind: 'mentor' as const, personId: mentors[m]!.id, status: s, hours: h })),
          ...(walkIn
            ? [{ personKind: 'walkIn' as const, walkInName: 'Virtanen Aino', status: 'present' as const, hours: 1 }]
            : []),
        ];
        for (const o of ops) {
          const id = 'session' in o ? pick(sessions, o.session) : undefined;
          const live = id ? (await db.sessions.get(id))?.deletedAt === null : false;
          const log = 'log' in o ? pick(logs, o.log) : undefined;
          const logRow = log ? await db.contactLogs.get(log) : undefined;
          switch (o.op) {
            case 'hold': {
              const s = await createSession(sessionInput({ date: o.date }));
              const rows = asRows(o.rows, o.walkIn);
              if (rows.length > 0) await saveAttendance(s.id, rows);
              sessions.push(s.id);
              break;
            }
            case 'resheet': {
              const rows = asRows(o.rows);
              if (id && live && rows.length > 0) await saveAttendance(id, rows);
              break;
            }
            case 'move':
              if (id && live) await updateSession(id, sessionInput({ date: o.date }));
              break;
            case 'delete':
              if (id && live) await deleteSession(id);
              break;
            case 'restore':
              if (id && !live) await restoreSession(id);
              break;
            case 'log': {
              const pairingId = pairings[o.pairing]!;
              if (!(await db.pairings.get(pairingId))) break; // erased with its mentor
              const l = await addContactLog({
                pairingId,
                date: o.date,
                durationMinutes: o.minutes,
                kind: 'meeting',
                crisis: o.crisis,
              });
              logs.push(l.id);
              break;
            }
            case 'relog':
              if (logRow && logRow.deletedAt === null)
                await updateContactLog(logRow.id, { ...logRow, date: o.date, durationMinutes: o.minutes });
              break;
            case 'unlog':
              if (logRow && logRow.deletedAt === null) await deleteContactLog(logRow.id);
              break;
            case 'unremove':
              if (logRow && logRow.deletedAt !== null) await restoreContactLog(logRow.id);
              break;
            case 'merge': {
              // Another PC's file: this session's rows with another status (or deleted there), and
              // a contact log moved to another day (or deleted there).
              const tables = await dumpTables();
              const gone = o.tombstone ? { deletedAt: new Date().toISOString() } : {};
              tables.attendance = tables.attendance.map((a) =>
                (a as unknown as { sessionId: string }).sessionId === id
                  ? changedElsewhere('attendance', a, { status: o.status, ...gone })
                  : a,
              );
              tables.contactLogs = tables.contactLogs.map((l) =>
                l.id === log ? changedElsewhere('contactLogs', l, { date: o.date, ...gone }) : l,
              );
              await importBackup(await fileOf(tables), 'merge');
              break;
            }
            case 'undo':
              await undoLastImport().catch(() => undefined); // nothing to undo is fine
              break;
            case 'replicate': {
              // Records copied verbatim (an import, an undo, the shared-folder sync): other hours.
              if (!id) break;
              const rows = await db.attendance.where('sessionId').equals(id).toArray();
              await db.transaction('rw', db.attendance, async () => {
                markReplication();
                await db.attendance.bulkPut(rows.map((a) => ({ ...a, hours: o.hours })));
              });
              break;
            }
            case 'erase': {
              const person = mentors[o.person]!.id;
              if (erased.has(person) || !(await db.mentors.get(person))) break;
              await erasePerson('mentors', person);
              erased.add(person);
              break;
            }
          }
          expect(await stored()).toEqual(await fromRows());
        }
      }),
      { numRuns: 25 },
    );
  }, 240_000);

  it('follow a clear and a re-add (a replace), and a range deletion', async () => {
    const a = await addMentor('Anna', 'Testaaja');
    const s1 = await createSession(sessionInput({ date: '2026-10-01' }));
    const s2 = await createSession(sessionInput({ date: '2026-10-01' }));
    await saveAttendance(s1.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 2 }]);
    await saveAttendance(s2.id, [
      { personKind: 'mentor', personId: a.id, status: 'present', hours: 1 },
      { personKind: 'walkIn', walkInName: 'Virtanen Aino', status: 'present', hours: 1 },
    ]);
    const first = await stored();
    expect(first.attendance.map((d) => [d.id, d.entries.length])).toEqual([['2026-10-01', 3]]);
    expect(first.attendance[0]!.entries.map((e) => e[4]).sort()).toEqual(['', '', 'Virtanen Aino']);

    const rows = await db.attendance.toArray();
    await db.attendance.clear();
    expect((await stored()).attendance).toEqual([]);
    await db.transaction('rw', db.attendance, async () => {
      markReplication();
      await db.attendance.bulkAdd(rows);
    });
    expect(await stored()).toEqual(first);

    const ids = rows.map((r) => r.id).sort();
    await db.attendance.where(':id').between(ids[0]!, ids[1]!, true, true).delete();
    expect(await stored()).toEqual(await fromRows());
    expect((await stored()).attendance[0]!.entries).toHaveLength(1);
  });

  it('are rebuilt from the rows after a write that bypassed Dexie, and never leave the PC', async () => {
    const a = await addMentor('Anna', 'Testaaja');
    const s = await createSession(sessionInput({ date: '2026-10-01' }));
    await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 3 }]);
    const expected = await stored();
    // As a raw IndexedDB write would leave them: out of step.
    await db.attendanceDays.clear();
    await db.attendanceDays.put({ id: '2020-01-01', entries: [] });
    expect(await rebuildDayDigests(db)).toBe(2); // the session's day and its attendance's
    expect(await stored()).toEqual(expected);
    const tables = Object.keys(await dumpTables());
    expect(tables).not.toContain('sessionDays');
    expect(tables).not.toContain('attendanceDays');
    expect(tables).not.toContain('contactDays');
  });
});
