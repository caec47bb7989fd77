import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { createProgramme } from '../programmes/programmesRepo';
import { createMentee } from '../mentees/menteesRepo';
import { MentorSchema, mentorDerived, type Mentor } from '../../../shared/domain/mentor';
import { changePairingStatus, closePairing, createPairing } from './pairingsRepo';
import { previousMentorsLeftOut, suggestMentors } from './suggestions';
import { waitingList } from './pairingViews';

let programmeId: string;

const addMentor = async (givenName: string): Promise<Mentor> => {
  const now = new Date().toISOString();
  const names = { givenName, familyName: 'Kovács', email: '', phone: '' };
  const mentor = MentorSchema.parse({
    ...names,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    status: 'active',
    statusHistory: [{ status: 'active', date: '2026-01-01' }],
    exitDate: null,
    capacity: 3,
    programmeIds: [programmeId],
    ...mentorDerived(names),
  });
  await db.mentors.add(mentor);
  return mentor;
};

const mentee = (referredOn: string) =>
  createMentee({ programmeId, transition: 'leavingCare', referredOn }, { today: referredOn });

const closeAfterStart = async (mentorId: string, menteeId: string, closedOn: string, planned: boolean) => {
  const p = await createPairing({ mentorId, menteeId, programmeId }, { date: '2026-02-01' });
  await changePairingStatus(p.id, 'active', '2026-02-01');
  await closePairing(p.id, { date: closedOn, reason: 'mismatch', planned, closingConversationHeld: true });
};

beforeEach(async () => {
  await resetDatabase();
  programmeId = await createProgramme({ name: 'Youth', codePrefix: 'YM' });
});

describe('the waiting list', () => {
  it('puts a mentee whose pairing closed early first, then the longest waiting', async () => {
    const anna = await addMentor('Anna');
    const longWaiting = await mentee('2026-01-05');
    const shortWaiting = await mentee('2026-03-20');
    const rematch = await mentee('2025-12-01');
    const plannedEnd = await mentee('2025-11-01');
    await closeAfterStart(anna.id, rematch.id, '2026-03-25', false);
    await closeAfterStart(anna.id, plannedEnd.id, '2026-03-01', true);
    const list = await waitingList('2026-04-01');
    expect(list.map((e) => [e.mentee.code, e.rematch, e.days])).toEqual([
      [rematch.code, true, 7],
      [longWaiting.code, false, 86],
      [plannedEnd.code, false, 31],
      [shortWaiting.code, false, 12],
    ]);
  });
});

describe('suggestions after an early closure', () => {
  it('leave out the previous mentor and say so; a planned closure leaves nobody out', async () => {
    const anna = await addMentor('Anna');
    const bela = await addMentor('Béla');
    const m = await mentee('2026-01-05');
    await closeAfterStart(anna.id, m.id, '2026-03-25', false);
    const suggested = (await suggestMentors((await db.mentees.get(m.id))!)).map((s) => s.mentor.id);
    expect(suggested).toEqual([bela.id]);
    expect((await previousMentorsLeftOut(m.id)).map((o) => [o.mentor.id, o.closedOn])).toEqual([
      [anna.id, '2026-03-25'],
    ]);

    const other = await mentee('2026-01-05');
    await closeAfterStart(bela.id, other.id, '2026-03-25', true);
    expect((await suggestMentors((await db.mentees.get(other.id))!)).map((s) => s.mentor.id).sort()).toEqual(
      [anna.id, bela.id].sort(),
    );
    expect(await previousMentorsLeftOut(other.id)).toEqual([]);
  });
});
