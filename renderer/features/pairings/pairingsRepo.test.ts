import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { createProgramme } from '../programmes/programmesRepo';
import { createMentee, getMentee } from '../mentees/menteesRepo';
import { MentorSchema, mentorDerived, type Mentor } from '../../../shared/domain/mentor';
import {
  addContactLog,
  changePairingStatus,
  closePairing,
  countOpenPairingsByMentor,
  countOpenPairingsOfMentor,
  addGoal,
  addGoalProgress,
  createPairing,
  deleteContactLog,
  deletePairing,
  findMonitoringBreaches,
  findPairingIds,
  getPairing,
  latestContactsOf,
  listContactLogs,
  recentCrisisContacts,
  restoreContactLog,
  restorePairing,
  updateContactLog,
  updateGoal,
} from './pairingsRepo';
import { suggestMentors } from './suggestions';

let programmeId: string;

const addMentor = async (over: Partial<Mentor> = {}): Promise<Mentor> => {
  const now = new Date().toISOString();
  const names = { givenName: over.givenName ?? 'Anna', familyName: over.familyName ?? 'Kovács', email: '', phone: '' };
  const mentor = MentorSchema.parse({
    ...names,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    status: 'active',
    statusHistory: [{ status: 'active', date: '2026-01-01' }],
    exitDate: null,
    capacity: 1,
    programmeIds: [programmeId],
    languages: ['hu'],
    livedExperience: ['homelessness'],
    ...mentorDerived(names),
    ...over,
  });
  await db.mentors.add(mentor);
  return mentor;
};

const addMentee = () =>
  createMentee(
    { programmeId, transition: 'movingIntoHousing', languages: ['hu'], livedExperience: ['homelessness'] },
    { today: '2026-03-01' },
  );

const activePairing = async (mentorId: string, start = '2026-03-01') => {
  const mentee = await addMentee();
  const p = await createPairing({ mentorId, menteeId: mentee.id, programmeId }, { date: start });
  await changePairingStatus(p.id, 'active', start);
  return { pairing: (await getPairing(p.id))!, mentee };
};

const contact = (pairingId: string, date: string, crisis = false) =>
  addContactLog({ pairingId, date, durationMinutes: 60, kind: 'meeting', crisis });

beforeEach(async () => {
  await resetDatabase();
  programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
});

describe('creating a pairing', () => {
  it('proposes it, marks the mentee paired, and records overrides with their reason', async () => {
    const mentor = await addMentor();
    const mentee = await addMentee();
    const p = await createPairing(
      { mentorId: mentor.id, menteeId: mentee.id, programmeId },
      { date: '2026-03-01', overrides: [{ kind: 'notTrainingReady', reason: ' finishes in May ' }] },
    );
    expect(p).toMatchObject({ status: 'proposed', lastContactDate: '', closure: null, startDate: null });
    expect(p.overrides).toEqual([{ kind: 'notTrainingReady', reason: 'finishes in May', at: expect.any(String) }]);
    expect((await getMentee(mentee.id))?.status).toBe('paired');
  });

  it('refuses a second open pairing for the same mentee and writes nothing', async () => {
    const mentor = await addMentor();
    const { mentee } = await activePairing(mentor.id);
    await expect(
      createPairing({ mentorId: mentor.id, menteeId: mentee.id, programmeId }, { date: '2026-03-02' }),
    ).rejects.toThrow('errors.menteeAlreadyPaired');
    expect(await db.pairings.count()).toBe(1);
  });
});

