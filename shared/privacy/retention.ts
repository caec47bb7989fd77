import { z } from 'zod';
import { RetentionDecisionInputSchema } from '../domain/privacy';

/**
 * The retention rules (issue "Privacy the law asks for", README "Retention review"): when a
 * person's involvement with the organisation ended, and whether the data held about them is due
 * for review because that was `retentionYears` or more ago. Pure: the renderer's retention
 * repository reads the facts through indexes and asks these functions.
 *
 * When involvement ended:
 * - a **mentor**: their exit date (exited is final). A mentor deleted without exiting: the day
 *   of the deletion.
 * - a **mentee**: nothing while a pairing is open (proposed, active, paused). Otherwise the latest
 *   of: the closure date of each of their pairings, the day their support was closed, and when
 *   they were referred (else added). So a mentee who never had a pairing counts from their
 *   referral — the same "since" as the waiting list — and one closed without a pairing from the
 *   closing day. A mentee deleted with a pairing still open: the day of the deletion.
 * - a **contact**: the latest session that names them (attended, facilitated or expected) or
 *   shadowing entry naming them, else when they were added.
 *
 * Deleted people count like the others: a deletion keeps the data, which is what retention is
 * about. A deletion does not move the end later: it is not involvement. Deleted pairings,
 * attendance rows and sessions are left out of the end (they were mistakes), not out of what
 * is held.
 *
 * Due: on the day `retentionYears` after the end, not the day before (ended 2020-03-10, five
 * years: due from 2025-03-10). A year after 29 February is 28 February. A decision to keep the
 * person until a date holds through that date; the day after, they are due again.
 */

export type InvolvementBasis =
  'exited' | 'deleted' | 'pairingClosed' | 'menteeClosed' | 'referred' | 'added' | 'attended' | 'shadowing' | 'session';

/** When involvement ended, and which fact says so (shown beside the date). */
export type InvolvementEnd = { date: string; basis: InvolvementBasis };

const DAY_MS = 86_400_000;

/** The calendar date of an ISO instant (`…T…Z`), or a `YYYY-MM-DD` as it is. */
export const dateOf = (iso: string): string => iso.slice(0, 10);

