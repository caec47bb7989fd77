/**
 * When a check-in is due. The rule counts calendar months: the first check-in falls
 * `firstAfterMonths` after the start, each next one `everyMonths` after the latest check-in
 * (a late check-in moves the next one on, so a pairing is never asked twice in a row). Time a
 * pairing spends paused does not count: the due date moves on by the days paused, and a paused
 * pairing is never due. Dates are `YYYY-MM-DD`, computed in UTC so the result is the same on
 * every PC whatever its time zone.
 */
export type CheckInRule = {
  firstAfterMonths: number;
  everyMonths: number;
  /** Days after the due date before a check-in counts as overdue. */
  overdueAfterDays: number;
};

export const DEFAULT_CHECK_IN_RULE: CheckInRule = { firstAfterMonths: 1, everyMonths: 2, overdueAfterDays: 14 };

export type ScheduledStatus = 'active' | 'paused' | 'proposed' | 'closed';

export type ScheduleInput = {
  status: ScheduledStatus;
  startDate: string | null;
  /** The status history, oldest first: pauses are read from it. */
  statusHistory: readonly { status: ScheduledStatus; date: string }[];
  /** Dates of check-ins already recorded (any order, either respondent). */
  checkInDates: readonly string[];
};

export type CheckInState = 'notScheduled' | 'paused' | 'upcoming' | 'due' | 'overdue';
export type CheckInSchedule = { state: CheckInState; dueDate: string | null; overdueFrom: string | null };

const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date): string => d.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

export const addDays = (iso: string, days: number): string => toIso(new Date(toDate(iso).getTime() + days * DAY_MS));

/** Add calendar months, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export const addMonths = (iso: string, months: number): string => {
  const d = toDate(iso);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))));
};

export const daysBetween = (from: string, to: string): number =>
  Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);

/** Pause intervals [from, to) from a status history; an open pause runs to `today`. */
export const pauseIntervals = (
  history: ScheduleInput['statusHistory'],
  today: string,
): { from: string; to: string }[] => {
  const out: { from: string; to: string }[] = [];
  let pausedSince: string | null = null;
  for (const h of history) {
    if (h.status === 'paused' && pausedSince === null) pausedSince = h.date;
    else if (h.status !== 'paused' && pausedSince !== null) {
      out.push({ from: pausedSince, to: h.date });
      pausedSince = null;
    }
  }
  if (pausedSince !== null) out.push({ from: pausedSince, to: today });
  return out;
};

/**
 * Push `due` on by the paused days that fall after `anchor`. A pause that begins before the
 * (moving) due date delays it by its length; pauses are taken in date order, so a pause that only
 * starts after the first shift moved the date past it is still counted.
 */
const shiftByPauses = (anchor: string, due: string, pauses: { from: string; to: string }[]): string => {
  let result = due;
  for (const p of [...pauses].sort((a, b) => a.from.localeCompare(b.from))) {
    const from = p.from > anchor ? p.from : anchor;
    if (p.to <= from || from >= result) continue;
    result = addDays(result, daysBetween(from, p.to));
  }
  return result;
};

export const checkInSchedule = (p: ScheduleInput, rule: CheckInRule, today: string): CheckInSchedule => {
  if (p.status === 'proposed' || p.status === 'closed' || p.startDate === null)
    return { state: 'notScheduled', dueDate: null, overdueFrom: null };
  const pauses = pauseIntervals(p.statusHistory, today);
  const since = p.checkInDates.filter((d) => d >= p.startDate!).sort();
  const latest = since.at(-1);
  const anchor = latest ?? p.startDate;
  const planned = latest ? addMonths(latest, rule.everyMonths) : addMonths(p.startDate, rule.firstAfterMonths);
  const dueDate = shiftByPauses(anchor, planned, pauses);
  const overdueFrom = addDays(dueDate, rule.overdueAfterDays + 1);
  if (p.status === 'paused') return { state: 'paused', dueDate: null, overdueFrom: null };
  const state: CheckInState = today < dueDate ? 'upcoming' : today < overdueFrom ? 'due' : 'overdue';
  return { state, dueDate, overdueFrom };
};