describe('deleting a proposed pairing', () => {
  it("deletes a proposal, the mentee waits again and the mentor's place is free; undo brings both back", async () => {
    const mentor = await addMentor();
    const mentee = await addMentee();
    const p = await createPairing({ mentorId: mentor.id, menteeId: mentee.id, programmeId }, { date: '2026-03-01' });
    await deletePairing(p.id);
    expect(await getPairing(p.id)).toBeUndefined();
    expect((await getMentee(mentee.id))?.status).toBe('waiting');
    expect(await countOpenPairingsOfMentor(mentor.id)).toBe(0);
    expect(await findPairingIds(['proposed'])).toEqual([]);
    await restorePairing(p.id);
    expect((await getPairing(p.id))?.status).toBe('proposed');
    expect((await getMentee(mentee.id))?.status).toBe('paired');
    expect(await countOpenPairingsOfMentor(mentor.id)).toBe(1);
  });

  it('keeps an active or closed pairing for the record, and writes nothing', async () => {
    const mentor = await addMentor();
    const { pairing, mentee } = await activePairing(mentor.id);
    await expect(deletePairing(pairing.id)).rejects.toThrow('errors.notProposed');
    await closePairing(pairing.id, {
      date: '2026-04-01',
      reason: 'goalsMet',
      planned: true,
      closingConversationHeld: true,
      menteeStatusAfter: 'closed',
    });
    const before = await db.pairings.get(pairing.id);
    await expect(deletePairing(pairing.id)).rejects.toThrow('errors.notProposed');
    expect(await db.pairings.get(pairing.id)).toEqual(before);
    expect((await getMentee(mentee.id))?.status).toBe('closed');
  });

  it('refuses a proposal with contacts logged (they happened): nothing changes', async () => {
    const mentor = await addMentor();
    const mentee = await addMentee();
    const p = await createPairing({ mentorId: mentor.id, menteeId: mentee.id, programmeId }, { date: '2026-03-01' });
    const log = await contact(p.id, '2026-03-02');
    await expect(deletePairing(p.id)).rejects.toThrow('errors.hasContacts');
    expect((await getPairing(p.id))?.deletedAt).toBeNull();
    expect((await getMentee(mentee.id))?.status).toBe('paired');
    // Once the contact is deleted (it was a mistake too), the proposal can go.
    await deleteContactLog(log.id);
    await deletePairing(p.id);
    expect(await getPairing(p.id)).toBeUndefined();
  });

  it('does not restore a proposal when the mentee was paired again meanwhile', async () => {
    const mentor = await addMentor();
    const other = await addMentor({ givenName: 'Béla' });
    const mentee = await addMentee();
    const p = await createPairing({ mentorId: mentor.id, menteeId: mentee.id, programmeId }, { date: '2026-03-01' });
    await deletePairing(p.id);
    const again = await createPairing({ mentorId: other.id, menteeId: mentee.id, programmeId }, { date: '2026-03-02' });
    await expect(restorePairing(p.id)).rejects.toThrow('errors.menteeAlreadyPaired');
    expect(await getPairing(p.id)).toBeUndefined();
    expect((await getPairing(again.id))?.status).toBe('proposed');
    expect((await getMentee(mentee.id))?.status).toBe('paired');
  });
});

describe('goals', () => {
  it("a goal's wording can be corrected; its progress and achievement stay", async () => {
    const mentor = await addMentor();
    const { pairing } = await activePairing(mentor.id);
    await addGoal(pairing.id, 'Find a flatt');
    const goalId = (await getPairing(pairing.id))!.goals[0]!.id;
    await addGoalProgress(pairing.id, goalId, { date: '2026-03-05', note: 'Viewed two flats', achieved: true });
    await updateGoal(pairing.id, goalId, 'Find a flat');
    const [goal] = (await getPairing(pairing.id))!.goals;
    expect(goal).toMatchObject({ id: goalId, text: 'Find a flat', achieved: true });
    expect(goal?.progress.map((g) => g.note)).toEqual(['Viewed two flats']);
  });

  it("an empty goal is refused with the schema's message, an unknown goal with its own; nothing changes", async () => {
    const mentor = await addMentor();
    const { pairing } = await activePairing(mentor.id);
    await addGoal(pairing.id, 'Find a flat');
    const before = await db.pairings.get(pairing.id);
    const goalId = before!.goals[0]!.id;
    await expect(updateGoal(pairing.id, goalId, '   ')).rejects.toBeInstanceOf(ZodError);
    await expect(updateGoal(pairing.id, crypto.randomUUID(), 'Other')).rejects.toThrow('errors.goalNotFound');
    expect(await db.pairings.get(pairing.id)).toEqual(before);
  });
});

describe('the pairings list', () => {
  it('gives ids per status: proposals first, then newest start first; closed only when asked', async () => {
    const mentor = await addMentor({ capacity: 9 });
    const older = await activePairing(mentor.id, '2026-01-01');
    const newer = await activePairing(mentor.id, '2026-02-01');
    const proposal = await createPairing(
      { mentorId: mentor.id, menteeId: (await addMentee()).id, programmeId },
      { date: '2026-03-01' },
    );
    const closed = await activePairing(mentor.id, '2025-12-01');
    await closePairing(closed.pairing.id, {
      date: '2026-01-15',
      reason: 'other',
      planned: false,
      closingConversationHeld: false,
    });
    expect(await findPairingIds(['proposed', 'active', 'paused'])).toEqual([
      proposal.id,
      newer.pairing.id,
      older.pairing.id,
    ]);
    expect(await findPairingIds(['closed'])).toEqual([closed.pairing.id]);
  });
});

