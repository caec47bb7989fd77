import dayjs from 'dayjs';
import { CASE_DISCUSSION_CAPACITY, type AttendanceStatus, type SubKind } from '../../../shared/domain/session';

/**
 * Pure session and attendance rules, shared by the repositories, the forms and the tests.
 * Dates are calendar dates (`YYYY-MM-DD`): arithmetic goes through dayjs' calendar units, never
 * milliseconds, so a week is always seven calendar days, also across daylight-saving changes.
 */

/** The capacity that applies: the session's own, else the case-discussion limit for that sub-kind. */
export const effectiveCapacity = (s: { capacity: number | null; subKind: SubKind }): number | null =>
  s.capacity ?? (s.subKind === 'caseDiscussion' ? CASE_DISCUSSION_CAPACITY : null);

/** The default capacity the form proposes for a new session of this sub-kind. */
export const defaultCapacityFor = (subKind: SubKind): number | null =>
  subKind === 'caseDiscussion' ? CASE_DISCUSSION_CAPACITY : null;

export const isOverCapacity = (s: { capacity: number | null; subKind: SubKind }, expectedCount: number): boolean => {
  const cap = effectiveCapacity(s);
  return cap !== null && expectedCount > cap;
};

const minutesOf = (hhmm: string): number => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

/** The session's length in hours (to the quarter hour), the hours a present participant is credited. */
export const sessionHours = (s: { startTime: string; endTime: string }): number => {
  const minutes = Math.max(0, minutesOf(s.endTime) - minutesOf(s.startTime));
  return Math.round((minutes / 60) * 4) / 4;
};

/** Hours credited by default: the session length when present, nothing when excused or absent. */
export const defaultHours = (status: AttendanceStatus, s: { startTime: string; endTime: string }): number =>
  status === 'present' ? sessionHours(s) : 0;

/** At most this many sessions are made by one "repeat" (two years of weekly meetings). */
export const MAX_REPEATS = 104;

/**
 * The dates of a repeated session after `firstDate`: every `everyWeeks` weeks until `until`
 * (inclusive). Each date is `firstDate` plus k·N·7 calendar days, computed from the first date
 * rather than step by step, so no error can accumulate.
 */
export const repeatDates = (firstDate: string, everyWeeks: number, until: string): string[] => {
  if (!Number.isInteger(everyWeeks) || everyWeeks < 1) throw new RangeError('everyWeeks must be a positive integer');
  const start = dayjs(firstDate);
  const out: string[] = [];
  for (let k = 1; k <= MAX_REPEATS; k++) {
    const next = start.add(k * everyWeeks * 7, 'day').format('YYYY-MM-DD');
    if (next > until) break;
    out.push(next);
  }
  return out;
};

/** The last day a mentor may go without supervision, given their last one. */
export const supervisionDueBy = (lastSupervision: string, everyWeeks: number): string =>
  dayjs(lastSupervision)
    .add(everyWeeks * 7, 'day')
    .format('YYYY-MM-DD');

/**
 * "An active mentor attends supervision at least every N weeks": overdue when today is past
 * the due date, or when they never attended one.
 */
export const isSupervisionOverdue = (lastSupervision: string | null, everyWeeks: number, today: string): boolean =>
  lastSupervision === null || today > supervisionDueBy(lastSupervision, everyWeeks);

/**
 * The same rule as one date for a whole list: the first day of the last N weeks. A mentor is
 * overdue exactly when their last supervision is before it, or they never had one, so a list of a
 * thousand mentors compares strings instead of doing date arithmetic for each.
 */
export const supervisionWindowStart = (today: string, everyWeeks: number): string =>
  dayjs(today)
    .subtract(everyWeeks * 7, 'day')
    .format('YYYY-MM-DD');

/** A row of the attendance form before saving; `status` is null until the coordinator marks it. */
export type AttendanceDraftRow = {
  id?: string;
  personKind: 'mentor' | 'mentee' | 'contact' | 'walkIn';
  personId: string | null;
  walkInName: string;
  status: AttendanceStatus | null;
  hours: number;
  /** The coordinator typed these hours in the form: a change of status keeps them. */
  hoursTyped?: boolean;
};

type DraftSource = {
  startTime: string;
  endTime: string;
  expected: readonly { kind: 'mentor' | 'mentee' | 'contact'; id: string }[];
};
type StoredRow = Omit<AttendanceDraftRow, 'status' | 'id'> & { id: string; status: AttendanceStatus };

/**
 * The attendance form's rows: every expected participant (with what was recorded, if anything),
 * then the walk-ins and other people already recorded.
 */
export const draftAttendance = (session: DraftSource, stored: readonly StoredRow[]): AttendanceDraftRow[] => {
  const byPerson = new Map(stored.filter((a) => a.personId !== null).map((a) => [a.personId, a]));
  const expectedIds = new Set(session.expected.map((p) => p.id));
  const fromExpected = session.expected.map((p): AttendanceDraftRow => {
    const a = byPerson.get(p.id);
    return a
      ? {
          id: a.id,
          personKind: a.personKind,
          personId: a.personId,
          walkInName: a.walkInName,
          status: a.status,
          hours: a.hours,
        }
      : { personKind: p.kind, personId: p.id, walkInName: '', status: null, hours: 0 };
  });
  const others = stored
    .filter((a) => a.personId === null || !expectedIds.has(a.personId))
    .map((a): AttendanceDraftRow => ({
      id: a.id,
      personKind: a.personKind,
      personId: a.personId,
      walkInName: a.walkInName,
      status: a.status,
      hours: a.hours,
    }));
  return [...fromExpected, ...others];
};

/**
 * Whether a row's hours are the coordinator's own rather than its status's default: typed in the
 * form, or recorded earlier as something other than the default (1.5 hours for someone who left
 * early). A row not marked yet has no hours of its own.
 */
const ownHours = (row: AttendanceDraftRow, session: { startTime: string; endTime: string }): boolean =>
  row.hoursTyped === true || (row.status !== null && row.hours !== defaultHours(row.status, session));

/**
 * Mark a row. A new row, or one whose hours are still its status's default, gets the default of
 * the new status (the session's length when present, 0 otherwise); hours the coordinator typed
 * are kept whatever the status becomes.
 */
export const markRow = (
  row: AttendanceDraftRow,
  status: AttendanceStatus,
  session: { startTime: string; endTime: string },
): AttendanceDraftRow => ({
  ...row,
  status,
  hours: ownHours(row, session) ? row.hours : defaultHours(status, session),
});

export type AgendaView = 'week' | 'month';

/** The Monday-based week or the calendar month containing `anchor`, as inclusive `YYYY-MM-DD` bounds. */
export const agendaRange = (anchor: string, view: AgendaView): { from: string; to: string } => {
  const d = dayjs(anchor);
  if (view === 'month')
    return { from: d.startOf('month').format('YYYY-MM-DD'), to: d.endOf('month').format('YYYY-MM-DD') };
  const monday = d.subtract((d.day() + 6) % 7, 'day');
  return { from: monday.format('YYYY-MM-DD'), to: monday.add(6, 'day').format('YYYY-MM-DD') };
};
