import type { NeedKind } from '../domain/care';
import { inLastDays, lastTwoScored, type LoadContact, type LoadWellbeing } from './load';

/**
 * Who needs support now, and why (issue 25). Each rule of Settings is a pure function of the
 * mentor's records and `today`; each reason names the fact that raised it (`fact`), which a
 * "talked, all right" note (`CareAck`) clears. A newer fact has another key, so it raises the
 * flag again: the latest crisis contact's id, the latest check-in's id, the load and capacity,
 * the last supervision's date.
 *
 * Only an active mentor is flagged: a paused mentor is resting, has no new contacts, and is not
 * expected at supervision until they return.
 */

export type CareRules = {
  /** Crisis contacts within `crisisWindowDays` that flag a mentor with no supervision since the first; 0 = off. */
  crisisCount: number;
  crisisWindowDays: number;
  /** A wellbeing score that fell by at least this many points since the previous check-in; 0 = off. */
  wellbeingDrop: number;
  /** Flag a mentor with more active pairings than their capacity. */
  overCapacity: boolean;
  /** Flag a mentor with no supervision for the programme's interval (weeks); null = off. */
  supervisionEveryWeeks: number | null;
};

export const DEFAULT_CARE_RULES: CareRules = {
  crisisCount: 2,
  crisisWindowDays: 30,
  wellbeingDrop: 1,
  overCapacity: true,
  supervisionEveryWeeks: 4,
};

export type NeedReason =
  | { kind: 'crisisWithoutSupervision'; fact: string; count: number; days: number; since: string }
  | { kind: 'wellbeingDropped'; fact: string; from: number; to: number; date: string }
  | { kind: 'overCapacity'; fact: string; active: number; capacity: number }
  | { kind: 'supervisionOverdue'; fact: string; lastSupervision: string | null; weeks: number };

export type NeedsInput = {
  status: string;
  /** When the mentor last became active (the supervision interval counts from it if later). */
  activeSince: string | null;
  capacity: number;
  activePairings: number;
  contacts: readonly LoadContact[];
  supervisionDates: readonly string[];
  wellbeing: readonly LoadWellbeing[];
};

const daysOf = (weeks: number) => weeks * 7;

export const needReasons = (input: NeedsInput, rules: CareRules, today: string): NeedReason[] => {
  if (input.status !== 'active') return [];
  const reasons: NeedReason[] = [];
  const attended = input.supervisionDates.filter((d) => d <= today).sort();
  const lastSupervision = attended.at(-1) ?? null;

  if (rules.crisisCount > 0) {
    const crises = input.contacts
      .filter((c) => c.crisis && inLastDays(c.date, today, rules.crisisWindowDays))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const first = crises[0];
    // A supervision on the day of the first crisis contact counts as after it: a debrief the
    // same evening is exactly the support the rule asks for (contacts carry no time of day).
    if (crises.length >= rules.crisisCount && first && !(lastSupervision !== null && lastSupervision >= first.date))
      reasons.push({
        kind: 'crisisWithoutSupervision',
        fact: crises.at(-1)!.id,
        count: crises.length,
        days: rules.crisisWindowDays,
        since: first.date,
      });
  }

  if (rules.wellbeingDrop > 0) {
    const [previous, latest] = lastTwoScored(input.wellbeing, today);
    // Rounded: 3.4 − 2.4 is 0.99999… in floating point.
    if (
      previous &&
      latest &&
      Math.round((previous.score! - latest.score!) * 100) >= Math.round(rules.wellbeingDrop * 100)
    )
      reasons.push({
        kind: 'wellbeingDropped',
        fact: latest.id,
        from: previous.score!,
        to: latest.score!,
        date: latest.date,
      });
  }

  if (rules.overCapacity && input.activePairings > input.capacity)
    reasons.push({
      kind: 'overCapacity',
      fact: `${input.activePairings}/${input.capacity}`,
      active: input.activePairings,
      capacity: input.capacity,
    });

  if (rules.supervisionEveryWeeks !== null) {
    const from =
      [lastSupervision, input.activeSince]
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1) ?? null;
    // Overdue once more than the interval has passed: with 4 weeks, day 28 is still in time.
    if (from !== null && !inLastDays(from, today, daysOf(rules.supervisionEveryWeeks) + 1))
      reasons.push({
        kind: 'supervisionOverdue',
        fact: lastSupervision ?? 'never',
        lastSupervision,
        weeks: rules.supervisionEveryWeeks,
      });
  }
  return reasons;
};

export type Ack = { date: string; cleared: readonly { kind: NeedKind; fact: string }[] };

/** The reasons no "talked, all right" note has cleared (one that cleared this very fact). */
export const openReasons = (reasons: readonly NeedReason[], acks: readonly Ack[]): NeedReason[] => {
  const cleared = new Set(acks.flatMap((a) => a.cleared.map((c) => `${c.kind}\u0000${c.fact}`)));
  return reasons.filter((r) => !cleared.has(`${r.kind}\u0000${r.fact}`));
};
