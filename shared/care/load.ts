import { addDays, daysBetween } from '../checkins/schedule';

/**
 * A mentor's load: what they carry now, from the records passed in (the repository reads only
 * the mentor's recent records through indexes). Pure, so every figure is tested with a fixed
 * `today` and hand-built records.
 *
 * "The last N days" counts `today` as the first day: with N = 30 a contact on `today − 29` (the
 * 30th day) is in, one on `today − 30` (the 31st day) is out. Records dated after `today` are
 * not counted (a contact logged ahead by mistake does not add strain yet).
 */

export type LoadContact = { id: string; date: string; durationMinutes: number; crisis: boolean };
export type LoadWellbeing = { id: string; date: string; score: number | null };

export type LoadInput = {
  /** The mentor's capacity (mentees at once). */
  capacity: number;
  /** Statuses of the mentor's pairings (any, closed ones are not counted). */
  pairingStatuses: readonly string[];
  /** The mentor's contact logs, at least those of the last 90 days. */
  contacts: readonly LoadContact[];
  /** Dates of supervision sessions the mentor attended (status present). */
  supervisionDates: readonly string[];
  /** Follow-ups not done yet of the sessions the mentor took part in. */
  openFollowUps: number;
  /** The mentor's wellbeing check-ins, scored, any order. */
  wellbeing: readonly LoadWellbeing[];
};

export type WellbeingTrend = 'up' | 'down' | 'same' | null;

export type MentorLoad = {
  activePairings: number;
  capacity: number;
  contactHours30: number;
  crisis30: number;
  crisis90: number;
  /** The last supervision attended on or before today, and the days since; null when never. */
  lastSupervision: string | null;
  daysSinceSupervision: number | null;
  openFollowUps: number;
  /** The latest scored wellbeing check-in and the change from the one before. */
  wellbeingDate: string | null;
  wellbeingScore: number | null;
  wellbeingChange: number | null;
  wellbeingTrend: WellbeingTrend;
};

/** The first day of "the last `days` days" ending on `today`. */
export const windowStart = (today: string, days: number): string => addDays(today, -(days - 1));
export const inLastDays = (date: string, today: string, days: number): boolean =>
  date <= today && date >= windowStart(today, days);

const byDateThenId = <T extends { date: string; id: string }>(a: T, b: T) =>
  a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** The latest two scored check-ins, oldest first (what the trend compares). */
export const lastTwoScored = (wellbeing: readonly LoadWellbeing[], today: string): LoadWellbeing[] =>
  wellbeing
    .filter((w) => w.score !== null && w.date <= today)
    .sort(byDateThenId)
    .slice(-2);

export const mentorLoad = (input: LoadInput, today: string): MentorLoad => {
  // The windows' first days once, not a date computed per contact (as `inLastDays`).
  const from90 = windowStart(today, 90);
  const from30 = windowStart(today, 30);
  const recent = input.contacts.filter((c) => c.date <= today && c.date >= from90);
  const last30 = recent.filter((c) => c.date >= from30);
  const minutes = last30.reduce((sum, c) => sum + c.durationMinutes, 0);
  const lastSupervision =
    input.supervisionDates
      .filter((d) => d <= today)
      .sort()
      .at(-1) ?? null;
  const [previous, latest] = ((two) => (two.length === 2 ? two : [undefined, two[0]]))(
    lastTwoScored(input.wellbeing, today),
  );
  const change = latest && previous ? Math.round((latest.score! - previous.score!) * 100) / 100 : null;
  return {
    activePairings: input.pairingStatuses.filter((s) => s === 'active').length,
    capacity: input.capacity,
    contactHours30: Math.round((minutes / 60) * 10) / 10,
    crisis30: last30.filter((c) => c.crisis).length,
    crisis90: recent.filter((c) => c.crisis).length,
    lastSupervision,
    daysSinceSupervision: lastSupervision === null ? null : daysBetween(lastSupervision, today),
    openFollowUps: input.openFollowUps,
    wellbeingDate: latest?.date ?? null,
    wellbeingScore: latest?.score ?? null,
    wellbeingChange: change,
    wellbeingTrend: change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'same',
  };
};
