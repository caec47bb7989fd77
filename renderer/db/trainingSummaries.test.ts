import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from './db';
import { putMeta } from './meta';
import { resetDatabase } from './testing';
import { markReplication } from './writePath';
import { creditsOfSummaries, progressRowsOf, rebuildTrainingSummaries, summariesOfRows } from './trainingSummaries';
import { createBackupFile, openBackupFile } from '../../shared/backup/pipeline';
import { computeManyProgress, computeManyReadiness, type ProgressModule } from '../../shared/training/progress';
import { SCHEMA_VERSION } from './AppDB';
import type { Attendance, AttendanceStatus, SessionKind } from '../../shared/domain/session';
import type { StoredRecord } from '../../shared/backup/format';
import { dumpTables, importBackup, undoLastImport } from '../features/backup/backupRepo';
import { createSession, deleteSession, restoreSession, updateSession } from '../features/sessions/sessionsRepo';
import { saveAttendance } from '../features/sessions/attendanceRepo';
import { createShadowing, deleteShadowing, updateShadowing } from '../features/training/shadowingRepo';
import { addMentor, sessionInput } from '../../tests/fixtures/records';
import { info, stampAt } from '../../tests/fixtures/backup/records';
import { stampWrite, type SyncRecord } from '../../shared/sync/record';

/**
 * The per-person training summaries (./trainingSummaries.ts) must always equal what the rows say,
 * whoever writes them — the repositories (attendance sheets; a training session moved, given other
 * modules, turned into another kind, deleted and restored; shadowing logged, changed, deleted), a
 * merge of another PC's file and its undo, replicated writes as import, undo and sync make them, an
 * erasure's deletions, a clear and a re-add — and progress computed from them must equal progress
 * computed from the rows themselves.
 */

const DEVICE = '11111111-2222-4333-8444-555555555555';
/** The node of the other PC whose files are merged (its stamps win: a second ahead). */
const OTHER_PC = 'a2a2a2a2a2a2a2a2';
const PROGRAMME = '0b0b0b0b-0000-4000-8000-000000000001';
/** Three modules of one programme; the fourth id names a module that does not exist. */
const MODULE_IDS = [
  '0c0c0c0c-0000-4000-8000-000000000001',
  '0c0c0c0c-0000-4000-8000-000000000002',
  '0c0c0c0c-0000-4000-8000-000000000003',
  '0c0c0c0c-0000-4000-8000-000000000004',
];
const MODULES: ProgressModule[] = MODULE_IDS.slice(0, 3).map((id, i) => ({
  id,
  programmeId: PROGRAMME,
  name: `Module ${i + 1}`,
  requiredHours: 2 + i,
  mandatory: i < 2,
  order: i,
  deletedAt: null,
}));

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The summaries as stored, and as computed from every row. */
const stored = async () => byId(await db.trainingSummaries.toArray());
const fromRows = async () =>
  byId(
    summariesOfRows({
      attendance: await db.attendance.toArray(),
      sessions: await db.sessions.toArray(),
      shadowing: await db.shadowing.toArray(),
    }),
  );

/** The summaries and the credits as stored equal what every row gives. */
const expectInStep = async () => {
  const rows = await fromRows();
  expect(await stored()).toEqual(rows);
  expect(byId(await db.trainingCredits.toArray())).toEqual(creditsOfSummaries(rows));
};

/** Progress of these mentors from the summaries, and from every row (the rules applied to the rows themselves). */
const progressBoth = async (mentorIds: string[]) => {
  const mentors = mentorIds.map((id) => ({ id, programmeIds: [PROGRAMME] }));
  const summaries = await db.trainingSummaries.bulkGet(mentorIds);
  return {
    fromSummaries: computeManyProgress({ mentors, modules: MODULES, ...progressRowsOf(summaries) }),
    fromRows: computeManyProgress({
      mentors,
      modules: MODULES,
      sessions: await db.sessions.toArray(),
      attendance: await db.attendance.toArray(),
      shadowing: await db.shadowing.toArray(),
    }),
  };
};

beforeEach(async () => {
  await resetDatabase();
  await putMeta('deviceId', DEVICE);
});