describe('capacity counting', () => {
  it('counts proposed, active and paused pairings; closing frees the place', async () => {
    const mentor = await addMentor({ capacity: 3 });
    const other = await addMentor({ givenName: 'Béla' });
    const a = await activePairing(mentor.id);
    await changePairingStatus(a.pairing.id, 'paused', '2026-03-10');
    await createPairing({ mentorId: mentor.id, menteeId: (await addMentee()).id, programmeId }, { date: '2026-03-11' });
    const c = await activePairing(mentor.id);
    await activePairing(other.id);
    expect(await countOpenPairingsOfMentor(mentor.id)).toBe(3);
    expect((await countOpenPairingsByMentor()).get(mentor.id)).toBe(3);

    await closePairing(c.pairing.id, {
      date: '2026-04-01',
      reason: 'goalsMet',
      planned: true,
      closingConversationHeld: true,
    });
    expect(await countOpenPairingsOfMentor(mentor.id)).toBe(2);
    expect((await countOpenPairingsByMentor()).get(other.id)).toBe(1);
  });
});

describe('closing a pairing', () => {
  it('records the closure, returns the mentee to waiting, keeps the pairing readable', async () => {
    const mentor = await addMentor();
    const { pairing, mentee } = await activePairing(mentor.id);
    await contact(pairing.id, '2026-03-05');
    await closePairing(pairing.id, {
      date: '2026-06-01',
      reason: 'mentorWithdrew',
      reasonText: 'moved abroad',
      planned: false,
      closingConversationHeld: false,
    });
    const closed = await getPairing(pairing.id);
    expect(closed).toMatchObject({
      status: 'closed',
      closure: { reason: 'mentorWithdrew', planned: false, menteeStatusAfter: 'waiting' },
    });
    expect(closed?.statusHistory.at(-1)).toMatchObject({ status: 'closed', date: '2026-06-01' });
    expect(await listContactLogs(pairing.id)).toHaveLength(1);
    expect(await getMentee(mentee.id)).toMatchObject({ status: 'waiting', closedOn: null });
  });

  it('can close the mentee too, and a closed pairing cannot change again', async () => {
    const mentor = await addMentor();
    const { pairing, mentee } = await activePairing(mentor.id);
    await closePairing(pairing.id, {
      date: '2026-06-01',
      reason: 'goalsMet',
      planned: true,
      closingConversationHeld: true,
      menteeStatusAfter: 'closed',
    });
    expect(await getMentee(mentee.id)).toMatchObject({ status: 'closed', closedOn: '2026-06-01' });
    await expect(changePairingStatus(pairing.id, 'active', '2026-06-02')).rejects.toThrow('errors.closed');
    // The contact log of a closed pairing is a record: it no longer changes.
    await expect(contact(pairing.id, '2026-06-03')).rejects.toThrow('errors.closed');
    expect((await getPairing(pairing.id))?.lastContactDate).toBe('');
    await expect(
      closePairing(pairing.id, { date: '2026-06-02', reason: 'other', planned: true, closingConversationHeld: true }),
    ).rejects.toThrow('errors.closed');
  });

  it('bad closure input changes nothing', async () => {
    const mentor = await addMentor();
    const { pairing, mentee } = await activePairing(mentor.id);
    await expect(
      closePairing(pairing.id, { date: 'yesterday', reason: 'goalsMet', planned: true, closingConversationHeld: true }),
    ).rejects.toBeInstanceOf(ZodError);
    expect((await getPairing(pairing.id))?.status).toBe('active');
    expect((await getMentee(mentee.id))?.status).toBe('paired');
  });
});

describe('lastContactDate', () => {
  it('follows the latest contact through adding, editing, deleting and undoing', async () => {
    const mentor = await addMentor();
    const { pairing } = await activePairing(mentor.id);
    expect(pairing.lastContactDate).toBe('');
    const first = await contact(pairing.id, '2026-03-10');
    await contact(pairing.id, '2026-03-05');
    expect((await getPairing(pairing.id))?.lastContactDate).toBe('2026-03-10');
    await updateContactLog(first.id, { pairingId: pairing.id, date: '2026-03-20', durationMinutes: 30, kind: 'phone' });
    expect((await getPairing(pairing.id))?.lastContactDate).toBe('2026-03-20');
    await deleteContactLog(first.id);
    expect((await getPairing(pairing.id))?.lastContactDate).toBe('2026-03-05');
    await restoreContactLog(first.id);
    expect((await getPairing(pairing.id))?.lastContactDate).toBe('2026-03-20');
    expect((await listContactLogs(pairing.id)).map((l) => l.date)).toEqual(['2026-03-20', '2026-03-05']);
  });

  it('a contact that fails validation changes neither the log nor the pairing', async () => {
    const mentor = await addMentor();
    const { pairing } = await activePairing(mentor.id);
    await expect(
      addContactLog({ pairingId: pairing.id, date: '2026-03-10', durationMinutes: -5, kind: 'meeting' }),
    ).rejects.toBeInstanceOf(ZodError);
    expect((await getPairing(pairing.id))?.lastContactDate).toBe('');
    expect(await db.contactLogs.count()).toBe(0);
  });

  it('crisis contacts are listed for the overview', async () => {
    const mentor = await addMentor();
    const { pairing } = await activePairing(mentor.id);
    await contact(pairing.id, '2026-03-02');
    const crisis = await contact(pairing.id, '2026-03-10', true);
    expect((await recentCrisisContacts('2026-03-01')).map((l) => l.id)).toEqual([crisis.id]);
    expect(await recentCrisisContacts('2026-03-11')).toEqual([]);
  });
});

