import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { createProgramme } from '../programmes/programmesRepo';
import { createMentee } from '../mentees/menteesRepo';
import { MentorSchema, mentorDerived, type Mentor } from '../../../shared/domain/mentor';
import { addContactLog, changePairingStatus, createPairing } from '../pairings/pairingsRepo';
import { createSession } from '../sessions/sessionsRepo';
import { saveAttendance } from '../sessions/attendanceRepo';
import { saveSettings } from '../settings/settingsRepo';
import { suggestMentors } from '../pairings/suggestions';
import {
  acknowledgeNeeds,
  careList,
  careListWindow,
  deleteWellbeingCheckIn,
  listWellbeing,
  mentorCare,
  needsSupport,
  pauseMentor,
  recordWellbeingCheckIn,
  restoreWellbeingCheckIn,
} from './careRepo';

const TODAY = '2026-06-30';
let programmeId: string;

const addMentor = async (givenName: string, over: Partial<Mentor> = {}): Promise<Mentor> => {
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
    capacity: 2,
    programmeIds: [programmeId],
    ...mentorDerived(names),
    ...over,
  });
  await db.mentors.add(mentor);
  return mentor;
};

const activePairing = async (mentorId: string): Promise<string> => {
  const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: '2026-01-01' });
  const p = await createPairing({ mentorId, menteeId: mentee.id, programmeId }, { date: '2026-01-05' });
  await changePairingStatus(p.id, 'active', '2026-01-05');
  return p.id;
};

const supervisionAttended = async (
  mentorId: string,
  date: string,
  subKind: 'individual' | 'caseDiscussion' = 'individual',
) => {
  const s = await createSession({
    title: 'Supervision',
    kind: 'supervision',
    subKind,
    date,
    startTime: '10:00',
    endTime: '11:00',
    expected: [{ kind: 'mentor', id: mentorId }],
  });
  await saveAttendance(s.id, [{ personKind: 'mentor', personId: mentorId, status: 'present', hours: 1 }]);
  return s;
};

const answers = (v: number) => ({
  enoughSupport: v,
  timeToRest: v,
  roleMakesSense: v,
  drained: 6 - v,
  ownPastReturns: 6 - v,
  canSayNo: v,
});

beforeEach(async () => {
  await resetDatabase();
  programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
});

