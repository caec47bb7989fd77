import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { ContactSchema, contactSearchTokens } from '../../../shared/domain/contact';
import {
  MentorInputSchema,
  MentorSchema,
  mentorDerived,
  type Mentor,
  type MentorStatus,
} from '../../../shared/domain/mentor';
import { createProgramme } from '../programmes/programmesRepo';
import { createMentee, deleteMentee } from '../mentees/menteesRepo';
import { deleteMentor } from '../mentors/mentorsRepo';
import { addContactLog, changePairingStatus, closePairing, createPairing } from '../pairings/pairingsRepo';
import { createSession, deleteSession } from '../sessions/sessionsRepo';
import { saveAttendance } from '../sessions/attendanceRepo';
import { sessionInput } from '../../../tests/fixtures/records';
import { createShadowing } from '../training/shadowingRepo';
import { DEFAULT_SETTINGS, saveSettings } from '../settings/settingsRepo';
import { RetentionError, countRetentionDue, keepUntil, retentionQueue } from './retentionRepo';

/** The default retention period is five years: the boundary day of an end on 2021-03-10. */
const BOUNDARY = '2026-03-10';
const DAY_BEFORE = '2026-03-09';

let programmeId: string;

const addMentor = async (givenName: string, status: MentorStatus, exitDate: string | null = null): Promise<Mentor> => {
  const now = new Date().toISOString();
  const input = MentorInputSchema.parse({
    givenName,
    familyName: 'Virtanen',
    programmeIds: [programmeId],
    capacity: 5,
  });
  const history = [{ status: 'active' as const, date: '2015-01-01' }];
  const mentor = MentorSchema.parse({
    ...input,
    ...mentorDerived(input),
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    status,
    statusHistory: status === 'exited' ? [...history, { status, date: exitDate, reason: 'Moved away' }] : history,
    exitDate,
    exitReason: status === 'exited' ? 'Moved away' : '',
  });
  await db.mentors.add(mentor);
  return mentor;
};

const addContact = async (givenName: string, addedOn: string) => {
  const names = {
    givenName,
    familyName: 'Nagy',
    organisation: 'Police',
    role: 'Victim protection',
    phone: '',
    email: '',
  };
  const at = `${addedOn}T10:00:00.000Z`;
  const contact = ContactSchema.parse({
    ...names,
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    searchTokens: contactSearchTokens(names),
  });
  await db.contacts.add(contact);
  return contact;
};

/** A mentee with one pairing to `mentor`, active from `start`, closed on `closedOn` unless null. */
const menteeWithPairing = async (
  mentor: Mentor,
  start: string,
  closedOn: string | null,
  beforeClosing: (pairingId: string) => Promise<void> = async () => {},
) => {
  const mentee = await createMentee(
    { programmeId, transition: 'leavingCare', referredOn: '2014-01-01' },
    { today: start },
  );
  const pairing = await createPairing({ mentorId: mentor.id, menteeId: mentee.id, programmeId }, { date: start });
  await changePairingStatus(pairing.id, 'active', start);
  await beforeClosing(pairing.id);
  if (closedOn)
    await closePairing(pairing.id, {
      date: closedOn,
      reason: 'goalsMet',
      planned: true,
      closingConversationHeld: true,
      menteeStatusAfter: 'closed',
    });
  return { mentee, pairing };
};

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

beforeEach(async () => {
  await resetDatabase();
  programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
});