type Op =
  | { op: 'hold'; date: string; kind: SessionKind; modules: number[]; rows: [number, AttendanceStatus, number][] }
  | { op: 'resheet'; session: number; rows: [number, AttendanceStatus, number][] }
  | { op: 'move'; session: number; date: string; kind: SessionKind; modules: number[] }
  | { op: 'delete'; session: number }
  | { op: 'restore'; session: number }
  | { op: 'shadow'; mentor: number; date: string; hours: number; modules: number[] }
  | { op: 'reshadow'; shadowing: number; hours: number; modules: number[] }
  | { op: 'unshadow'; shadowing: number }
  | { op: 'merge'; session: number; status: AttendanceStatus; tombstone: boolean }
  | { op: 'remoteSession'; session: number; modules: number[]; date: string; tombstone: boolean }
  | { op: 'undo' }
  | { op: 'replicate'; session: number; hours: number }
  | { op: 'erase'; person: number };

const MENTORS = 3;
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-${d % 2 ? '10' : '11'}-${String(d).padStart(2, '0')}`);
const kind = fc.constantFrom<SessionKind>('training', 'training', 'training', 'group');
const status = fc.constantFrom<AttendanceStatus>('present', 'present', 'excused', 'absent');
const hours = fc.integer({ min: 1, max: 4 });
const modules = fc.uniqueArray(fc.nat({ max: MODULE_IDS.length - 1 }), { maxLength: 3 });
const sheet = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: MENTORS - 1 }), status, hours), {
  minLength: 1,
  maxLength: MENTORS,
  selector: ([m]) => m,
});
const ix = fc.nat({ max: 9 });

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('hold' as const), date: day, kind, modules, rows: sheet }), weight: 4 },
  fc.record({ op: fc.constant('resheet' as const), session: ix, rows: sheet }),
  fc.record({ op: fc.constant('move' as const), session: ix, date: day, kind, modules }),
  fc.record({ op: fc.constant('delete' as const), session: ix }),
  fc.record({ op: fc.constant('restore' as const), session: ix }),
  {
    arbitrary: fc.record({
      op: fc.constant('shadow' as const),
      mentor: fc.nat({ max: MENTORS - 1 }),
      date: day,
      hours,
      modules,
    }),
    weight: 2,
  },
  fc.record({ op: fc.constant('reshadow' as const), shadowing: ix, hours, modules }),
  fc.record({ op: fc.constant('unshadow' as const), shadowing: ix }),
  fc.record({ op: fc.constant('merge' as const), session: ix, status, tombstone: fc.boolean() }),
  fc.record({ op: fc.constant('remoteSession' as const), session: ix, modules, date: day, tombstone: fc.boolean() }),
  fc.record({ op: fc.constant('undo' as const) }),
  fc.record({ op: fc.constant('replicate' as const), session: ix, hours }),
  fc.record({ op: fc.constant('erase' as const), person: fc.nat({ max: MENTORS - 1 }) }),
);

const openFile = async (bytes: Uint8Array) =>
  (await openBackupFile({ bytes, passphrase: 'test passphrase', schemaVersion: SCHEMA_VERSION })).document;

const trainingInput = (date: string, k: SessionKind, mods: number[]) =>
  sessionInput({
    title: 'Alapképzés',
    date,
    kind: k,
    subKind: k === 'training' ? 'course' : 'peerLed',
    moduleIds: mods.map((m) => MODULE_IDS[m]!),
  });

describe('per-person training summaries', () => {
  it('always equal the rows, and give the same progress as the rows, over random writes, merges and undos', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 10 }), async (ops) => {
        await resetDatabase();
        await putMeta('deviceId', DEVICE);
        const mentors = await Promise.all(Array.from({ length: MENTORS }, (_, i) => addMentor(`M${i}`, 'Testaaja')));
        const sessions: string[] = [];
        const shadowing: string[] = [];
        const pick = (xs: string[], i: number) => (xs.length ? xs[i % xs.length] : undefined);
        const asRows = (rows: [number, AttendanceStatus, number][]) =>
          rows.map(([m, s, h]) => ({ personKind: 'mentor' as const, personId: mentors[m]!.id, status: s, hours: h }));
        for (const o of ops) {
          const id = 'session' in o ? pick(sessions, o.session) : undefined;
          const live = id ? (await db.sessions.get(id))?.deletedAt === null : false;
          const sh = 'shadowing' in o ? pick(shadowing, o.shadowing) : undefined;
          const shLive = sh ? (await db.shadowing.get(sh))?.deletedAt === null : false;
          switch (o.op) {
            case 'hold': {
              const s = await createSession(trainingInput(o.date, o.kind, o.modules));
              await saveAttendance(s.id, asRows(o.rows));
              sessions.push(s.id);
              break;
            }
            case 'resheet':
              if (id && live) await saveAttendance(id, asRows(o.rows));
              break;
            case 'move':
              if (id && live) await updateSession(id, trainingInput(o.date, o.kind, o.modules));
              break;
            case 'delete':
              if (id && live) await deleteSession(id);
              break;
            case 'restore':
              if (id && !live) await restoreSession(id);
              break;
            case 'shadow': {
              const s = await createShadowing({
                mentorId: mentors[o.mentor]!.id,
                professionalName: 'Kovács Éva',
                date: o.date,
                hours: o.hours,
                area: 'Lakhatás',
                moduleIds: o.modules.map((m) => MODULE_IDS[m]!),
              });
              shadowing.push(s.id);
              break;
            }
            case 'reshadow':
              if (sh && shLive) {
                const s = (await db.shadowing.get(sh))!;
                await updateShadowing(sh, { ...s, hours: o.hours, moduleIds: o.modules.map((m) => MODULE_IDS[m]!) });
              }
              break;
            case 'unshadow':
              if (sh && shLive) await deleteShadowing(sh);
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
                        ...(o.tombstone ? { deletedAt: new Date().toISOString() } : { status: o.status }),
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
            case 'remoteSession': {
              // Another PC's file changed only the session (its modules, its date, or deleted it):
              // its attendance rows are not written again.
              if (!id) break;
              const tables = await dumpTables();
              tables.sessions = tables.sessions.map((r) =>
                r.id === id
                  ? (stampWrite(
                      'sessions',
                      r as SyncRecord,
                      {
                        ...r,
                        moduleIds: o.modules.map((m) => MODULE_IDS[m]!),
                        date: o.date,
                        ...(o.tombstone ? { deletedAt: new Date().toISOString() } : {}),
                      } as SyncRecord,
                      stampAt(new Date(Date.now() + 1000).toISOString(), OTHER_PC),
                    ) as StoredRecord)
                  : r,
              );
              await importBackup(
                await openFile(
                  (await createBackupFile({ tables, info: info(), passphrase: 'test passphrase', workFactor: 10 }))
                    .bytes,
                ),
                'merge',
              );
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
              // An erasure removes rows outright.
              const person = mentors[o.person]!.id;
              const [att, shs] = await Promise.all([
                db.attendance.where('personId').equals(person).primaryKeys(),
                db.shadowing.where('mentorId').equals(person).primaryKeys(),
              ]);
              await db.transaction('rw', db.attendance, db.shadowing, async () => {
                await db.attendance.bulkDelete(att);
                await db.shadowing.bulkDelete(shs);
              });
              break;
            }
          }
          await expectInStep();
          const progress = await progressBoth(mentors.map((m) => m.id));
          expect(progress.fromSummaries).toEqual(progress.fromRows);
          // Readiness from the credits alone says what the whole progress from the rows says.
          const credits = await db.trainingCredits.toArray();
          const readiness = computeManyReadiness({
            mentors: mentors.map((m) => ({ id: m.id, programmeIds: [PROGRAMME] })),
            modules: MODULES,
            sourcesOf: (id) =>
              (credits.find((c) => c.id === id)?.credits ?? []).map(([moduleIds, hours]) => ({ moduleIds, hours })),
          });
          for (const [id, p] of progress.fromRows) {
            expect(readiness.get(id)?.ready).toBe(p.ready);
            expect(readiness.get(id)?.missingMandatory.map((m) => m.id)).toEqual(
              p.missingMandatory.map((m) => m.moduleId),
            );
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 180_000);

  it('hold a session given after its attendance, follow a clear and a re-add (a replace), and a range deletion', async () => {
    const [a, b] = [await addMentor('Anna', 'Testaaja'), await addMentor('Béla', 'Teszt')];
    const s1 = await createSession(trainingInput('2026-10-01', 'training', [0]));
    const s2 = await createSession(trainingInput('2026-11-01', 'training', [0, 1]));
    await saveAttendance(s1.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 2 }]);
    await saveAttendance(s2.id, [
      { personKind: 'mentor', personId: a.id, status: 'present', hours: 4 },
      { personKind: 'mentor', personId: b.id, status: 'present', hours: 4 },
    ]);
    const first = await stored();
    expect(first.map((s) => s.entries.length)).toEqual(a.id < b.id ? [2, 1] : [1, 2]);
    expect(first).toEqual(await fromRows());

    // A replace writes the rows back in whatever order its tables come: attendance first here.
    const [sessions, rows] = [await db.sessions.toArray(), await db.attendance.toArray()];
    await db.transaction('rw', db.sessions, db.attendance, async () => {
      await db.sessions.clear();
      await db.attendance.clear();
    });
    expect(await stored()).toEqual([]);
    await db.transaction('rw', db.sessions, db.attendance, async () => {
      markReplication();
      await db.attendance.bulkAdd(rows);
      await db.sessions.bulkAdd(sessions);
    });
    expect(await stored()).toEqual(first);

    // Sessions cleared alone: the entries stay, crediting nothing until the sessions come back.
    await db.sessions.clear();
    expect((await stored()).flatMap((s) => s.entries.map((e) => e.date))).toEqual([null, null, null]);
    await expectInStep();
    await db.transaction('rw', db.sessions, async () => {
      markReplication();
      await db.sessions.bulkAdd(sessions);
    });
    expect(await stored()).toEqual(first);

    // A range of primary keys deleted (Collection.delete over the primary key).
    const ids = rows.map((r) => r.id).sort();
    await db.attendance.where(':id').between(ids[0]!, ids[1]!, true, true).delete();
    await expectInStep();
    expect(await db.attendance.count()).toBe(1);
  });

  it('follow a merged file that takes away the attendance that completed a module, and its undo', async () => {
    const a = await addMentor('Anna', 'Testaaja');
    const early = await createSession(trainingInput('2026-10-01', 'training', [0]));
    const late = await createSession(trainingInput('2026-11-01', 'training', [0]));
    for (const s of [early, late])
      await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 1 }]);
    const completedOn = async () =>
      (await progressBoth([a.id])).fromSummaries.get(a.id)!.modules.find((m) => m.moduleId === MODULE_IDS[0])!
        .completedOn;
    expect(await completedOn()).toBe('2026-11-01');
    const tables = await dumpTables();
    tables.attendance = tables.attendance.map((r) =>
      (r as unknown as Attendance).sessionId === late.id
        ? (stampWrite(
            'attendance',
            r as SyncRecord,
            { ...r, status: 'absent' } as SyncRecord,
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
    expect(await completedOn()).toBeNull();
    await undoLastImport();
    expect(await completedOn()).toBe('2026-11-01');
    await expectInStep();
  });

  it('are rebuilt from the rows after a write that bypassed Dexie, and never leave the PC', async () => {
    const a = await addMentor('Anna', 'Testaaja');
    const s = await createSession(trainingInput('2026-10-01', 'training', [1]));
    await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 3 }]);
    const expected = await stored();
    // As a raw IndexedDB write would leave them: out of step.
    await db.trainingSummaries.clear();
    await db.trainingSummaries.put({ id: 'nobody', entries: [] });
    await db.trainingCredits.clear();
    await db.trainingCredits.put({ id: 'nobody', credits: [] });
    expect(await rebuildTrainingSummaries(db)).toBe(1);
    expect(await stored()).toEqual(expected);
    expect(await db.trainingCredits.toArray()).toEqual([{ id: a.id, credits: [[[MODULE_IDS[1]], 3]] }]);
    const dumped = Object.keys(await dumpTables());
    expect(dumped).not.toContain('trainingSummaries');
    expect(dumped).not.toContain('trainingCredits');
  });
});
