import { db } from '../../db/db';
import type { Session } from '../../../shared/domain/session';
import type { SubjectAccessInput, SubjectKind, SubjectPerson } from '../../../shared/privacy/subjectAccess';

/**
 * Reads everything held about one person for the subject-access export, through indexes only
 * (never a whole table), in one read transaction so the document and the JSON see one moment.
 *
 * Why this reads other features' tables itself: their repositories list what a page shows —
 * live records only, and a person's latest few hundred rows — while a subject-access export
 * must show every record still held, including those deleted in the app but kept as tombstones
 * (until the person is erased), with no limit. Everything here is read-only.
 *
 * `null` when no record of the person exists at all.
 */
export const loadSubjectAccess = async (kind: SubjectKind, id: string): Promise<SubjectAccessInput | null> =>
  db.transaction(
    'r',
    [
      db.mentors,
      db.mentees,
      db.contacts,
      db.programmes,
      db.consents,
      db.attendance,
      db.sessions,
      db.shadowing,
      db.pairings,
      db.contactLogs,
      db.checkIns,
      db.wellbeingCheckIns,
      db.careAcks,
      db.retention,
      db.auditLog,
    ],
    async () => {
      const subject = await readPerson(kind, id);
      if (!subject) return null;

      const byPairing = kind === 'mentor' ? 'mentorId' : 'menteeId';
      const [
        consents,
        attendance,
        asFacilitator,
        asExpected,
        shadowing,
        pairings,
        contactLogs,
        checkIns,
        wellbeingCheckIns,
        careAcks,
        retention,
        audit,
      ] = await Promise.all([
        db.consents.where('personId').equals(id).toArray(),
        db.attendance.where('personId').equals(id).toArray(),
        db.sessions.where('facilitatorIds').equals(id).toArray(),
        db.sessions.where('expectedIds').equals(id).toArray(),
        kind === 'mentee'
          ? []
          : db.shadowing
              .where(kind === 'mentor' ? 'mentorId' : 'contactId')
              .equals(id)
              .toArray(),
        kind === 'contact' ? [] : db.pairings.where(byPairing).equals(id).toArray(),
        kind === 'contact' ? [] : db.contactLogs.where(byPairing).equals(id).toArray(),
        kind === 'contact' ? [] : db.checkIns.where(byPairing).equals(id).toArray(),
        kind === 'mentor' ? db.wellbeingCheckIns.where('mentorId').equals(id).toArray() : [],
        kind === 'mentor' ? db.careAcks.where('mentorId').equals(id).toArray() : [],
        db.retention.where('personId').equals(id).toArray(),
        db.auditLog.where('subjectId').equals(id).toArray(),
      ]);

      // The sessions of the attendance rows (by primary key), besides those the person is listed at.
      const sessions = new Map<string, Session>([...asFacilitator, ...asExpected].map((s) => [s.id, s]));
      const missing = [...new Set(attendance.map((a) => a.sessionId))].filter((s) => !sessions.has(s));
      for (const s of await db.sessions.bulkGet(missing)) if (s) sessions.set(s.id, s);

      // Only the codes of the mentees on the other side: never their names.
      const menteeIds =
        kind === 'mentor' ? [...new Set([...pairings, ...contactLogs, ...checkIns].map((r) => r.menteeId))] : [];
      const menteeCodes = new Map<string, string>();
      for (const m of await db.mentees.bulkGet(menteeIds)) if (m) menteeCodes.set(m.id, m.code);

      const programmeIds = new Set<string>(
        [...sessions.values()].flatMap((s) => (s.programmeId ? [s.programmeId] : [])),
      );
      for (const p of pairings) programmeIds.add(p.programmeId);
      if (subject.kind === 'mentor') subject.person.programmeIds.forEach((p) => programmeIds.add(p));
      if (subject.kind === 'mentee') programmeIds.add(subject.person.programmeId);
      const programmes = (await db.programmes.bulkGet([...programmeIds])).flatMap((p) =>
        p ? [{ id: p.id, name: p.name }] : [],
      );

      return {
        ...subject,
        programmes,
        consents,
        attendance,
        sessions: [...sessions.values()],
        shadowing,
        pairings,
        contactLogs,
        checkIns,
        wellbeingCheckIns,
        careAcks,
        menteeCodes,
        retention,
        audit,
      };
    },
  );

/** The person's own record, from the table of their kind (a tombstone too). */
const readPerson = async (kind: SubjectKind, id: string): Promise<SubjectPerson | null> => {
  if (kind === 'mentor') {
    const person = await db.mentors.get(id);
    return person ? { kind, person } : null;
  }
  if (kind === 'mentee') {
    const person = await db.mentees.get(id);
    return person ? { kind, person } : null;
  }
  const person = await db.contacts.get(id);
  return person ? { kind, person } : null;
};