describe('who is due', () => {
  it('an exited mentor is due on the day five years after the exit, not the day before', async () => {
    const exitedMentor = await addMentor('Aino', 'exited', '2021-03-10');
    await addMentor('Ville', 'active');
    await addMentor('Recent', 'exited', '2022-01-01');

    expect((await retentionQueue(DAY_BEFORE)).due).toEqual([]);
    expect(await countRetentionDue(DAY_BEFORE)).toBe(0);

    const queue = await retentionQueue(BOUNDARY);
    expect(queue.years).toBe(5);
    expect(queue.due).toHaveLength(1);
    expect(queue.due[0]).toMatchObject({
      kind: 'mentor',
      table: 'mentors',
      id: exitedMentor.id,
      name: { givenName: 'Aino', familyName: 'Virtanen' },
      code: null,
      deleted: false,
      end: { date: '2021-03-10', basis: 'exited' },
      dueOn: BOUNDARY,
      decision: null,
    });
    expect(await countRetentionDue(BOUNDARY)).toBe(1);
  });

  it('follows the retention period set in Settings', async () => {
    await addMentor('Aino', 'exited', '2021-03-10');
    await saveSettings({
      ...DEFAULT_SETTINGS,
      organisationName: 'Tandem ry',
      rules: { ...DEFAULT_SETTINGS.rules, retentionYears: 6 },
    });
    expect(await countRetentionDue(BOUNDARY)).toBe(0);
    expect(await countRetentionDue('2027-03-10')).toBe(1);
  });

  it('deleted people count too: a deleted mentor who never exited, from the day of the deletion', async () => {
    const deleted = await addMentor('Poistettu', 'applicant');
    await deleteMentor(deleted.id);
    const deletedOn = (await db.mentors.get(deleted.id))!.deletedAt!.slice(0, 10);
    const fiveYearsOn = `${Number(deletedOn.slice(0, 4)) + 5}${deletedOn.slice(4)}`;
    expect(await countRetentionDue(deletedOn)).toBe(0);
    const queue = await retentionQueue(fiveYearsOn);
    expect(queue.due).toHaveLength(1);
    expect(queue.due[0]).toMatchObject({ id: deleted.id, deleted: true, end: { date: deletedOn, basis: 'deleted' } });
  });

  it('a mentee whose pairings are all closed, from the latest closure; not while a pairing is open', async () => {
    const mentor = await addMentor('Aino', 'active');
    const closed = await menteeWithPairing(mentor, '2019-01-01', '2021-03-10');
    const open = await menteeWithPairing(mentor, '2019-01-01', null);
    await deleteMentee(closed.mentee.id);

    expect(await countRetentionDue(DAY_BEFORE)).toBe(0);
    const queue = await retentionQueue(BOUNDARY);
    expect(ids(queue.due)).toEqual([closed.mentee.id]);
    expect(queue.due[0]).toMatchObject({
      kind: 'mentee',
      code: closed.mentee.code,
      name: null,
      deleted: true,
      end: { date: '2021-03-10', basis: 'pairingClosed' },
    });
    expect(queue.due.map((r) => r.id)).not.toContain(open.mentee.id);
  });

  it('a mentee who never had a pairing, from their referral', async () => {
    const waiting = await createMentee(
      { programmeId, transition: 'leavingCare', referredOn: '2021-03-10' },
      { today: '2021-03-10' },
    );
    await createMentee({ programmeId, transition: 'leavingCare', referredOn: '2021-03-11' }, { today: '2021-03-11' });
    const queue = await retentionQueue(BOUNDARY);
    expect(ids(queue.due)).toEqual([waiting.id]);
    expect(queue.due[0]?.end).toEqual({ date: '2021-03-10', basis: 'referred' });
  });

  it('a contact: from their latest attendance, session or shadowing, else from when they were added', async () => {
    const mentor = await addMentor('Aino', 'active');
    const attended = await addContact('Attended', '2015-01-01');
    const facilitator = await addContact('Facilitator', '2015-01-01');
    const shadowed = await addContact('Shadowed', '2015-01-01');
    const idle = await addContact('Idle', '2021-03-10');
    const recent = await addContact('Recent', '2021-03-11');
    const deletedSessionOnly = await addContact('OnlyDeleted', '2015-01-01');

    const old = await createSession(sessionInput({ date: '2021-03-10' }));
    await saveAttendance(old.id, [{ personKind: 'contact', personId: attended.id, status: 'present', hours: 1.5 }]);
    await createSession(sessionInput({ date: '2024-05-05', facilitators: [{ kind: 'contact', id: facilitator.id }] }));
    await createShadowing({
      mentorId: mentor.id,
      contactId: shadowed.id,
      date: '2022-02-02',
      hours: 3,
      area: 'Police work',
    });
    const gone = await createSession(
      sessionInput({ date: '2025-01-01', facilitators: [{ kind: 'contact', id: deletedSessionOnly.id }] }),
    );
    await deleteSession(gone.id);

    expect(ids((await retentionQueue(DAY_BEFORE)).due)).toEqual(ids([deletedSessionOnly]));
    const queue = await retentionQueue(BOUNDARY);
    expect(ids(queue.due)).toEqual(ids([attended, idle, deletedSessionOnly]));
    expect(queue.due.find((r) => r.id === attended.id)?.end).toEqual({ date: '2021-03-10', basis: 'attended' });
    expect(queue.due.find((r) => r.id === idle.id)?.end).toEqual({ date: '2021-03-10', basis: 'added' });
    expect(queue.due.find((r) => r.id === deletedSessionOnly.id)?.end).toEqual({ date: '2015-01-01', basis: 'added' });
    expect(queue.due.map((r) => r.id)).not.toContain(recent.id);
    // Longest ended first.
    expect(queue.due[0]?.id).toBe(deletedSessionOnly.id);
  });

  it('a contact facilitating only old sessions is due from the latest of them', async () => {
    const facilitator = await addContact('Facilitator', '2015-01-01');
    for (const date of ['2019-01-01', '2021-03-10', '2020-06-01'])
      await createSession(sessionInput({ date, facilitators: [{ kind: 'contact', id: facilitator.id }] }));
    expect(await countRetentionDue(DAY_BEFORE)).toBe(0);
    const queue = await retentionQueue(BOUNDARY);
    expect(queue.due[0]).toMatchObject({ id: facilitator.id, end: { date: '2021-03-10', basis: 'session' } });
    expect(queue.due[0]?.held).toEqual([{ what: 'sessions', count: 3 }]);
  });
});

