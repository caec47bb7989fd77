import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { createMentor, listMentorsOfProgramme } from '../mentors/mentorsRepo';
import { createSession, listSessionsInRange } from '../sessions/sessionsRepo';
import { listAttendanceBetween, saveAttendance } from '../sessions/attendanceRepo';
import { createModule } from '../programmes/curriculumRepo';
import type { SessionInput } from '../../../shared/domain/session';
import { createShadowing, listShadowingBetween } from './shadowingRepo';
import { readySinceWithin } from './readySinceWithin';

const PROG = '11111111-1111-4111-8111-111111111111';
const RANGE = { from: '2025-01-01', to: '2025-12-31' };

const training = (date: string, moduleIds: string[]): SessionInput => ({
  title: 'Training',
  kind: 'training',
  subKind: 'course',
  date,
  startTime: '09:00',
  endTime: '13:00',
  programmeId: PROG,
  moduleIds,
});

const present = (...personIds: string[]) =>
  personIds.map((personId) => ({ personKind: 'mentor' as const, personId, status: 'present' as const, hours: 4 }));

const mentor = (givenName: string) =>
  createMentor({ givenName, familyName: 'Tester', programmeIds: [PROG] }, { status: 'inTraining', date: '2024-01-01' });

/** The report's call: the rows of the range as loadReportInput reads them, then readySinceWithin. */
const readySince = async () => {
  const [sessions, attendance, shadowing, mentors] = await Promise.all([
    listSessionsInRange(RANGE.from, RANGE.to),
    listAttendanceBetween(RANGE.from, RANGE.to),
    listShadowingBetween(RANGE.from, RANGE.to),
    listMentorsOfProgramme(null),
  ]);
  return readySinceWithin(mentors, RANGE, { sessions, attendance, shadowing });
};

let theory: string;
let oneToOne: string;
let extra: string;

beforeEach(async () => {
  await resetDatabase();
  theory = (await createModule({ programmeId: PROG, name: 'Theory', requiredHours: 4 })).id;
  oneToOne = (await createModule({ programmeId: PROG, name: 'One-to-one', requiredHours: 4 })).id;
  extra = (await createModule({ programmeId: PROG, name: 'Extra', requiredHours: 2, mandatory: false })).id;
});

describe('readySinceWithin', () => {
  // A crowd of others who trained in the range (candidates too, never ready) changes nothing.
  it.each([
    ['a few mentors', 0],
    ['many mentors', 60],
  ])('finds the completions in the range from the history before it (%s)', async (_, others) => {
    const anna = await mentor('Anna');
    const bela = await mentor('Béla');
    const cili = await mentor('Cili');
    const dora = await mentor('Dóra');
    const ede = await mentor('Ede');
    const crowd = await Promise.all(Array.from({ length: others }, (_, i) => mentor(`Crowd ${i}`)));
    // Before the range: Anna learnt the theory, Béla one-to-one work, Cili and Ede both.
    await saveAttendance((await createSession(training('2024-03-01', [theory]))).id, present(anna, cili, ede));
    await saveAttendance((await createSession(training('2024-04-01', [oneToOne]))).id, present(bela, cili));
    // In the range: Anna completes with one-to-one work, Béla with the theory (the first module),
    // Dóra starts with the theory only; Cili, ready since 2024, comes to the optional module.
    await saveAttendance((await createSession(training('2025-03-01', [oneToOne]))).id, present(anna));
    await saveAttendance((await createSession(training('2025-02-01', [theory]))).id, present(bela, dora, ...crowd));
    await saveAttendance((await createSession(training('2025-05-01', [extra]))).id, present(cili));
    // Ede completes one-to-one work by shadowing in the range.
    await createShadowing({
      mentorId: ede,
      professionalName: 'Dr Kiss',
      date: '2025-06-15',
      hours: 4,
      area: 'Outreach',
      moduleIds: [oneToOne],
    });

    const map = await readySince();
    expect(map.get(anna)).toBe('2025-03-01');
    expect(map.get(bela)).toBe('2025-02-01');
    expect(map.get(ede)).toBe('2025-06-15');
    expect(map.get(dora) ?? null).toBeNull();
    // Credited only toward an optional module in the range: she cannot have become ready in it.
    expect(map.has(cili)).toBe(false);
    for (const id of crowd) expect(map.get(id) ?? null).toBeNull();
  });

  it('reads nothing for a range in which nobody was credited toward a mandatory module', async () => {
    const anna = await mentor('Anna');
    await saveAttendance((await createSession(training('2024-03-01', [theory, oneToOne]))).id, present(anna));
    await saveAttendance((await createSession(training('2025-03-01', [extra]))).id, present(anna));
    expect((await readySince()).size).toBe(0);
  });
});
