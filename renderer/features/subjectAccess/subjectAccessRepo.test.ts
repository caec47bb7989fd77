import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { pseudonymousRef, subjectAccessDocument, subjectAccessJson } from '../../../shared/privacy/subjectAccess';
import { recordAudit } from '../audit';
import { recordCheckIn } from '../checkins/checkinsRepo';
import { createContact } from '../contacts/contactsRepo';
import { createMentee } from '../mentees/menteesRepo';
import { changeMentorStatus, createMentor } from '../mentors/mentorsRepo';
import { addContactLog, changePairingStatus, createPairing } from '../pairings/pairingsRepo';
import { createProgramme } from '../programmes/programmesRepo';
import { saveAttendance } from '../sessions/attendanceRepo';
import { createSession, deleteSession } from '../sessions/sessionsRepo';
import { createShadowing, deleteShadowing } from '../training/shadowingRepo';
import { loadSubjectAccess } from './subjectAccessRepo';

/*
 * One mentor, one mentee and one contact with records in every table the export reads, and a
 * second mentor and mentee whose records must stay out. Written through the features' own
 * repositories (the write path stamps them) except the consent and retention records, whose
 * tables other work is reshaping: they are put in as stored records.
 */

beforeEach(resetDatabase);

const addCheckInFor = (pairingId: string, respondent: 'mentor' | 'mentee', date: string, note: string) =>
  recordCheckIn({
    pairingId,
    date,
    respondent,
    questionnaire: 'pairing@1',
    answers: { trust: 4 },
    goodFit: 'yes',
    note,
  });

const NAMES = {
  mentee: { givenName: 'Titkos', familyName: 'Ügyfélné' },
  other: { givenName: 'Bendegúz', familyName: 'Másikfalvi' },
  contact: { givenName: 'Gizella', familyName: 'Bárányos' },
  typedProfessional: 'Dr. Gépírt Szakember',
};

