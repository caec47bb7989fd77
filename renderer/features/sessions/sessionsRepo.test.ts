import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import type { PersonRef } from '../../../shared/domain/base';
import {
  OverCapacityError,
  createSession,
  deleteSession,
  getSession,
  listSessions,
  listSessionsOfPerson,
  repeatSession,
  restoreSession,
  setFollowUpDone,
  updateFollowUp,
  updateSession,
} from './sessionsRepo';
import {
  lastSupervisionDate,
  listAttendanceByPerson,
  listAttendanceForSession,
  saveAttendance,
} from './attendanceRepo';
import { listSupervisionOverdue } from './supervisionOverdue';
import { addMentor, sessionInput } from '../../../tests/fixtures/records';

const people = (n: number): PersonRef[] =>
  Array.from({ length: n }, () => ({ kind: 'mentor', id: crypto.randomUUID() }));

beforeEach(resetDatabase);

describe('sessions', () => {
  it('derives the facilitator and participant ids for the indexes, without duplicates', async () => {
    const [a, b] = people(2) as [PersonRef, PersonRef];
    const s = await createSession(sessionInput({ facilitators: [a], expected: [a, b, a] }));
    expect(s.facilitatorIds).toEqual([a.id]);
    expect(s.expectedIds).toEqual([a.id, b.id]);
    expect((await listSessions({ facilitatorId: a.id, limit: 10 })).map((x) => x.id)).toEqual([s.id]);
    expect((await listSessions({ participantId: b.id, limit: 10 })).map((x) => x.id)).toEqual([s.id]);
  });

  it('rejects bad input without writing anything', async () => {
    await expect(createSession(sessionInput({ endTime: '16:00' }))).rejects.toThrow();
    await expect(createSession(sessionInput({ kind: 'event' }))).rejects.toThrow(); // caseDiscussion is not an event type
    expect(await db.sessions.count()).toBe(0);
  });

  it('a case discussion refuses an 11th participant unless confirmed, then records the warning once', async () => {
    const ten = await createSession(sessionInput({ expected: people(10) }));
    expect(ten.warnings).toEqual([]);
    const eleven = sessionInput({ expected: people(11) });
    await expect(updateSession(ten.id, eleven)).rejects.toBeInstanceOf(OverCapacityError);
    expect((await getSession(ten.id))?.expected).toHaveLength(10);

    const saved = await updateSession(ten.id, eleven, { confirmOverCapacity: true });
    expect(saved.warnings).toHaveLength(1);
    expect(saved.warnings[0]).toMatchObject({ kind: 'overCapacity', count: 11 });
    expect(Date.parse(saved.warnings[0]?.at ?? '')).not.toBeNaN();
    // Saving again with the same people does not repeat the warning; a twelfth person adds one.
    const again = await updateSession(ten.id, { ...eleven, topic: 'x' }, { confirmOverCapacity: true });
    expect(again.warnings).toHaveLength(1);
    const twelve = await updateSession(
      ten.id,
      { ...eleven, expected: [...(eleven.expected ?? []), ...people(1)] },
      { confirmOverCapacity: true },
    );
    expect(twelve.warnings.map((w) => w.count)).toEqual([11, 12]);
  });

  it('an explicit capacity applies to every kind', async () => {
    await expect(
      createSession(sessionInput({ kind: 'event', subKind: 'roundtable', capacity: 2, expected: people(3) })),
    ).rejects.toBeInstanceOf(OverCapacityError);
    const ok = await createSession(sessionInput({ kind: 'event', subKind: 'roundtable', expected: people(30) }));
    expect(ok.warnings).toEqual([]);
  });

  it('lists by date range, kind and programme through the indexes, in order, with a limit', async () => {
    const prog = crypto.randomUUID();
    await createSession(sessionInput({ title: 'A', date: '2026-11-01' }));
    await createSession(
      sessionInput({ title: 'B', date: '2026-11-05', kind: 'event', subKind: 'openDay', programmeId: prog }),
    );
    await createSession(sessionInput({ title: 'C', date: '2026-11-05', startTime: '09:00', endTime: '10:00' }));
    await createSession(sessionInput({ title: 'D', date: '2026-12-01' }));
    const titles = async (f: Parameters<typeof listSessions>[0]) => (await listSessions(f)).map((s) => s.title);
    expect(await titles({ from: '2026-11-01', to: '2026-11-30', limit: 10 })).toEqual(['A', 'C', 'B']);
    expect(await titles({ to: '2026-11-30', descending: true, limit: 2 })).toEqual(['B', 'C']);
    expect(await titles({ kind: 'supervision', from: '2026-11-02', limit: 10 })).toEqual(['C', 'D']);
    expect(await titles({ programmeId: prog, limit: 10 })).toEqual(['B']);
  });

  it("lists one person's sessions (facilitated or expected at) by date, kind and programme, in order, with a limit", async () => {
    const [me, other] = people(2) as [PersonRef, PersonRef];
    const prog = crypto.randomUUID();
    const expectedAt = (title: string, date: string, more: Parameters<typeof sessionInput>[0] = {}) =>
      createSession(sessionInput({ title, date, expected: [me, other], ...more }));
    await expectedAt('A', '2026-11-10');
    await expectedAt('B', '2026-11-03', { startTime: '09:00', endTime: '10:00' });
    await expectedAt('C', '2026-11-03');
    await expectedAt('D', '2026-11-20', { kind: 'event', subKind: 'openDay', programmeId: prog });
    await deleteSession((await expectedAt('E', '2026-11-15')).id);
    await createSession(sessionInput({ title: 'F', date: '2026-11-04', expected: [other] }));
    await createSession(sessionInput({ title: 'G', date: '2026-11-05', facilitators: [me], expected: [other] }));
    const titles = async (f: Omit<Parameters<typeof listSessions>[0], 'participantId' | 'limit'>, limit = 10) =>
      (await listSessions({ ...f, participantId: me.id, limit })).map((s) => s.title);
    expect(await titles({})).toEqual(['B', 'C', 'A', 'D']);
    expect(await titles({ from: '2026-11-04' })).toEqual(['A', 'D']);
    expect(await titles({ to: '2026-11-10', descending: true }, 2)).toEqual(['A', 'C']);
    expect(await titles({ kind: 'event' })).toEqual(['D']);
    expect(await titles({ programmeId: prog })).toEqual(['D']);
    expect((await listSessions({ facilitatorId: me.id, limit: 10 })).map((s) => s.title)).toEqual(['G']);
  });

  it('marks a follow-up done', async () => {
    const fid = crypto.randomUUID();
    const s = await createSession(
      sessionInput({ followUps: [{ id: fid, text: 'Call the social worker', owner: 'Anna', dueDate: '2026-11-20' }] }),
    );
    expect(s.followUps[0]?.done).toBe(false);
    await setFollowUpDone(s.id, fid, true);
    expect((await getSession(s.id))?.followUps[0]?.done).toBe(true);
  });

  it('corrects one follow-up with the same schema as the form; bad input changes nothing', async () => {
    const [fid, other] = [crypto.randomUUID(), crypto.randomUUID()];
    const s = await createSession(
      sessionInput({
        followUps: [
          { id: fid, text: 'Cal the social worker', owner: 'Ana', dueDate: '2026-11-20' },
          { id: other, text: 'Book the room' },
        ],
      }),
    );
    await updateFollowUp(s.id, { id: fid, text: 'Call the social worker', owner: 'Anna', dueDate: null, done: true });
    const saved = await getSession(s.id);
    expect(saved?.followUps.map(({ stamp: _stamp, ...f }) => f)).toEqual([
      { id: fid, text: 'Call the social worker', owner: 'Anna', dueDate: null, done: true },
      { id: other, text: 'Book the room', owner: '', dueDate: null, done: false },
    ]);
    const before = await db.sessions.get(s.id);
    await expect(updateFollowUp(s.id, { id: fid, text: '  ' })).rejects.toThrow('validation.required');
    await expect(updateFollowUp(s.id, { id: fid, dueDate: '2026-02-30' })).rejects.toThrow();
    await expect(updateFollowUp(s.id, { id: crypto.randomUUID(), text: 'x' })).rejects.toThrow(
      'sessions:errors.followUpNotFound',
    );
    expect(await db.sessions.get(s.id)).toEqual(before);
  });

  it('repeats every N weeks until a date, in one series, without notes or follow-ups', async () => {
    const s = await createSession(
      sessionInput({
        kind: 'group',
        subKind: 'peerLed',
        date: '2026-10-13',
        confidentialNotes: 'private',
        followUps: [{ id: crypto.randomUUID(), text: 'x' }],
      }),
    );
    const copies = await repeatSession(s.id, { everyWeeks: 2, until: '2026-11-30' });
    expect(copies.map((c) => c.date)).toEqual(['2026-10-27', '2026-11-10', '2026-11-24']);
    const original = await getSession(s.id);
    expect(original?.seriesId).toBeTruthy();
    for (const c of copies) {
      expect(c.seriesId).toBe(original?.seriesId);
      expect(c.confidentialNotes).toBe('');
      expect(c.followUps).toEqual([]);
      expect(c.subKind).toBe('peerLed');
    }
  });
});

