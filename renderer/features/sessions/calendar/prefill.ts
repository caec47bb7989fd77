import dayjs from 'dayjs';
import { IdSchema } from '../../../../shared/domain/base';
import {
  SUB_KINDS,
  SessionKindSchema,
  type SessionInput,
  type SessionKind,
  type SubKind,
} from '../../../../shared/domain/session';
import { defaultCapacityFor } from '../sessionRules';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The link that starts a new session on a day, optionally at a time (a calendar's day or slot). */
export const newSessionHref = (date: string, startTime?: string): string => {
  const q = new URLSearchParams({ date });
  if (startTime) q.set('start', startTime);
  return `/sessions/new?${q.toString()}`;
};

/**
 * The link that starts a new session of a kind with people already expected (another feature's
 * "plan a supervision"): `?kind=…&subKind=…&mentor=<id>&title=…`, optionally on a day.
 */
export const planSessionHref = (plan: {
  kind: SessionKind;
  subKind: SubKind;
  mentorIds: readonly string[];
  title?: string;
  date?: string;
}): string => {
  const q = new URLSearchParams({ kind: plan.kind, subKind: plan.subKind });
  for (const id of plan.mentorIds) q.append('mentor', id);
  if (plan.title) q.set('title', plan.title);
  if (plan.date) q.set('date', plan.date);
  return `/sessions/new?${q.toString()}`;
};

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * A new session's defaults with the date (and start time) from `?date=YYYY-MM-DD&start=HH:mm`,
 * and the kind, sub-kind, title and expected mentors from `?kind=…&subKind=…&title=…&mentor=<id>`.
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
  const kind = SessionKindSchema.safeParse(params.get('kind')).data;
  const subKind = params.get('subKind');
  if (kind && (SUB_KINDS[kind] as readonly string[]).includes(subKind ?? '')) {
    next.kind = kind;
    next.subKind = subKind as SubKind;
    next.capacity = defaultCapacityFor(next.subKind);
  }
  const title = (params.get('title') ?? '').trim();
  if (title && title.length <= 200) next.title = title;
  const mentors = [...new Set(params.getAll('mentor'))].filter((id) => IdSchema.safeParse(id).success);
  if (mentors.length > 0) next.expected = mentors.map((id) => ({ kind: 'mentor' as const, id }));
  return next;
};
