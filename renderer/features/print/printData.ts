import Dexie from 'dexie';
import type { Language, PersonRef } from '../../../shared/domain/base';
import type { Session } from '../../../shared/domain/session';
import { SETTINGS_ID } from '../../../shared/domain/settings';
import { db } from '../../db/db';
import type { PeopleLookup, PrintContact, PrintMentee, PrintMentor } from './attendanceSheet';
import { completedModules, moduleProgress, type CreditedHours, type ModuleProgressLine } from './certificate';

/**
 * Read-only loaders for printable pages. They return only what a printed sheet may show: the
 * session comes back WITHOUT its confidential notes and follow-ups, people without contact
 * details, so a printable page cannot print them by mistake.
 *
 * Interim: the sessions, people, settings and training repositories are being written in
 * parallel; until they export the functions named below, these loaders read through the
 * documented indexes themselves (reads only, never writes).
 */

export type Organisation = { name: string; address: string; logoDataUrl: string | null; defaultLanguage: Language };

export type PrintSession = Pick<
  Session,
  'id' | 'title' | 'kind' | 'subKind' | 'date' | 'startTime' | 'endTime' | 'place' | 'facilitators' | 'expected' | 'language'
>;

export type AttendanceSheetData = { organisation: Organisation; session: PrintSession; people: PeopleLookup };

export type CertificateData = {
  organisation: Organisation;
  mentor: PrintMentor & { preferredLanguage: Language | null };
  modules: ModuleProgressLine[];
  shadowingHours: number;
};

/** Replace with settingsRepo's getter once it exists. */
export const loadOrganisation = async (): Promise<Organisation> => {
  const s = await db.settings.get(SETTINGS_ID);
  return {
    name: s?.organisationName ?? '',
    address: s?.address ?? '',
    logoDataUrl: s?.logoDataUrl ?? null,
    defaultLanguage: s?.defaultLanguage ?? 'en',
  };
};

const idsOf = (refs: readonly PersonRef[], kind: PersonRef['kind']) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];

const toMap = <T extends { id: string }>(rows: (T | undefined)[]): Map<string, T> =>
  new Map(rows.filter((r): r is T => r !== undefined).map((r) => [r.id, r]));

/** Replace with mentorsRepo / menteesRepo.getMenteesByIds / contactsRepo.getContactsByIds. */
export const loadPeople = async (refs: readonly PersonRef[]): Promise<PeopleLookup> => {
  const [mentors, mentees, contacts] = await Promise.all([
    db.mentors.bulkGet(idsOf(refs, 'mentor')),
    db.mentees.bulkGet(idsOf(refs, 'mentee')),
    db.contacts.bulkGet(idsOf(refs, 'contact')),
  ]);
  return {
    mentors: toMap<PrintMentor>(mentors.map((m) => m && { id: m.id, givenName: m.givenName, familyName: m.familyName, deletedAt: m.deletedAt })),
    mentees: toMap<PrintMentee>(
      mentees.map((m) => m && { id: m.id, code: m.code, givenName: m.givenName, familyName: m.familyName, deletedAt: m.deletedAt }),
    ),
    contacts: toMap<PrintContact>(
      contacts.map(
        (c) =>
          c && { id: c.id, givenName: c.givenName, familyName: c.familyName, organisation: c.organisation, role: c.role, deletedAt: c.deletedAt },
      ),
    ),
  };
};

/** Null when the session does not exist or was deleted. Replace the read with sessionsRepo.getSession. */
export const loadAttendanceSheet = async (sessionId: string): Promise<AttendanceSheetData | null> => {
  const s = await db.sessions.get(sessionId);
  if (!s || s.deletedAt !== null) return null;
  const session: PrintSession = {
    id: s.id,
    title: s.title,
    kind: s.kind,
    subKind: s.subKind,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    place: s.place,
    facilitators: s.facilitators ?? [],
    expected: s.expected ?? [],
    language: s.language ?? null,
  };
  const [organisation, people] = await Promise.all([loadOrganisation(), loadPeople([...session.expected, ...session.facilitators])]);
  return { organisation, session, people };
};

/**
 * Hours a mentor earned towards each module: present at training sessions linked to the
 * module, plus shadowing linked to it. Replace with the training feature's progress function.
 */
const loadCredits = async (mentorId: string): Promise<{ credits: CreditedHours[]; shadowingHours: number }> => {
  const [attendance, shadowing] = await Promise.all([
    db.attendance
      .where('[personId+sessionKind+sessionDate]')
      .between([mentorId, 'training', Dexie.minKey], [mentorId, 'training', Dexie.maxKey])
      .filter((a) => a.deletedAt === null && a.status === 'present')
      .toArray(),
    db.shadowing
      .where('mentorId')
      .equals(mentorId)
      .filter((s) => s.deletedAt === null)
      .toArray(),
  ]);
  const sessions = toMap(await db.sessions.bulkGet([...new Set(attendance.map((a) => a.sessionId))]));
  const credits: CreditedHours[] = [
    ...attendance.flatMap((a) => {
      const s = sessions.get(a.sessionId);
      return s && s.deletedAt === null ? [{ date: a.sessionDate, hours: a.hours, moduleIds: s.moduleIds }] : [];
    }),
    ...shadowing.map((s) => ({ date: s.date, hours: s.hours, moduleIds: s.moduleIds })),
  ];
  return { credits, shadowingHours: shadowing.reduce((sum, s) => sum + s.hours, 0) };
};

/** Null when the mentor does not exist or was deleted. */
export const loadCertificate = async (mentorId: string): Promise<CertificateData | null> => {
  const m = await db.mentors.get(mentorId);
  if (!m || m.deletedAt !== null) return null;
  const [organisation, modules, { credits, shadowingHours }] = await Promise.all([
    loadOrganisation(),
    m.programmeIds.length
      ? db.modules.where('programmeId').anyOf(m.programmeIds).filter((x) => x.deletedAt === null).toArray()
      : Promise.resolve([]),
    loadCredits(mentorId),
  ]);
  return {
    organisation,
    mentor: { id: m.id, givenName: m.givenName, familyName: m.familyName, deletedAt: m.deletedAt, preferredLanguage: m.preferredLanguage ?? null },
    modules: completedModules(moduleProgress(modules, credits)),
    shadowingHours,
  };
};
