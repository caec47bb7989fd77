import { addDays, addMonths } from '../checkins/schedule';

/**
 * When a mentor's next wellbeing check-in is due. By rule, like the pairing check-ins: every
 * `everyMonths` after the latest one (or after the mentor became active); and a crisis contact
 * after the latest check-in suggests one at once, to be held within `afterCrisisDays`. Each is
 * due from `dueFrom` and overdue after `dueBy`; the sooner of the two counts. Only active mentors
 * are scheduled.
 */
export type WellbeingRule = { everyMonths: number; afterCrisisDays: number };
export const DEFAULT_WELLBEING_RULE: WellbeingRule = { everyMonths: 3, afterCrisisDays: 14 };

export type WellbeingDue =
  | { state: 'notScheduled'; dueFrom: null; dueBy: null; reason: null }
  | { state: 'upcoming' | 'due' | 'overdue'; dueFrom: string; dueBy: string; reason: 'interval' | 'crisis' };

export const wellbeingDue = (
  input: {
    status: string;
    activeSince: string | null;
    checkInDates: readonly string[];
    crisisDates: readonly string[];
  },
  rule: WellbeingRule,
  today: string,
): WellbeingDue => {
  if (input.status !== 'active' || input.activeSince === null)
    return { state: 'notScheduled', dueFrom: null, dueBy: null, reason: null };
  const latest =
    input.checkInDates
      .filter((d) => d <= today)
      .sort()
      .at(-1) ?? null;
  const intervalFrom = addMonths(latest ?? input.activeSince, rule.everyMonths);
  const crisis = input.crisisDates.filter((d) => d <= today && (latest === null || d > latest)).sort()[0];
  const byCrisis = crisis !== undefined && crisis < intervalFrom;
  const dueFrom = byCrisis ? crisis : intervalFrom;
  const dueBy = addDays(dueFrom, rule.afterCrisisDays);
  const state = today < dueFrom ? 'upcoming' : today <= dueBy ? 'due' : 'overdue';
  return { state, dueFrom, dueBy, reason: byCrisis ? 'crisis' : 'interval' };
};
