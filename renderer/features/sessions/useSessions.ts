import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonKind, PersonRef } from '../../../shared/domain/base';
import type { Attendance, Session } from '../../../shared/domain/session';
import type { Programme } from '../../../shared/domain/programme';
import type { TrainingModule } from '../../../shared/domain/training';
import { lastSupervisionDate, listAttendanceByPerson, listAttendanceForSession } from './attendanceRepo';
import {
  getSessionsByIds,
  getSession,
  listSessions,
  listSessionsInRange,
  listSessionsOfPerson,
  type SessionFilter,
} from './sessionsRepo';
import { listProgrammes, namesOf, searchPeople, supervisionEveryWeeks, type PersonOption } from './peopleLookup';
import { listSupervisionOverdue, type OverdueMentor } from './supervisionOverdue';
import { listModules } from '../programmes';

export const useSessionList = (filter: SessionFilter): Session[] | undefined =>
  useLiveQuery(() => listSessions(filter), [JSON.stringify(filter)]);

/** The session, null when missing or deleted, undefined while loading. */
export const useSession = (id: string | undefined): Session | null | undefined =>
  useLiveQuery(async () => (id ? ((await getSession(id)) ?? null) : null), [id]);

export const useAttendance = (sessionId: string | undefined): Attendance[] | undefined =>
  useLiveQuery(() => (sessionId ? listAttendanceForSession(sessionId) : Promise.resolve([])), [sessionId]);

/** The sessions a person took part in or led, newest first (at most `limit`); undefined while loading. */
export const useSessionsOfPerson = (personId: string | undefined, limit = 50): Session[] | undefined =>
  useLiveQuery(() => (personId ? listSessionsOfPerson(personId, limit) : Promise.resolve([])), [personId, limit]);

/** The sessions dated between `from` and `to` (the calendar's days on screen); undefined while loading. */
export const useSessionsInRange = (from: string, to: string): Session[] | undefined =>
  useLiveQuery(() => listSessionsInRange(from, to), [from, to]);

/** The people of these kinds whose name starts with what is typed; undefined while loading. */
export const usePeopleSearch = (query: string, kinds: readonly PersonKind[], lng: string): PersonOption[] | undefined =>
  useLiveQuery(() => searchPeople(query, kinds, lng), [query, kinds.join(), lng]);

/** Display names for the referenced people (only those, read by id). */
export const usePeopleNames = (refs: readonly PersonRef[], lng: string): Map<string, string> | undefined =>
  useLiveQuery(() => namesOf(refs, lng), [JSON.stringify(refs), lng]);

export const useProgrammes = (): Programme[] | undefined => useLiveQuery(() => listProgrammes(), []);

export const useModules = (programmeId: string | null): TrainingModule[] | undefined =>
  useLiveQuery(() => listModules(programmeId ?? undefined), [programmeId]);

export const useSupervisionRule = (): number | undefined => useLiveQuery(() => supervisionEveryWeeks(), []);

/**
 * The supervision rule's weeks and the mentors overdue today: how many in all, and the first
 * `limit` with their records (a list raises the limit as it scrolls).
 */
export const useSupervisionOverdue = (
  today: string,
  limit: number,
): { weeks: number; total: number; overdue: OverdueMentor[] } | undefined =>
  useLiveQuery(async () => {
    const weeks = await supervisionEveryWeeks();
    return { weeks, ...(await listSupervisionOverdue(today, weeks, limit)) };
  }, [today, limit]);

export type PersonHistory = {
  last: string | null;
  upcoming: Session[];
  rows: { attendance: Attendance; session: Session | undefined }[];
};

/** A person's attendance (most recent first, bounded) with the sessions it belongs to, and their last supervision. */
export const usePersonHistory = (personId: string, today: string, limit = 30): PersonHistory | undefined =>
  useLiveQuery(async () => {
    // The sessions of the attendance rows are read as soon as the rows are in, while the other
    // reads are still under way: the panel waits for the slowest read, not for two in a row.
    const [rows, last, asExpected, asFacilitator] = await Promise.all([
      listAttendanceByPerson(personId, undefined, limit).then(async (attendance) => {
        const sessions = new Map((await getSessionsByIds(attendance.map((a) => a.sessionId))).map((s) => [s.id, s]));
        return attendance.map((a) => ({ attendance: a, session: sessions.get(a.sessionId) }));
      }),
      lastSupervisionDate(personId, today),
      listSessions({ participantId: personId, from: today, limit: 10 }),
      listSessions({ facilitatorId: personId, from: today, limit: 10 }),
    ]);
    const upcoming = [...new Map([...asExpected, ...asFacilitator].map((s) => [s.id, s])).values()]
      .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
      .slice(0, 10);
    return { last, upcoming, rows };
  }, [personId, today, limit]);
