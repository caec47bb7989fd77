import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { createProgramme, updateProgramme } from '../programmes/programmesRepo';
import { createMentee } from '../mentees/menteesRepo';
import { MentorSchema, mentorDerived, type Mentor } from '../../../shared/domain/mentor';
import { changePairingStatus, createPairing } from '../pairings/pairingsRepo';
import { saveSettings } from '../settings/settingsRepo';
import {
  deleteCheckIn,
  findDueCheckIns,
  findPairingsNeedingAttention,
  listCheckIns,
  pairingCheckIns,
  recordCheckIn,
  restoreCheckIn,
} from './checkinsRepo';

let programmeId: string;

const addMentor = async (): Promise<Mentor> => {
  const now = new Date().toISOString();
  const names = { givenName: 'Anna', familyName: 'Kovács', email: '', phone: '' };
  const mentor = MentorSchema.parse({
    ...names,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    status: 'active',
    statusHistory: [{ status: 'active', date: '2026-01-01' }],
    exitDate: null,
    capacity: 9,
    programmeIds: [programmeId],
    ...mentorDerived(names),
  });
  await db.mentors.add(mentor);
  return mentor;
};

const pairingStartedOn = async (start: string, activate = true) => {
  const mentor = await addMentor();
  const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: '2026-01-01' });
  const p = await createPairing({ mentorId: mentor.id, menteeId: mentee.id, programmeId }, { date: start });
  if (activate) await changePairingStatus(p.id, 'active', start);
  return p.id;
};

const allFour = { getOnWell: 4, trust: 4, openness: 4, supported: 4 };
const full = { ...allFour, usefulMeetings: 4, oftenEnough: 4, progress: 4, wantToContinue: 4 };

beforeEach(async () => {
  await resetDatabase();
  programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
});

describe('recording a check-in', () => {
  it('stores one respondent’s answers with the pairing’s people and scores it on read', async () => {
    const pairingId = await pairingStartedOn('2026-01-10');
    const saved = await recordCheckIn({
      pairingId,
      date: '2026-02-12',
      respondent: 'mentee',
      source: 'paper',
      questionnaire: 'pairing@1',
      answers: { ...allFour, trust: 5 },
      goodFit: 'yes',
      note: ' fine ',
    });
    expect(saved).toMatchObject({ programmeId, note: 'fine', deletedAt: null });
    const [read] = await listCheckIns(pairingId);
    // 4 + 5 + 4 + 4 over four answered items: partial, 4.25
    expect(read).toMatchObject({ id: saved.id, score: 4.25, answered: 4, total: 8, partial: true });
  });

  it('refuses an answer out of the 1–5 range and writes nothing', async () => {
    const pairingId = await pairingStartedOn('2026-01-10');
    const input = { pairingId, date: '2026-02-12', respondent: 'mentor' as const, questionnaire: 'pairing@1' };
    await expect(recordCheckIn({ ...input, answers: { trust: 6 } })).rejects.toThrow(ZodError);
    await expect(recordCheckIn({ ...input, answers: { trust: 0 } })).rejects.toThrow(ZodError);
    await expect(recordCheckIn({ ...input, questionnaire: 'pairing@9', answers: {} })).rejects.toThrow(ZodError);
    expect(await db.checkIns.count()).toBe(0);
  });

  it('refuses a check-in for a proposal that has not started', async () => {
    const pairingId = await pairingStartedOn('2026-01-10', false);
    await expect(
      recordCheckIn({ pairingId, date: '2026-02-12', respondent: 'mentor', questionnaire: 'pairing@1', answers: full }),
    ).rejects.toThrow('errors.pairingNotStarted');
  });

  it('deletes softly and undoes', async () => {
    const pairingId = await pairingStartedOn('2026-01-10');
    const c = await recordCheckIn({ pairingId, date: '2026-02-12', respondent: 'mentor', questionnaire: 'pairing@1' });
    await deleteCheckIn(c.id);
    expect(await listCheckIns(pairingId)).toEqual([]);
    await restoreCheckIn(c.id);
    expect((await listCheckIns(pairingId)).map((x) => x.id)).toEqual([c.id]);
  });
});

describe('the schedule', () => {
  it('lists pairings due and overdue today, overdue first, and drops one once checked in', async () => {
    const overdue = await pairingStartedOn('2026-01-01'); // due 1 Feb, overdue from 16 Feb
    const due = await pairingStartedOn('2026-01-20'); // due 20 Feb
    await pairingStartedOn('2026-02-10'); // due 10 Mar: upcoming
    const today = '2026-02-25';
    expect((await findDueCheckIns(today)).map((r) => [r.pairing.id, r.schedule.state])).toEqual([
      [overdue, 'overdue'],
      [due, 'due'],
    ]);
    await recordCheckIn({ pairingId: overdue, date: today, respondent: 'mentor', questionnaire: 'pairing@1' });
    expect((await findDueCheckIns(today)).map((r) => r.pairing.id)).toEqual([due]);
    expect((await pairingCheckIns(overdue, today))?.schedule).toMatchObject({
      state: 'upcoming',
      dueDate: '2026-04-25',
    });
  });

  it('follows the rule in Settings, and a programme’s own rule over it', async () => {
    const pairingId = await pairingStartedOn('2026-01-01');
    await saveSettings({ organisationName: 'Org', rules: { checkInFirstAfterMonths: 3, checkInEveryMonths: 3 } });
    expect((await pairingCheckIns(pairingId, '2026-02-25'))?.schedule.dueDate).toBe('2026-04-01');
    await updateProgramme(programmeId, {
      name: 'Housing First',
      codePrefix: 'HF',
      checkInRule: { firstAfterMonths: 2, everyMonths: 1 },
    });
    expect((await pairingCheckIns(pairingId, '2026-02-25'))?.schedule.dueDate).toBe('2026-03-01');
  });

  it('never lists a paused pairing as due', async () => {
    const pairingId = await pairingStartedOn('2026-01-01');
    await changePairingStatus(pairingId, 'paused', '2026-01-15');
    expect(await findDueCheckIns('2026-03-01')).toEqual([]);
    expect((await pairingCheckIns(pairingId, '2026-03-01'))?.schedule.state).toBe('paused');
  });
});

describe('pairings needing attention', () => {
  it('lists a pairing whose mentee answered "no" or whose score dropped', async () => {
    const fit = await pairingStartedOn('2026-01-01');
    const dropped = await pairingStartedOn('2026-01-01');
    const fine = await pairingStartedOn('2026-01-01');
    const base = { respondent: 'mentee' as const, questionnaire: 'pairing@1' };
    await recordCheckIn({ ...base, pairingId: fit, date: '2026-02-01', answers: full, goodFit: 'no' });
    await recordCheckIn({ ...base, pairingId: dropped, date: '2026-02-01', answers: full });
    await recordCheckIn({
      ...base,
      pairingId: dropped,
      date: '2026-04-01',
      answers: { ...full, trust: 1, openness: 1 },
    });
    await recordCheckIn({ ...base, pairingId: fine, date: '2026-02-01', answers: full, goodFit: 'yes' });
    const rows = await findPairingsNeedingAttention();
    expect(rows.map((r) => [r.pairing.id, r.reasons.map((x) => x.kind)])).toEqual([
      [dropped, ['scoreDropped']],
      [fit, ['notAGoodFit']],
    ]);
  });
});
