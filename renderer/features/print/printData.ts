import type { Language, PersonRef } from '../../../shared/domain/base';
import type { Session } from '../../../shared/domain/session';
import type { ModuleProgress } from '../../../shared/training/progress';
import { getContactsByIds } from '../contacts/contactsRepo';
import { getMenteesByIds } from '../mentees/menteesRepo';
import { getMentor, getMentorsByIds } from '../mentors/mentorsRepo';
import { getSession } from '../sessions/sessionsRepo';
import { getSettings } from '../settings/settingsRepo';
import { getMentorProgress } from '../training/progressRepo';
import type { PeopleLookup, PrintContact, PrintMentee, PrintMentor } from './attendanceSheet';

/**
 * Read-only loaders for printable pages, through the other features' repositories. They
 * return only what a printed page may show: the session comes back WITHOUT its confidential
 * notes and follow-ups, people without contact details or notes, so a printable page cannot
 * print them by mistake.
 */

export type Organisation = { name: string; address: string; logoDataUrl: string | null; defaultLanguage: Language };

export type PrintSession = Pick<
  Session,
  | 'id'
  | 'title'
  | 'kind'
  | 'subKind'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'place'
  | 'facilitators'
  | 'expected'
  | 'language'
>;

export type AttendanceSheetData = { organisation: Organisation; session: PrintSession; people: PeopleLookup };

export type CertificateModule = Pick<ModuleProgress, 'moduleId' | 'name' | 'hours' | 'requiredHours' | 'completedOn'>;

export type CertificateData = {
  organisation: Organisation;
  mentor: PrintMentor & { preferredLanguage: Language | null };
  /** Completed modules only, in curriculum order. */
  modules: CertificateModule[];
  shadowingHours: number;
};

export const loadOrganisation = async (): Promise<Organisation> => {
  const s = await getSettings();
  return {
    name: s.organisationName,
    address: s.address,
    logoDataUrl: s.logoDataUrl,
    defaultLanguage: s.defaultLanguage,
  };
};

const idsOf = (refs: readonly PersonRef[], kind: PersonRef['kind']) => [
  ...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id)),
];

const byId = <T extends { id: string }>(rows: readonly T[]): Map<string, T> => new Map(rows.map((r) => [r.id, r]));

/** The people a sheet names, reduced to the fields it may print (deleted people are absent). */
export const loadPeople = async (refs: readonly PersonRef[]): Promise<PeopleLookup> => {
  const [mentors, mentees, contacts] = await Promise.all([
    getMentorsByIds(idsOf(refs, 'mentor')),
    getMenteesByIds(idsOf(refs, 'mentee')),
    getContactsByIds(idsOf(refs, 'contact')),
  ]);
  return {
    mentors: byId<PrintMentor>(
      mentors.map((m) => ({ id: m.id, givenName: m.givenName, familyName: m.familyName, deletedAt: m.deletedAt })),
    ),
    mentees: byId<PrintMentee>(
      mentees.map((m) => ({
        id: m.id,
        code: m.code,
        givenName: m.givenName,
        familyName: m.familyName,
        deletedAt: m.deletedAt,
      })),
    ),
    contacts: byId<PrintContact>(
      contacts.map((c) => ({
        id: c.id,
        givenName: c.givenName,
        familyName: c.familyName,
        organisation: c.organisation,
        role: c.role,
        deletedAt: c.deletedAt,
      })),
    ),
  };
};

/** Null when the session does not exist or was deleted. */
export const loadAttendanceSheet = async (sessionId: string): Promise<AttendanceSheetData | null> => {
  const s = await getSession(sessionId);
  if (!s) return null;
  const session: PrintSession = {
    id: s.id,
    title: s.title,
    kind: s.kind,
    subKind: s.subKind,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    place: s.place,
    facilitators: s.facilitators,
    expected: s.expected,
    language: s.language,
  };
  const [organisation, people] = await Promise.all([
    loadOrganisation(),
    loadPeople([...session.expected, ...session.facilitators]),
  ]);
  return { organisation, session, people };
};

/**
 * What a certificate certifies: modules complete with hours actually credited. A module that
 * requires no hours counts as complete in progress, but no training happened, so it is not
 * printed as completed training.
 */
export const certificateModules = (modules: readonly ModuleProgress[]): CertificateModule[] =>
  modules
    .filter((m) => m.complete && m.hours > 0)
    .map(({ moduleId, name, hours, requiredHours, completedOn }) => ({
      moduleId,
      name,
      hours,
      requiredHours,
      completedOn,
    }));

/** Null when the mentor does not exist or was deleted. */
export const loadCertificate = async (mentorId: string): Promise<CertificateData | null> => {
  const [found, organisation] = await Promise.all([getMentorProgress(mentorId), loadOrganisation()]);
  if (!found) return null;
  const { mentor: m, progress } = found;
  return {
    organisation,
    mentor: {
      id: m.id,
      givenName: m.givenName,
      familyName: m.familyName,
      deletedAt: m.deletedAt,
      preferredLanguage: m.preferredLanguage,
    },
    modules: certificateModules(progress.modules),
    shadowingHours: progress.shadowingHoursTotal,
  };
};

export type SessionSummary = Pick<Session, 'id' | 'title' | 'date' | 'language'>;
export type MentorSummary = Pick<PrintMentor, 'id' | 'givenName' | 'familyName'> & {
  preferredLanguage: Language | null;
};

/** What the print buttons need: the default language and the PDF's file name. */
export const loadSessionSummary = async (sessionId: string): Promise<SessionSummary | null> => {
  const s = await getSession(sessionId);
  return s ? { id: s.id, title: s.title, date: s.date, language: s.language } : null;
};

export const loadMentorSummary = async (mentorId: string): Promise<MentorSummary | null> => {
  const m = await getMentor(mentorId);
  return m
    ? { id: m.id, givenName: m.givenName, familyName: m.familyName, preferredLanguage: m.preferredLanguage }
    : null;
};