const addDays = (isoDate: string, n: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * `YYYY-MM-DD` plus `n` calendar years (n may be negative). A 29 February lands on 28 February
 * in a year without one, as date libraries do.
 */
export const addYears = (isoDate: string, n: number): string => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const year = y + n;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The latest of several ends (the first listed wins a tie), or null for none. */
const latest = (ends: readonly (InvolvementEnd | null)[]): InvolvementEnd | null => {
  let best: InvolvementEnd | null = null;
  for (const e of ends) if (e && (best === null || e.date > best.date)) best = e;
  return best;
};

export type MentorFacts = {
  status: string;
  exitDate: string | null;
  statusHistory: readonly { status: string; date: string }[];
  deletedAt: string | null;
};

/** When a mentor's involvement ended; null while it goes on. */
export const mentorInvolvementEnd = (m: MentorFacts): InvolvementEnd | null => {
  if (m.status === 'exited') {
    const exit =
      m.exitDate ?? m.statusHistory.findLast((s) => s.status === 'exited')?.date ?? m.statusHistory.at(-1)?.date;
    if (exit) return { date: exit, basis: 'exited' };
  }
  return m.deletedAt ? { date: dateOf(m.deletedAt), basis: 'deleted' } : null;
};

export type MenteeFacts = {
  closedOn: string | null;
  referredOn: string | null;
  createdAt: string;
  deletedAt: string | null;
};

export type PairingFacts = {
  status: string;
  closure: { date: string } | null;
  statusHistory: readonly { date: string }[];
  deletedAt: string | null;
};

/** When a mentee's involvement ended (given all their pairings); null while a pairing is open. */
export const menteeInvolvementEnd = (mentee: MenteeFacts, pairings: readonly PairingFacts[]): InvolvementEnd | null => {
  const live = pairings.filter((p) => p.deletedAt === null);
  if (live.some((p) => p.status !== 'closed'))
    return mentee.deletedAt ? { date: dateOf(mentee.deletedAt), basis: 'deleted' } : null;
  return latest([
    ...live.map((p): InvolvementEnd | null => {
      const date = p.closure?.date ?? p.statusHistory.at(-1)?.date;
      return date ? { date, basis: 'pairingClosed' } : null;
    }),
    mentee.closedOn ? { date: mentee.closedOn, basis: 'menteeClosed' } : null,
    mentee.referredOn
      ? { date: mentee.referredOn, basis: 'referred' }
      : { date: dateOf(mentee.createdAt), basis: 'added' },
  ]);
};

/** One dated record that names a contact: an attendance row, a session, a shadowing entry. */
export type ContactActivity = { date: string; basis: 'attended' | 'session' | 'shadowing' };

/** When a contact's involvement ended: their latest activity, else when they were added. */
export const contactInvolvementEnd = (
  contact: { createdAt: string },
  activity: readonly ContactActivity[],
): InvolvementEnd => latest(activity) ?? { date: dateOf(contact.createdAt), basis: 'added' };

/** The first day the data of someone whose involvement ended on `end` is due for review. */
export const retentionDueOn = (end: string, years: number): string => addYears(end, years);

/**
 * The latest end date that is due on `today` (every earlier one is due too, every later one is
 * not): what the repository compares index ranges with, so that it reads only what can be due.
 * Equivalent to `retentionDueOn(end, years) <= today` (tested), whose inverse it is.
 */
export const latestDueEnd = (today: string, years: number): string => {
  const back = addYears(today, -years);
  // 29 February + N years is 28 February: then the day after `back` is due on `today` as well.
  const next = addDays(back, 1);
  return retentionDueOn(next, years) <= today ? next : back;
};

/** What a keep-until decision needs for these rules. */
export type KeepDecisionFacts = { keepUntil: string; decidedOn: string; createdAt: string; deletedAt: string | null };

/** The decision that counts: the latest made (a later one replaces an earlier one), or null. */
export const latestDecision = <D extends KeepDecisionFacts>(decisions: readonly D[]): D | null => {
  let best: D | null = null;
  for (const d of decisions) {
    if (d.deletedAt !== null) continue;
    if (
      best === null ||
      d.decidedOn > best.decidedOn ||
      (d.decidedOn === best.decidedOn && d.createdAt > best.createdAt)
    )
      best = d;
  }
  return best;
};

export type RetentionState<D> =
  /** Still involved: nothing to review. */
  | { state: 'involved' }
  /** Ended, not yet due. */
  | { state: 'notYet'; end: InvolvementEnd; dueOn: string }
  /** Due for review; `lapsed` is a keep-until decision whose date has passed, if any. */
  | { state: 'due'; end: InvolvementEnd; dueOn: string; lapsed: D | null }
  /** Due, but a decision keeps the data until a date still to come (or today). */
  | { state: 'kept'; end: InvolvementEnd; dueOn: string; decision: D };

/** Where a person stands for retention on `today`. */
export const retentionState = <D extends KeepDecisionFacts>(
  end: InvolvementEnd | null,
  years: number,
  decisions: readonly D[],
  today: string,
): RetentionState<D> => {
  if (end === null) return { state: 'involved' };
  const dueOn = retentionDueOn(end.date, years);
  if (dueOn > today) return { state: 'notYet', end, dueOn };
  const decision = latestDecision(decisions);
  if (decision && decision.keepUntil >= today) return { state: 'kept', end, dueOn, decision };
  return { state: 'due', end, dueOn, lapsed: decision };
};

/**
 * What the "Keep until …" form submits: a date after today (keeping "until today" decides
 * nothing) and a reason. Error messages are i18n keys (the retention namespace, then common).
 */
export const keepUntilFormSchema = (today: string) => {
  const date = RetentionDecisionInputSchema.shape.keepUntil;
  return (
    z
      .object({
        // Empty (nothing chosen yet) says "required", not "not a valid date".
        keepUntil: z.string().min(1, { error: 'validation.required' }).pipe(date),
        reason: RetentionDecisionInputSchema.shape.reason,
      })
      // Only a valid date is compared: a field says one thing at a time.
      .refine((v) => !date.safeParse(v.keepUntil).success || v.keepUntil > today, {
        error: 'validation.keepUntilFuture',
        path: ['keepUntil'],
      })
  );
};
export type KeepUntilForm = z.input<ReturnType<typeof keepUntilFormSchema>>;