const seed = async () => {
  const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  const mentorId = await createMentor(
    {
      givenName: 'Anna',
      familyName: 'Kovács',
      email: 'anna@example.org',
      phone: '+36 30 111 2222',
      programmeIds: [programmeId],
      notes: 'Prefers evenings',
    },
    { status: 'applicant', date: '2026-01-05' },
  );
  await changeMentorStatus(mentorId, { status: 'screening', date: '2026-01-20', reason: '' });
  const otherMentorId = await createMentor(
    { ...NAMES.other, programmeIds: [programmeId] },
    { status: 'applicant', date: '2026-01-05' },
  );
  const mentee = await createMentee(
    { programmeId, transition: 'movingIntoHousing', ...NAMES.mentee, needs: 'A flat of her own' },
    { today: '2026-02-01' },
  );
  const otherMentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: '2026-02-01' });
  const contact = await createContact({ ...NAMES.contact, organisation: 'Családsegítő', role: 'Social worker' });

  const training = await createSession({
    title: 'Alapképzés 1',
    kind: 'training',
    subKind: 'course',
    programmeId,
    date: '2026-02-10',
    startTime: '09:00',
    endTime: '12:00',
    facilitators: [{ kind: 'contact', id: contact.id }],
    expected: [
      { kind: 'mentor', id: mentorId },
      { kind: 'mentor', id: otherMentorId },
    ],
    confidentialNotes: 'Nobody may read this',
  });
  await saveAttendance(training.id, [
    { personKind: 'mentor', personId: mentorId, status: 'present', hours: 3 },
    { personKind: 'mentor', personId: otherMentorId, status: 'present', hours: 3 },
    { personKind: 'contact', personId: contact.id, status: 'present', hours: 3 },
  ]);
  // A deleted session still holds the attendance row: it is listed, and its hours do not count.
  const cancelled = await createSession({
    title: 'Elmaradt képzés',
    kind: 'training',
    subKind: 'workshop',
    programmeId,
    date: '2026-02-17',
    startTime: '09:00',
    endTime: '11:00',
  });
  await saveAttendance(cancelled.id, [{ personKind: 'mentor', personId: mentorId, status: 'present', hours: 2 }]);
  await deleteSession(cancelled.id);

  await createShadowing({ mentorId, contactId: contact.id, date: '2026-02-12', hours: 2, area: 'Lakhatás' });
  await createShadowing({
    mentorId,
    professionalName: NAMES.typedProfessional,
    date: '2026-02-14',
    hours: 1.5,
    area: 'Adósságkezelés',
  });
  const dropped = await createShadowing({
    mentorId,
    professionalName: 'Valaki',
    date: '2026-02-15',
    hours: 5,
    area: 'Törölt',
  });
  await deleteShadowing(dropped.id);
  await createShadowing({
    mentorId: otherMentorId,
    contactId: contact.id,
    date: '2026-02-16',
    hours: 4,
    area: 'Másik',
  });

  const pairing = await createPairing(
    { mentorId, menteeId: mentee.id, programmeId, notes: 'Mentee-centred note' },
    { date: '2026-03-01' },
  );
  await changePairingStatus(pairing.id, 'active', '2026-03-02');
  await addContactLog({
    pairingId: pairing.id,
    date: '2026-03-05',
    durationMinutes: 90,
    kind: 'meeting',
    crisis: true,
    notes: 'Talked about the flat',
  });
  const otherPairing = await createPairing(
    { mentorId: otherMentorId, menteeId: otherMentee.id, programmeId },
    { date: '2026-03-01' },
  );
  await changePairingStatus(otherPairing.id, 'active', '2026-03-02');
  await addCheckInFor(pairing.id, 'mentor', '2026-04-02', 'Going well');
  await addCheckInFor(pairing.id, 'mentee', '2026-04-03', 'Mentee private view');
  await addCheckInFor(otherPairing.id, 'mentor', '2026-04-02', 'Other mentor view');

  const now = new Date().toISOString();
  await db.consents.add({
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    personKind: 'mentor',
    personId: mentorId,
    purposeKind: 'processing',
    purpose: 'Adatkezelés',
    kind: 'given',
    date: '2026-01-05',
    method: 'written',
    notes: '',
  } as never);
  await db.retention.add({
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    personKind: 'mentor',
    personId: mentorId,
    keepUntil: '2031-01-01',
    reason: 'Pending complaint',
    decidedOn: '2026-05-01',
  });
  await recordAudit({ action: 'exportList', subjectKind: 'mentor', subjectId: mentorId, count: 1 });
  await recordAudit({ action: 'revealName', subjectKind: 'mentee', subjectId: mentee.id });
  await recordAudit({ action: 'exportList', subjectKind: 'mentor', subjectId: otherMentorId, count: 1 });

  return {
    programmeId,
    mentorId,
    otherMentorId,
    mentee,
    otherMentee,
    contact,
    training,
    cancelled,
    pairing,
    otherPairing,
  };
};