describe('what is held', () => {
  it('counts each kind of record about the person, deleted ones too', async () => {
    const mentor = await addMentor('Aino', 'exited', '2021-03-10');
    const contact = await addContact('Kata', '2014-01-01');
    const { mentee } = await menteeWithPairing(mentor, '2019-01-01', '2020-12-31', async (pairingId) => {
      await addContactLog({ pairingId, date: '2019-02-01', durationMinutes: 60, kind: 'meeting' });
      await addContactLog({ pairingId, date: '2019-03-01', durationMinutes: 30, kind: 'phone', crisis: true });
    });
    const session = await createSession(sessionInput({ date: '2019-05-05' }));
    await saveAttendance(session.id, [{ personKind: 'mentor', personId: mentor.id, status: 'present', hours: 1.5 }]);
    await createShadowing({
      mentorId: mentor.id,
      contactId: contact.id,
      date: '2019-06-06',
      hours: 2,
      area: 'Outreach',
    });
    const deleted = await createSession(sessionInput({ date: '2019-07-07' }));
    await saveAttendance(deleted.id, [{ personKind: 'mentor', personId: mentor.id, status: 'absent', hours: 0 }]);
    await deleteSession(deleted.id);

    const queue = await retentionQueue(BOUNDARY);
    expect(queue.due.find((r) => r.id === mentee.id)?.held).toEqual([
      { what: 'pairings', count: 1 },
      { what: 'contactLogs', count: 2 },
    ]);
    const row = queue.due.find((r) => r.id === mentor.id);
    expect(row?.held).toEqual([
      { what: 'statusChanges', count: 2 },
      { what: 'attendance', count: 2 },
      { what: 'shadowing', count: 1 },
      { what: 'pairings', count: 1 },
      { what: 'contactLogs', count: 2 },
    ]);
  });
});

describe('keep until', () => {
  it('records the decision with its reason and an audit entry; the person leaves the queue until the date has passed', async () => {
    const mentor = await addMentor('Aino', 'exited', '2021-03-10');
    const decision = await keepUntil(
      { kind: 'mentor', id: mentor.id },
      { keepUntil: '2027-01-31', reason: '  Insurance claim open  ' },
      BOUNDARY,
    );
    expect(decision).toMatchObject({
      personKind: 'mentor',
      personId: mentor.id,
      keepUntil: '2027-01-31',
      reason: 'Insurance claim open',
      decidedOn: BOUNDARY,
    });
    const stored = await db.retention.get(decision.id);
    expect(stored?.rev).toMatch(/^[0-9a-f]{16}$/);
    const audit = await db.auditLog.toArray();
    expect(audit.map((a) => [a.action, a.subjectKind, a.subjectId])).toEqual([['retentionKeep', 'mentor', mentor.id]]);

    const kept = await retentionQueue(BOUNDARY);
    expect(kept.due).toEqual([]);
    expect(kept.kept).toHaveLength(1);
    expect(kept.kept[0]?.decision?.id).toBe(decision.id);
    expect(await countRetentionDue(BOUNDARY)).toBe(0);
    expect(await countRetentionDue('2027-01-31')).toBe(0);

    const lapsed = await retentionQueue('2027-02-01');
    expect(lapsed.kept).toEqual([]);
    expect(lapsed.due[0]).toMatchObject({ id: mentor.id, decision: { id: decision.id } });
    expect(await countRetentionDue('2027-02-01')).toBe(1);
  });

  it('refuses a date that is not after today, or no reason, and writes nothing', async () => {
    const mentor = await addMentor('Aino', 'exited', '2021-03-10');
    const person = { kind: 'mentor' as const, id: mentor.id };
    const today = keepUntil(person, { keepUntil: BOUNDARY, reason: 'Court case' }, BOUNDARY);
    await expect(today).rejects.toThrow(ZodError);
    await expect(today.catch((e: ZodError) => e.issues[0]?.message)).resolves.toBe('validation.keepUntilFuture');
    await expect(keepUntil(person, { keepUntil: '2027-01-01', reason: ' ' }, BOUNDARY)).rejects.toThrow(ZodError);
    await expect(keepUntil(person, { keepUntil: '2027-02-30', reason: 'x' }, BOUNDARY)).rejects.toThrow(ZodError);
    expect(await db.retention.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('refuses someone who is not there', async () => {
    await expect(
      keepUntil({ kind: 'contact', id: crypto.randomUUID() }, { keepUntil: '2027-01-01', reason: 'x' }, BOUNDARY),
    ).rejects.toThrow(RetentionError);
    expect(await db.retention.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});
