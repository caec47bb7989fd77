import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import type { AttendanceStatus } from '../../../shared/domain/session';
import { deleteSession, createSession } from './sessionsRepo';
import { lastSupervisionDates, lastSupervisionsOnOrBefore, saveAttendance } from './attendanceRepo';
import { listSupervisionOverdue } from './supervisionOverdue';
import { addMentor, sessionInput } from '../../../tests/fixtures/records';

beforeEach(resetDatabase);

/** A session of `kind` on `date` where each listed mentor has the given attendance status. */
const held = async (
  date: string,
  rows: [string, AttendanceStatus][],
  kind: 'supervision' | 'group' = 'supervision',
) => {
  const s = await createSession(
    sessionInput({
      date,
      kind,
      subKind: kind === 'supervision' ? 'caseDiscussion' : 'peerLed',
      expected: rows.map(([id]) => ({ kind: 'mentor', id })),
    }),
  );
  await saveAttendance(
    s.id,
    rows.map(([personId, status]) => ({ personKind: 'mentor', personId, status, hours: 1 })),
  );
  return s;
};

describe('lastSupervisionDates', () => {
  it('gives each person their last supervision attended, in one call, whatever came after', async () => {
    const [anna, mikko, liisa, juha, outi] = await Promise.all(
      ['Anna', 'Mikko', 'Liisa', 'Juha', 'Outi'].map((n) => addMentor(n, 'Testaaja')),
    );
    if (!anna || !mikko || !liisa || !juha || !outi) throw new Error('mentors missing');
    await held('2026-09-01', [
      [anna.id, 'present'],
      [mikko.id, 'present'],
      [juha.id, 'present'],
    ]);
    // Later rows that do not count: absent or excused, another kind of session, a deleted session.
    await held('2026-10-01', [
      [anna.id, 'present'],
      [mikko.id, 'absent'],
      [juha.id, 'excused'],
    ]);
    await held('2026-10-15', [[mikko.id, 'present']], 'group');
    const removed = await held('2026-10-20', [[juha.id, 'present']]);
    await deleteSession(removed.id);
    // After "today": not yet.
    await held('2026-11-20', [[liisa.id, 'present']]);

    const lasts = await lastSupervisionDates([anna.id, mikko.id, liisa.id, juha.id, outi.id], '2026-11-05');
    expect(Object.fromEntries([...lasts].map(([id, date]) => [id, date]))).toEqual({
      [anna.id]: '2026-10-01',
      [mikko.id]: '2026-09-01',
      [liisa.id]: null,
      [juha.id]: '2026-09-01',
      [outi.id]: null,
    });
    expect((await lastSupervisionDates([liisa.id], '2026-11-20')).get(liisa.id)).toBe('2026-11-20');
    expect((await lastSupervisionDates([], '2026-11-05')).size).toBe(0);
  });

  it('reads the summaries of many people at once with the same answers as of a few', async () => {
    const [anna, mikko, liisa] = await Promise.all(['Anna', 'Mikko', 'Liisa'].map((n) => addMentor(n, 'Testaaja')));
    if (!anna || !mikko || !liisa) throw new Error('mentors missing');
    await held('2026-09-01', [
      [anna.id, 'present'],
      [mikko.id, 'present'],
    ]);
    await held('2026-10-01', [[anna.id, 'present']]);
    // After "today": the date before it is looked up.
    await held('2026-11-20', [[mikko.id, 'present']]);
    const people = [anna.id, mikko.id, liisa.id];
    // Past 200 ids every summary is read in one request; people never supervised have none.
    const many = [
      ...people,
      ...Array.from({ length: 250 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    ];
    const few = await lastSupervisionsOnOrBefore(people, '2026-11-05');
    const all = await lastSupervisionsOnOrBefore(many, '2026-11-05');
    expect(Object.fromEntries(few)).toEqual({ [anna.id]: '2026-10-01', [mikko.id]: '2026-09-01', [liisa.id]: null });
    expect(all.size).toBe(many.length);
    for (const id of people) expect(all.get(id)).toBe(few.get(id));
    expect([...all.values()].filter((d) => d !== null)).toHaveLength(2);
  });

  it('feeds the overdue list: never supervised first, then the longest waiting, then by name', async () => {
    const kovacs = await addMentor('Anna', 'Kovács');
    const aho = await addMentor('Juha', 'Aho');
    const nagy = await addMentor('Réka', 'Nagy');
    const virtanen = await addMentor('Mikko', 'Virtanen');
    // Not at supervision for over six months: found by the one-by-one lookup, not the bulk read.
    const salo = await addMentor('Outi', 'Salo');
    const never = await addMentor('Eeva', 'Mäki');
    await addMentor('Paused', 'Person', 'paused');
    await held('2025-12-01', [[salo.id, 'present']]);
    await held('2026-09-15', [
      [salo.id, 'absent'],
      [never.id, 'excused'],
    ]);
    await held('2026-08-01', [[nagy.id, 'present']]);
    await held('2026-09-01', [
      [kovacs.id, 'present'],
      [aho.id, 'present'],
    ]);
    await held('2026-11-01', [[virtanen.id, 'present']]);
    const { overdue } = await listSupervisionOverdue('2026-11-05', 4);
    expect(overdue.map((o) => [o.mentor.familyName, o.lastSupervision, o.dueBy])).toEqual([
      ['Mäki', null, null],
      ['Salo', '2025-12-01', '2025-12-29'],
      ['Nagy', '2026-08-01', '2026-08-29'],
      ['Aho', '2026-09-01', '2026-09-29'],
      ['Kovács', '2026-09-01', '2026-09-29'],
    ]);
    // A screenful: the same order, only the first records read, and the total of all.
    const firstTwo = await listSupervisionOverdue('2026-11-05', 4, 2);
    expect(firstTwo.total).toBe(5);
    expect(firstTwo.overdue).toEqual(overdue.slice(0, 2));
  });
});