describe('attendance', () => {
  it('saves in one go, keeps rows by id, tombstones the removed ones, copies the session date and kind', async () => {
    const [a, b] = people(2) as [PersonRef, PersonRef];
    const s = await createSession(sessionInput({ expected: [a, b] }));
    const first = await saveAttendance(s.id, [
      { personKind: 'mentor', personId: a.id, status: 'present', hours: 1.5 },
      { personKind: 'mentor', personId: b.id, status: 'excused', hours: 0 },
      { personKind: 'walkIn', walkInName: 'Mari Virtanen', status: 'present', hours: 1.5 },
    ]);
    expect(first.every((r) => r.sessionDate === '2026-11-10' && r.sessionKind === 'supervision')).toBe(true);

    const second = await saveAttendance(s.id, [
      { id: first[0]?.id, personKind: 'mentor', personId: a.id, status: 'absent', hours: 0 },
    ]);
    expect(second[0]?.id).toBe(first[0]?.id);
    const live = await listAttendanceForSession(s.id);
    expect(live.map((r) => r.status)).toEqual(['absent']);
    expect(await db.attendance.count()).toBe(3); // the other two are tombstones, not gone
  });

  it('bad rows change nothing (validated before the write)', async () => {
    const [a] = people(1) as [PersonRef];
    const s = await createSession(sessionInput({ expected: [a] }));
    await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 1.5 }]);
    await expect(
      saveAttendance(s.id, [
        { personKind: 'mentor', personId: a.id, status: 'absent', hours: 0 },
        { personKind: 'walkIn', walkInName: '', status: 'present', hours: 1 },
      ]),
    ).rejects.toThrow();
    await expect(
      saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: -1 }]),
    ).rejects.toThrow();
    expect((await listAttendanceForSession(s.id)).map((r) => r.status)).toEqual(['present']);
  });

  it('follows the session when its date or kind changes (same transaction)', async () => {
    const [a] = people(1) as [PersonRef];
    const s = await createSession(sessionInput({ expected: [a] }));
    await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 1.5 }]);
    await updateSession(
      s.id,
      sessionInput({ expected: [a], date: '2026-11-17', kind: 'group', subKind: 'professionalLed' }),
    );
    const [row] = await listAttendanceByPerson(a.id);
    expect(row).toMatchObject({ sessionDate: '2026-11-17', sessionKind: 'group' });
    expect(await listAttendanceByPerson(a.id, 'supervision')).toEqual([]);
  });

  it("a person's attendance comes newest first, without deleted sessions' rows, up to the limit", async () => {
    const [a] = people(1) as [PersonRef];
    const made = [];
    for (const date of ['2026-03-01', '2026-05-01', '2026-04-01', '2026-06-01']) {
      const s = await createSession(sessionInput({ expected: [a], date }));
      await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 1 }]);
      made.push(s);
    }
    await deleteSession(made[3]!.id);
    expect((await listAttendanceByPerson(a.id)).map((r) => r.sessionDate)).toEqual([
      '2026-05-01',
      '2026-04-01',
      '2026-03-01',
    ]);
    expect((await listAttendanceByPerson(a.id, undefined, 2)).map((r) => r.sessionDate)).toEqual([
      '2026-05-01',
      '2026-04-01',
    ]);
  });

  it('deleting a session hides it and its attendance; undo brings both back', async () => {
    const [a] = people(1) as [PersonRef];
    const s = await createSession(sessionInput({ expected: [a] }));
    await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status: 'present', hours: 1.5 }]);
    await deleteSession(s.id);
    expect(await getSession(s.id)).toBeUndefined();
    expect(await listSessions({ limit: 10 })).toEqual([]);
    expect(await listAttendanceByPerson(a.id)).toEqual([]);
    expect(await lastSupervisionDate(a.id)).toBeNull();
    await restoreSession(s.id);
    expect((await getSession(s.id))?.id).toBe(s.id);
    expect(await lastSupervisionDate(a.id)).toBe('2026-11-10');
  });

  it("lists a person's attendance newest first and finds their last supervision (present only)", async () => {
    const [a] = people(1) as [PersonRef];
    const mk = async (date: string, status: 'present' | 'absent', kind: 'supervision' | 'training' = 'supervision') => {
      const s = await createSession(
        sessionInput({ date, expected: [a], kind, subKind: kind === 'training' ? 'course' : 'individual' }),
      );
      await saveAttendance(s.id, [{ personKind: 'mentor', personId: a.id, status, hours: 1 }]);
    };
    await mk('2026-09-01', 'present');
    await mk('2026-10-01', 'absent');
    await mk('2026-10-15', 'present', 'training');
    expect((await listAttendanceByPerson(a.id)).map((r) => r.sessionDate)).toEqual([
      '2026-10-15',
      '2026-10-01',
      '2026-09-01',
    ]);
    expect((await listAttendanceByPerson(a.id, 'supervision')).map((r) => r.sessionDate)).toEqual([
      '2026-10-01',
      '2026-09-01',
    ]);
    expect(await lastSupervisionDate(a.id)).toBe('2026-09-01');
    expect(await lastSupervisionDate(a.id, '2026-08-31')).toBeNull();
    expect((await listSessionsOfPerson(a.id)).map((s) => s.date)).toEqual(['2026-10-15', '2026-10-01', '2026-09-01']);
  });
});

