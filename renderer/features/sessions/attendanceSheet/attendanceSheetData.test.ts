import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../../db/testing';
import { createContact, deleteContact } from '../../contacts/contactsRepo';
import { createMentee } from '../../mentees/menteesRepo';
import { createMentor } from '../../mentors/mentorsRepo';
import { createProgramme } from '../../programmes/programmesRepo';
import { createSession, deleteSession } from '../sessionsRepo';
import { loadAttendanceSheet } from './attendanceSheetData';

/** Real repositories on fake-indexeddb: what the printable pages get to see. */

const SECRET = 'Confidential: talked about a relapse';

const seedSession = async () => {
  const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  const mentorId = await createMentor({
    givenName: 'Anna',
    familyName: 'Kovács',
    phone: '+36 30 111 2222',
    email: 'anna@example.org',
    notes: 'private',
  });
  const contact = await createContact({
    givenName: 'Mikko',
    familyName: 'Virtanen',
    organisation: 'Poliisi',
    role: 'Officer',
    phone: '040 123',
    email: 'm@example.org',
    notes: 'private',
  });
  const gone = await createContact({ givenName: 'Gone', familyName: 'Away' });
  const mentee = await createMentee(
    { programmeId, givenName: 'Titkos', familyName: 'Béla', transition: 'movingIntoHousing' },
    { today: '2026-11-01' },
  );
  const session = await createSession({
    title: 'Case discussion',
    kind: 'supervision',
    subKind: 'caseDiscussion',
    date: '2026-11-20',
    startTime: '14:00',
    endTime: '16:00',
    place: 'Office',
    facilitators: [{ kind: 'contact', id: contact.id }],
    expected: [
      { kind: 'mentor', id: mentorId },
      { kind: 'mentee', id: mentee.id },
      { kind: 'contact', id: gone.id },
    ],
    confidentialNotes: SECRET,
    followUps: [{ id: crypto.randomUUID(), text: 'Secret follow-up', owner: '', dueDate: null, done: false }],
    language: 'fi',
  });
  await deleteContact(gone.id);
  return { programmeId, mentorId, contact, mentee, session };
};

describe('attendance sheet data', () => {
  beforeEach(resetDatabase);

  it('gives an attendance sheet the session without its confidential notes or follow-ups', async () => {
    const { session, mentorId, mentee, contact } = await seedSession();
    const data = await loadAttendanceSheet(session.id);
    expect(data).not.toBeNull();
    expect(data!.session).toMatchObject({ title: 'Case discussion', language: 'fi', place: 'Office' });
    const everything = JSON.stringify(data);
    for (const secret of [
      SECRET,
      'Secret follow-up',
      'confidentialNotes',
      'followUps',
      '+36 30',
      'example.org',
      'private',
    ])
      expect(everything).not.toContain(secret);
    expect(data!.people.mentors.get(mentorId)).toMatchObject({ givenName: 'Anna', familyName: 'Kovács' });
    expect(data!.people.mentees.get(mentee.id)).toMatchObject({ code: mentee.code });
    expect(data!.people.contacts.get(contact.id)).toMatchObject({ organisation: 'Poliisi', role: 'Officer' });
    // The deleted contact is not there to print.
    expect(data!.people.contacts.size).toBe(1);
  });

  it('has nothing to print for a deleted or unknown session', async () => {
    const { session } = await seedSession();
    await deleteSession(session.id);
    expect(await loadAttendanceSheet(session.id)).toBeNull();
    expect(await loadAttendanceSheet(crypto.randomUUID())).toBeNull();
  });
});
