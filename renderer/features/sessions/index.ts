/**
 * Sessions' public surface: the repositories' reads of sessions and attendance, a person's
 * sessions, the link that plans a new session, the list page's extension point, and the sample
 * step.
 */
export {
  getSessionsByIds,
  listSessionFactsInRange,
  listSessions,
  type SessionFacts,
  type SessionFilter,
} from './sessionsRepo';
export {
  lastSupervisionDates,
  lastSupervisionsOnOrBefore,
  listAttendanceBetween,
  listAttendanceFactsBetween,
  listAttendanceOfPersonBetween,
  type AttendanceFacts,
} from './attendanceRepo';
export { useSessionsOfPerson } from './useSessions';
export { planSessionHref } from './calendar/prefill';
export type { SessionListActions } from './SessionsPage';
export { sessionsSampleStep } from './sampleData';