describe('the latest contacts of a person', () => {
  it('are the newest by date, then by when they were logged, without deleted ones, for any number asked', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const mentor = await addMentor({ capacity: 2 });
      const [a, b] = [await activePairing(mentor.id), await activePairing(mentor.id)];
      let now = Date.parse('2026-03-01T08:00:00Z');
      const logged = (pairingId: string, date: string) => {
        vi.setSystemTime((now += 60_000));
        return contact(pairingId, date);
      };
      // Seven contacts on one day: a read of the latest few ends within that day.
      const dates = ['2026-03-01', '2026-03-02', '2026-03-02', ...Array<string>(7).fill('2026-03-03'), '2026-03-04'];
      for (const [i, date] of dates.entries()) await logged((i % 2 ? a : b).pairing.id, date);
      await logged(a.pairing.id, '2026-03-05');
      await deleteContactLog((await logged(b.pairing.id, '2026-03-06')).id);

      const live = (await db.contactLogs.toArray())
        .filter((l) => !l.deletedAt)
        .sort((x, y) => y.date.localeCompare(x.date) || y.createdAt.localeCompare(x.createdAt));
      expect(live).toHaveLength(12);
      for (let limit = 1; limit <= 13; limit++) {
        expect((await latestContactsOf({ mentorId: mentor.id }, limit)).map((l) => l.id)).toEqual(
          live.slice(0, limit).map((l) => l.id),
        );
      }
      expect((await latestContactsOf({ menteeId: a.mentee.id }, 3)).map((l) => l.id)).toEqual(
        live
          .filter((l) => l.menteeId === a.mentee.id)
          .slice(0, 3)
          .map((l) => l.id),
      );
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the monitoring list', () => {
  const rules = { firstMonthMinContacts: 2, contactEveryDays: 30 };

  it('lists only active pairings that break the rule, with why', async () => {
    const mentor = await addMentor({ capacity: 9 });
    const silent = await activePairing(mentor.id, '2026-01-01');
    const fine = await activePairing(mentor.id, '2026-01-01');
    await contact(fine.pairing.id, '2026-01-05');
    await contact(fine.pairing.id, '2026-01-20');
    await contact(fine.pairing.id, '2026-03-10');
    const shortFirstMonth = await activePairing(mentor.id, '2026-02-20');
    await contact(shortFirstMonth.pairing.id, '2026-03-15');
    const inFirstMonth = await activePairing(mentor.id, '2026-03-20');
    const paused = await activePairing(mentor.id, '2026-01-01');
    await changePairingStatus(paused.pairing.id, 'paused', '2026-01-10');

    const found = await findMonitoringBreaches('2026-04-01', rules);
    expect(found.map((f) => f.pairing.id)).toEqual([silent.pairing.id, shortFirstMonth.pairing.id]);
    expect(found[0]?.breaches).toEqual([
      { kind: 'firstMonth', contacts: 0, needed: 2 },
      { kind: 'overdue', daysSince: 90, everyDays: 30, since: 'start' },
    ]);
    expect(found[1]?.breaches).toEqual([{ kind: 'firstMonth', contacts: 1, needed: 2 }]);
    expect(found.map((f) => f.pairing.id)).not.toContain(inFirstMonth.pairing.id);

    // Moving the clock: 31 days after its last contact the "fine" pairing is overdue too.
    const later = await findMonitoringBreaches('2026-04-10', rules);
    expect(later.map((f) => f.pairing.id)).toContain(fine.pairing.id);
  });
});

describe('suggestions', () => {
  it('ranks active mentors by fit and explains why', async () => {
    await addMentor({ givenName: 'Best', capacity: 2 });
    const full = await addMentor({ givenName: 'Full', capacity: 1 });
    await activePairing(full.id);
    await addMentor({ givenName: 'Other', languages: ['fi'], livedExperience: [] });
    await addMentor({ givenName: 'Paused', status: 'paused' });
    const mentee = await addMentee();
    const list = await suggestMentors(mentee);
    expect(list.map((s) => s.mentor.givenName)).toEqual(['Best', 'Full', 'Other']);
    expect(list[0]?.warnings).toEqual([]);
    expect(list[1]?.warnings).toEqual(['overCapacity']);
    expect(list[1]?.reasons.map((r) => r.key)).toContain('noCapacity');
  });
});
