/**
 * Sessions' public surface: the repositories' reads of sessions and attendance, a person's
 * sessions, the link that plans a new session, the list page's extension point, and the sample
 * step.
 */
export { getSessionsByIds, listSessions, listSessionsInRange, type SessionFilter } from './sessionsRepo';
export {
  lastSupervisionDates,
  lastSupervisionsOnOrBefore,
  listAttendanceBetween,
  listAttendanceOfPersonBetween,
} from './attendanceRepo';
export { useSessionsOfPerson } from './useSessions';
export { planSessionHref } from './calendar/prefill';
export type { SessionListActions } from './SessionsPage';
export { sessionsSampleStep } from './sampleData';