describe('wellbeing check-ins', () => {
  it('stores one through the write path, scores it on read, deletes and restores it', async () => {
    const m = await addMentor('Anna');
    const w = await recordWellbeingCheckIn({
      mentorId: m.id,
      date: '2026-06-01',
      questionnaire: 'wellbeing@1',
      answers: answers(4),
      source: 'paper',
    });
    const stored = await db.wellbeingCheckIns.get(w.id);
    expect(stored?.rev).toMatch(/^[0-9a-f]{16}$/); // stamped by the write path
    expect(stored?.baseStamp).toBeTruthy();
    expect((await listWellbeing(m.id)).map((x) => [x.date, x.score, x.partial])).toEqual([['2026-06-01', 4, false]]);
    await deleteWellbeingCheckIn(w.id);
    expect(await listWellbeing(m.id)).toEqual([]);
    await restoreWellbeingCheckIn(w.id);
    expect(await listWellbeing(m.id)).toHaveLength(1);
  });

  it('refuses answers off the scale, a pairing questionnaire, and an unknown mentor, writing nothing', async () => {
    const m = await addMentor('Anna');
    await expect(
      recordWellbeingCheckIn({
        mentorId: m.id,
        date: '2026-06-01',
        questionnaire: 'wellbeing@1',
        answers: { drained: 7 },
      }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      recordWellbeingCheckIn({ mentorId: m.id, date: '2026-06-01', questionnaire: 'pairing@1', answers: {} }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      recordWellbeingCheckIn({
        mentorId: crypto.randomUUID(),
        date: '2026-06-01',
        questionnaire: 'wellbeing@1',
        answers: {},
      }),
    ).rejects.toThrow('errors.mentorNotFound');
    expect(await db.wellbeingCheckIns.count()).toBe(0);
  });
});

describe('a mentor’s load and needs', () => {
  it('gives the figures of the mentor’s recent records, read through indexes', async () => {
    const m = await addMentor('Anna');
    const p1 = await activePairing(m.id);
    await activePairing(m.id);
    await addContactLog({ pairingId: p1, date: '2026-06-29', durationMinutes: 90, kind: 'meeting' });
    await addContactLog({ pairingId: p1, date: '2026-06-01', durationMinutes: 30, kind: 'phone', crisis: true });
    await addContactLog({ pairingId: p1, date: '2026-05-31', durationMinutes: 60, kind: 'phone', crisis: true });
    await addContactLog({ pairingId: p1, date: '2026-03-01', durationMinutes: 60, kind: 'phone', crisis: true });
    const s = await supervisionAttended(m.id, '2026-06-10');
    await db.sessions.update(s.id, {
      followUps: [{ id: crypto.randomUUID(), text: 'Call back', owner: '', dueDate: null, done: false }],
    });
    await recordWellbeingCheckIn({
      mentorId: m.id,
      date: '2026-03-01',
      questionnaire: 'wellbeing@1',
      answers: answers(5),
    });
    await recordWellbeingCheckIn({
      mentorId: m.id,
      date: '2026-06-15',
      questionnaire: 'wellbeing@1',
      answers: answers(3),
    });

    const care = await mentorCare(m.id, TODAY);
    expect(care?.load).toEqual({
      activePairings: 2,
      capacity: 2,
      contactHours30: 2,
      crisis30: 1,
      crisis90: 2,
      lastSupervision: '2026-06-10',
      daysSinceSupervision: 20,
      openFollowUps: 1,
      wellbeingDate: '2026-06-15',
      wellbeingScore: 3,
      wellbeingChange: -2,
      wellbeingTrend: 'down',
    });
    expect(care?.reasons.map((r) => r.kind)).toEqual(['wellbeingDropped']);
    // The list gives the same row.
    const [row] = await careList(TODAY);
    expect(row?.load).toEqual(care?.load);
    expect(row?.reasons).toEqual(care?.reasons);
  });

  it('flags two crisis contacts with no supervision since; an individual supervision attended clears it', async () => {
    const m = await addMentor('Anna');
    // Active only since mid-June: not yet due for supervision, nothing to flag.
    await addMentor('Béla', { statusHistory: [{ status: 'active', date: '2026-06-15', reason: '', override: null }] });
    const p = await activePairing(m.id);
    await supervisionAttended(m.id, '2026-06-20', 'caseDiscussion');
    await addContactLog({ pairingId: p, date: '2026-06-22', durationMinutes: 60, kind: 'phone', crisis: true });
    await addContactLog({ pairingId: p, date: '2026-06-28', durationMinutes: 60, kind: 'phone', crisis: true });
    const flagged = await needsSupport(TODAY);
    expect(flagged.map((r) => [r.mentor.givenName, r.reasons.map((x) => x.kind)])).toEqual([
      ['Anna', ['crisisWithoutSupervision']],
    ]);
    await supervisionAttended(m.id, '2026-06-29');
    expect(await needsSupport(TODAY)).toEqual([]);
  });

  it('"talked, all right" clears a flag until a newer crisis contact raises it again, and is a synced record', async () => {
    const m = await addMentor('Anna');
    const p = await activePairing(m.id);
    await supervisionAttended(m.id, '2026-06-20');
    await addContactLog({ pairingId: p, date: '2026-06-22', durationMinutes: 60, kind: 'phone', crisis: true });
    await addContactLog({ pairingId: p, date: '2026-06-28', durationMinutes: 60, kind: 'phone', crisis: true });
    const [row] = await needsSupport(TODAY);
    const ack = await acknowledgeNeeds({
      mentorId: m.id,
      date: TODAY,
      cleared: row!.reasons.map((r) => ({ kind: r.kind, fact: r.fact })),
      note: 'Talked on the phone',
    });
    expect((await db.careAcks.get(ack.id))?.rev).toMatch(/^[0-9a-f]{16}$/);
    expect(await needsSupport(TODAY)).toEqual([]);
    expect((await mentorCare(m.id, TODAY))?.reasons).toEqual([]);
    expect((await mentorCare(m.id, TODAY))?.allReasons).toHaveLength(1);
    await addContactLog({ pairingId: p, date: TODAY, durationMinutes: 30, kind: 'phone', crisis: true });
    expect((await needsSupport(TODAY)).map((r) => r.reasons[0])).toMatchObject([
      { kind: 'crisisWithoutSupervision', count: 3 },
    ]);
  });

  it('takes its rules from Settings', async () => {
    const m = await addMentor('Anna', { capacity: 1 });
    await activePairing(m.id);
    await activePairing(m.id);
    await supervisionAttended(m.id, '2026-06-25');
    expect((await needsSupport(TODAY)).flatMap((r) => r.reasons.map((x) => x.kind))).toEqual(['overCapacity']);
    await saveSettings({ organisationName: 'Org', rules: { careOverCapacity: false } });
    expect(await needsSupport(TODAY)).toEqual([]);
  });
});

describe('a pause that protects', () => {
  it('pauses the mentor and their active pairings with the reason, and leaves the mentor out of suggestions', async () => {
    const m = await addMentor('Anna');
    const p1 = await activePairing(m.id);
    const p2 = await activePairing(m.id);
    const waiting = await createMentee({ programmeId, transition: 'leavingCare' }, { today: '2026-01-01' });
    const suggested = async () => (await suggestMentors(waiting)).map((x) => x.mentor.id);
    expect(await suggested()).toContain(m.id);
    expect(await pauseMentor(m.id, { date: TODAY, reason: 'Rest after a hard month', pausePairings: true })).toBe(2);
    expect((await db.mentors.get(m.id))?.status).toBe('paused');
    for (const id of [p1, p2]) {
      const p = await db.pairings.get(id);
      expect(p?.status).toBe('paused');
      expect(p?.statusHistory.at(-1)).toMatchObject({ status: 'paused', date: TODAY, note: 'Rest after a hard month' });
    }
    expect(await suggested()).not.toContain(m.id);
    // A paused mentor stays on the load list, never flagged.
    expect((await careList(TODAY)).map((r) => [r.mentor.status, r.reasons])).toEqual([['paused', []]]);
  });

  it('can leave the pairings as they are, and changes nothing when the mentor cannot be paused', async () => {
    const m = await addMentor('Anna');
    const p = await activePairing(m.id);
    expect(await pauseMentor(m.id, { date: TODAY, reason: '', pausePairings: false })).toBe(0);
    expect((await db.pairings.get(p))?.status).toBe('active');
    const exited = await addMentor('Béla', {
      status: 'exited',
      statusHistory: [{ status: 'exited', date: '2026-01-01', reason: 'moved', override: null }],
      exitDate: '2026-01-01',
      exitReason: 'moved',
    });
    await expect(pauseMentor(exited.id, { date: TODAY, reason: '', pausePairings: true })).rejects.toThrow();
  });
});

describe('the load list in name order, a stretch at a time', () => {
  it('gives every active or paused mentor’s id in the list’s order and the rows of the stretch asked for, as careList does', async () => {
    const given = [
      'Zoltán',
      'Anna',
      'Márk',
      'Béla',
      'Ödön',
      'Cecília',
      'Dóra',
      'Éva',
      'Gábor',
      'Hanna',
      'Ilona',
      'Jenő',
    ];
    const mentors: Mentor[] = [];
    for (const [i, name] of given.entries()) {
      const paused = i % 4 === 1;
      mentors.push(
        await addMentor(name, {
          status: paused ? 'paused' : 'active',
          statusHistory: [
            { status: 'active', date: '2026-01-01', reason: '', override: null },
            ...(paused ? [{ status: 'paused' as const, date: '2026-03-01', reason: 'rest', override: null }] : []),
          ],
          capacity: 1,
        }),
      );
    }
    // Not on the list: an applicant, a mentor who left, a deleted one.
    await addMentor('Anita', {
      status: 'applicant',
      statusHistory: [{ status: 'applicant', date: '2026-01-01', reason: '', override: null }],
    });
    await addMentor('Aladár', {
      status: 'exited',
      statusHistory: [{ status: 'exited', date: '2026-01-01', reason: 'moved', override: null }],
      exitDate: '2026-01-01',
      exitReason: 'moved',
    });
    const deleted = await addMentor('Adél');
    await db.mentors.update(deleted.id, { deletedAt: new Date().toISOString() });
    // Over capacity (a reason), one of them with a "talked, all right" note that clears it.
    const [zoltan, anna, marko] = mentors;
    for (const m of [zoltan!, anna!, marko!]) {
      await activePairing(m.id);
      await activePairing(m.id);
    }
    // (Anna is paused: over capacity or not, she is not flagged.)
    const [markRow] = (await needsSupport(TODAY)).filter((r) => r.mentor.id === marko!.id);
    await acknowledgeNeeds({
      mentorId: marko!.id,
      date: TODAY,
      cleared: markRow!.reasons.map((r) => ({ kind: r.kind, fact: r.fact })),
      note: 'Talked',
    });

    const all = await careList(TODAY);
    expect(all).toHaveLength(given.length);
    const { ids, rows } = await careListWindow(TODAY, 'asc', 2, 7);
    expect(ids).toEqual(all.map((r) => r.mentor.id));
    expect([...rows.keys()]).toEqual(ids.slice(2, 7));
    expect([...rows.values()]).toEqual(all.slice(2, 7));
    // Every row, and the note's effect, as the whole list has them.
    const whole = await careListWindow(TODAY, 'asc', 0, ids.length);
    expect([...whole.rows.values()]).toEqual(all);
    expect(whole.rows.get(marko!.id)?.allReasons.map((r) => r.kind)).toContain('overCapacity');
    expect(whole.rows.get(marko!.id)?.reasons.map((r) => r.kind)).not.toContain('overCapacity');
    expect(whole.rows.get(zoltan!.id)?.reasons.map((r) => r.kind)).toContain('overCapacity');

    const desc = await careListWindow(TODAY, 'desc', 0, 3);
    expect(desc.ids).toEqual([...ids].reverse());
    expect([...desc.rows.values()]).toEqual(all.slice(-3).reverse());
    expect((await careListWindow(TODAY, 'asc', 40, 80)).rows.size).toBe(0);
  });

  it('orders mentors of the same name by id, whichever their status, as the whole list does', async () => {
    const a = await addMentor('Anna');
    const b = await addMentor('Anna', {
      status: 'paused',
      statusHistory: [{ status: 'paused', date: '2026-03-01', reason: 'rest', override: null }],
    });
    const c = await addMentor('Anna');
    const byId = [a.id, b.id, c.id].sort();
    expect((await careList(TODAY)).map((r) => r.mentor.id)).toEqual(byId);
    expect((await careListWindow(TODAY, 'asc', 0, 1)).ids).toEqual(byId);
  });
});
