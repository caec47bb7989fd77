import dayjs from 'dayjs';
import type { SessionInput } from '../../../../shared/domain/session';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The link that starts a new session on a day, optionally at a time (a calendar's day or slot). */
export const newSessionHref = (date: string, startTime?: string): string => {
  const q = new URLSearchParams({ date });
  if (startTime) q.set('start', startTime);
  return `/sessions/new?${q.toString()}`;
};

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * A new session's defaults with the date (and start time) from `?date=YYYY-MM-DD&start=HH:mm`.
 * The end keeps the default length, cut at 23:59; anything malformed is ignored.
 */
export const prefillFromQuery = (defaults: SessionInput, params: URLSearchParams): SessionInput => {
  const date = params.get('date') ?? '';
  const start = params.get('start') ?? '';
  const next = { ...defaults };
  if (DATE.test(date) && dayjs(date).format('YYYY-MM-DD') === date) next.date = date;
  if (TIME.test(start)) {
    const length = Math.max(toMinutes(defaults.endTime) - toMinutes(defaults.startTime), 15);
    next.startTime = start;
    next.endTime = toHhmm(Math.min(toMinutes(start) + length, 23 * 60 + 59));
  }
  return next;
};
