import dayjs from 'dayjs';
import type { Rules } from '../../../shared/domain/settings';

export type MonitoringRules = Pick<Rules, 'firstMonthMinContacts' | 'contactEveryDays'>;

export type MonitoringInput = {
  /** The day the pairing became active (or its planned start). */
  startDate: string;
  /** The latest contact's date, '' when none was logged. */
  lastContactDate: string;
  /** Contacts dated from the start date up to (not including) the end of the first month. */
  firstMonthContacts: number;
};

export type MonitoringBreach =
  | { kind: 'firstMonth'; contacts: number; needed: number }
  | { kind: 'overdue'; daysSince: number; everyDays: number; since: 'lastContact' | 'start' };

/** The first day after the first month (start + one calendar month). */
export const firstMonthEnd = (startDate: string): string => dayjs(startDate).add(1, 'month').format('YYYY-MM-DD');

const daysBetween = (from: string, to: string): number => dayjs(to).diff(dayjs(from), 'day');

/**
 * The monitoring rule for one active pairing on `today`:
 * - During the first month (start date up to start + 1 month) nothing is overdue yet.
 * - When the first month has ended with fewer than `firstMonthMinContacts` contacts in it, the
 *   pairing breaks the rule until the next contact is logged (a contact after the first month
 *   means it is back on track; from then the regular rule alone applies).
 * - After the first month, more than `contactEveryDays` days since the latest contact (or
 *   since the start, when nothing was ever logged) breaks the rule.
 */
export const monitoringBreaches = (p: MonitoringInput, rules: MonitoringRules, today: string): MonitoringBreach[] => {
  const monthEnd = firstMonthEnd(p.startDate);
  if (today < monthEnd) return [];
  const breaches: MonitoringBreach[] = [];
  const contactAfterFirstMonth = p.lastContactDate !== '' && p.lastContactDate >= monthEnd;
  if (p.firstMonthContacts < rules.firstMonthMinContacts && !contactAfterFirstMonth)
    breaches.push({ kind: 'firstMonth', contacts: p.firstMonthContacts, needed: rules.firstMonthMinContacts });
  // A contact dated before the start (an intake meeting) does not count as keeping in touch.
  const sinceContact = p.lastContactDate !== '' && p.lastContactDate >= p.startDate;
  const daysSince = daysBetween(sinceContact ? p.lastContactDate : p.startDate, today);
  if (daysSince > rules.contactEveryDays)
    breaches.push({
      kind: 'overdue',
      daysSince,
      everyDays: rules.contactEveryDays,
      since: sinceContact ? 'lastContact' : 'start',
    });
  return breaches;
};

/**
 * The latest last-contact date that can still be overdue on `today`: a pairing whose last
 * contact is on or before it is a candidate (the monitoring query reads the index up to here).
 */
export const overdueCutoff = (today: string, rules: MonitoringRules): string =>
  dayjs(today)
    .subtract(rules.contactEveryDays + 1, 'day')
    .format('YYYY-MM-DD');

/** Start dates whose first month has ended on or before `today`: start ≤ today − 1 month. */
export const latestStartWithEndedFirstMonth = (today: string): string =>
  dayjs(today).subtract(1, 'month').format('YYYY-MM-DD');
