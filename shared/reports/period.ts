import { addDays } from '../domain/mentor';

/**
 * A report's period: two inclusive calendar dates (`YYYY-MM-DD`). Every figure counts what
 * happened on `from`, on `to` and on the days between; states ("active at the period's end")
 * are read as they were at the end of `to`.
 */
export type Period = { from: string; to: string };

export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'lastQuarter', 'thisYear', 'lastYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
/** Days in month `m` (1–12) of year `y`. */
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period of `months` calendar months starting with month `m` (1-based, may be ≤ 0 or > 12). */
const months = (y: number, m: number, count: number): Period => {
  const start = new Date(Date.UTC(y, m - 1, 1));
  const end = new Date(Date.UTC(y, m - 1 + count, 0));
  return {
    from: iso(start.getUTCFullYear(), start.getUTCMonth() + 1, 1),
    to: iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()),
  };
};

/** The calendar period a preset names, seen from `today`. */
export const presetPeriod = (preset: PeriodPreset, today: string): Period => {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const q = Math.floor((m - 1) / 3) * 3 + 1;
  switch (preset) {
    case 'thisMonth':
      return months(y, m, 1);
    case 'lastMonth':
      return months(y, m - 1, 1);
    case 'thisQuarter':
      return months(y, q, 3);
    case 'lastQuarter':
      return months(y, q - 3, 3);
    case 'thisYear':
      return months(y, 1, 12);
    case 'lastYear':
      return months(y - 1, 1, 12);
  }
};

/** Days in the period, both ends included. */
export const periodDays = (p: Period): number =>
  Math.round(
    (Date.UTC(+p.to.slice(0, 4), +p.to.slice(5, 7) - 1, +p.to.slice(8, 10)) -
      Date.UTC(+p.from.slice(0, 4), +p.from.slice(5, 7) - 1, +p.from.slice(8, 10))) /
      86_400_000,
  ) + 1;

const isWholeMonths = (p: Period): number | null => {
  if (p.from.slice(8) !== '01') return null;
  const y = Number(p.to.slice(0, 4));
  const m = Number(p.to.slice(5, 7));
  if (Number(p.to.slice(8)) !== daysIn(y, m)) return null;
  return (y - Number(p.from.slice(0, 4))) * 12 + (m - Number(p.from.slice(5, 7))) + 1;
};

/**
 * The period of the same length just before `p`, for comparison. Whole calendar months give
 * the same number of whole months before (Q2 → Q1, not "the 91 days before 1 April"); any
 * other period gives the same number of days, ending the day before `p` starts.
 */
export const previousPeriod = (p: Period): Period => {
  const whole = isWholeMonths(p);
  if (whole !== null) return months(Number(p.from.slice(0, 4)), Number(p.from.slice(5, 7)) - whole, whole);
  const to = addDays(p.from, -1);
  return { from: addDays(to, -(periodDays(p) - 1)), to };
};

export const isValidPeriod = (p: Period): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(p.from) && /^\d{4}-\d{2}-\d{2}$/.test(p.to) && p.from <= p.to;

/** Whether a calendar date lies in the period (ISO dates compare as strings). */
export const inPeriod = (date: string | null | undefined, p: Period): boolean =>
  date !== null && date !== undefined && date >= p.from && date <= p.to;
