import type { PersonRef } from '../../../../shared/domain/base';
import type { Session } from '../../../../shared/domain/session';
import { getContactsByIds } from '../../contacts';
import { getMenteesByIds } from '../../mentees';
import { getMentorsByIds } from '../../mentors';
import {
  loadOrganisation,
  type Organisation,
  type PeopleLookup,
  type PrintContact,
  type PrintMentee,
  type PrintMentor,
} from '../../print';
import { getSession } from '../sessionsRepo';

/**
 * Read-only loaders for the attendance sheet, through the repositories. They return only what a
 * printed page may show: the session comes back WITHOUT its confidential notes and follow-ups,
 * people without contact details or notes, so a printable page cannot print them by mistake.
 */

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

export type SessionSummary = Pick<Session, 'id' | 'title' | 'date' | 'language'>;

/** What the print button needs: the default language and the PDF's file name. */
export const loadSessionSummary = async (sessionId: string): Promise<SessionSummary | null> => {
  const s = await getSession(sessionId);
  return s ? { id: s.id, title: s.title, date: s.date, language: s.language } : null;
};