describe('supervision overdue', () => {
  it('lists active mentors past N weeks or never supervised, with a fixed clock', async () => {
    const recent = await addMentor('Anna', 'Kovács');
    const late = await addMentor('Mikko', 'Virtanen');
    const never = await addMentor('Liisa', 'Korhonen');
    await addMentor('Paused', 'Person', 'paused');
    const sup = async (date: string, ids: string[]) => {
      const s = await createSession(sessionInput({ date, expected: ids.map((id) => ({ kind: 'mentor', id })) }));
      await saveAttendance(
        s.id,
        ids.map((id) => ({ personKind: 'mentor', personId: id, status: 'present', hours: 1.5 })),
      );
    };
    await sup('2026-10-01', [late.id, recent.id]);
    await sup('2026-11-02', [recent.id]);

    const today = '2026-11-05';
    const { overdue } = await listSupervisionOverdue(today, 4);
    expect(overdue.map((o) => [o.mentor.givenName, o.lastSupervision])).toEqual([
      ['Liisa', null],
      ['Mikko', '2026-10-01'],
    ]);
    expect(overdue.some((o) => o.mentor.id === never.id)).toBe(true);
    // A longer rule forgives Mikko; the clock decides, not the machine's date.
    expect((await listSupervisionOverdue(today, 6)).overdue.map((o) => o.mentor.givenName)).toEqual(['Liisa']);
    expect((await listSupervisionOverdue('2026-10-20', 4)).overdue.map((o) => o.mentor.givenName)).toEqual(['Liisa']);
    // The boundary: exactly four weeks after the last supervision is still in time; the day after is not.
    expect((await listSupervisionOverdue('2026-10-29', 4)).overdue.map((o) => o.mentor.givenName)).toEqual(['Liisa']);
    expect((await listSupervisionOverdue('2026-10-30', 4)).overdue.map((o) => o.mentor.givenName)).toEqual([
      'Liisa',
      'Anna',
      'Mikko',
    ]); // Anna's next one is only on 2 November
  });
});