describe('loadSubjectAccess', () => {
  it("gathers a mentor's records in every table, and nobody else's", async () => {
    const s = await seed();
    const input = await loadSubjectAccess('mentor', s.mentorId);
    if (input?.kind !== 'mentor') throw new Error('expected the mentor');

    expect(input.person.givenName).toBe('Anna');
    expect(input.consents).toHaveLength(1);
    expect(input.attendance.map((a) => a.sessionId).sort()).toEqual([s.training.id, s.cancelled.id].sort());
    expect(new Set(input.sessions.map((x) => x.id))).toEqual(new Set([s.training.id, s.cancelled.id]));
    // Three shadowing entries, the deleted one too (a tombstone is still held).
    expect(input.shadowing.map((x) => x.area).sort()).toEqual(['Adósságkezelés', 'Lakhatás', 'Törölt']);
    expect(input.pairings.map((p) => p.id)).toEqual([s.pairing.id]);
    expect(input.contactLogs).toHaveLength(1);
    expect(input.checkIns.map((c) => c.respondent).sort()).toEqual(['mentee', 'mentor']);
    expect(input.retention.map((r) => r.reason)).toEqual(['Pending complaint']);
    expect(input.audit.map((a) => a.action)).toEqual(['exportList']);
    expect([...input.menteeCodes.entries()]).toEqual([[s.mentee.id, s.mentee.code]]);
    expect(input.programmes.map((p) => p.name)).toEqual(['Housing First']);

    const json = subjectAccessJson(input, '2026-06-01T10:00:00.000Z');
    expect(json.totals).toEqual({ trainingHours: 3, shadowingHours: 3.5 });
    expect(json.person).toMatchObject({ givenName: 'Anna', status: 'screening', programmes: ['Housing First'] });
    expect(json.pairings[0]?.otherParty).toEqual({ kind: 'mentee', code: s.mentee.code });
    expect(json.checkIns.map((c) => c.note)).toEqual(['Going well']);

    // Nobody else by name or id; nothing about the mentee beyond the code.
    const text = JSON.stringify([json, subjectAccessDocument(input)]);
    for (const secret of [
      ...Object.values(NAMES.mentee),
      ...Object.values(NAMES.other),
      ...Object.values(NAMES.contact),
      NAMES.typedProfessional,
      s.mentee.id,
      s.otherMentorId,
      s.contact.id,
      'Mentee-centred note',
      'Talked about the flat',
      'Mentee private view',
      'Other mentor view',
      'Nobody may read this',
      'A flat of her own',
    ])
      expect(text, secret).not.toContain(secret);
    expect(text).toContain(s.mentee.code);
    expect(text).toContain(pseudonymousRef('contact', s.contact.id));
  });

  it("gathers a mentee's records: their own notes and real name, the mentor by reference", async () => {
    const s = await seed();
    const input = await loadSubjectAccess('mentee', s.mentee.id);
    if (input?.kind !== 'mentee') throw new Error('expected the mentee');
    expect(input.pairings).toHaveLength(1);
    expect(input.audit.map((a) => a.action)).toEqual(['revealName']);
    const json = subjectAccessJson(input, '2026-06-01T10:00:00.000Z');
    expect(json.person).toMatchObject({ code: s.mentee.code, ...NAMES.mentee, programme: 'Housing First' });
    expect(json.contactLogs[0]).toMatchObject({ notes: 'Talked about the flat', crisis: true, durationMinutes: 90 });
    expect(json.pairings[0]).toMatchObject({
      notes: 'Mentee-centred note',
      otherParty: { kind: 'mentor', reference: pseudonymousRef('mentor', s.mentorId) },
    });
    expect(json.checkIns.map((c) => c.note)).toEqual(['Mentee private view']);
    expect(json.totals).toBeNull();
    const text = JSON.stringify([json, subjectAccessDocument(input)]);
    for (const secret of ['Anna', 'Kovács', 'anna@example.org', s.mentorId, 'Going well'])
      expect(text, secret).not.toContain(secret);
  });

  it("gathers a contact's sessions, attendance and the shadowing they hosted, mentors by reference", async () => {
    const s = await seed();
    const input = await loadSubjectAccess('contact', s.contact.id);
    if (input?.kind !== 'contact') throw new Error('expected the contact');
    const json = subjectAccessJson(input, '2026-06-01T10:00:00.000Z');
    expect(json.sessions).toEqual([expect.objectContaining({ id: s.training.id, roles: ['facilitator'] })]);
    expect(json.attendance).toEqual([
      expect.objectContaining({ sessionId: s.training.id, hours: 3, status: 'present' }),
    ]);
    expect(json.shadowing.map((x) => x.mentor)).toEqual([
      { kind: 'mentor', reference: pseudonymousRef('mentor', s.mentorId) },
      { kind: 'mentor', reference: pseudonymousRef('mentor', s.otherMentorId) },
    ]);
    expect(json.pairings).toEqual([]);
    const text = JSON.stringify([json, subjectAccessDocument(input)]);
    for (const secret of ['Anna', 'Kovács', NAMES.other.familyName, 'Nobody may read this'])
      expect(text, secret).not.toContain(secret);
  });

  it('is null for an unknown person, or one looked for under another kind', async () => {
    const s = await seed();
    expect(await loadSubjectAccess('mentor', crypto.randomUUID())).toBeNull();
    expect(await loadSubjectAccess('contact', s.mentorId)).toBeNull();
  });

  it('still exports a person deleted in the app (the tombstone holds their data)', async () => {
    const s = await seed();
    await db.transaction('rw', db.contacts, async () => {
      await db.contacts.update(s.contact.id, { deletedAt: '2026-07-01T08:00:00.000Z' });
    });
    const input = await loadSubjectAccess('contact', s.contact.id);
    expect(input?.person.deletedAt).toBe('2026-07-01T08:00:00.000Z');
    const profile = subjectAccessDocument(input!).sections[0]!.blocks[0]!;
    expect(profile.kind === 'fields' && profile.fields.map((f) => f.label)).toContain('fields.recordDeleted');
  });
});
