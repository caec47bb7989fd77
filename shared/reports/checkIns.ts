import { CURRENT_PAIRING_QUESTIONNAIRE, questionnaireRef } from '../checkins/questionnaire';
import type { ReportPairing, ReportRow } from './activity';
import { inPeriod, type Period } from './period';

/**
 * The check-in figures of the activity report (section `pairings`): how the pairs say they are
 * doing, per programme, and how many pairings were asked at all. Pure, like activity.ts: the
 * reports repository reads the period's check-ins through the `date` index, scores them, and
 * this module only counts. Definitions in locales/<lng>/reports.json, `figures.<key>`.
 *
 * - A check-in counts when it is not deleted, its date is in the period (inclusive) and its
 *   pairing is known and not deleted; with a programme filter, when it belongs to the programme.
 * - The average is taken over scored answers (a partial check-in counts with its score; one with
 *   nothing answered does not) of one questionnaire version only, the current one by default,
 *   so that scores of different wordings are never mixed. Mentor's and mentee's answers weigh
 *   the same. A programme gets a row when it had an active pairing or a scored check-in in the
 *   period; its value is 0 when nothing was scored.
 * - The share is of the pairings counted as active in the period (the `activePairings` figure):
 *   those with at least one check-in dated in the period, by anyone, scored or not, in percent.
 */

export type ReportCheckIn = {
  pairingId: string;
  programmeId: string;
  date: string;
  questionnaire: string;
  /** The score on the questionnaire's own scale; null when nothing was answered. */
  score: number | null;
  deletedAt: string | null;
};

export type CheckInReportInput = {
  period: Period;
  programmeId: string | null;
  /** Every pairing that may have been open during the period, and those of the check-ins. */
  pairings: readonly ReportPairing[];
  checkIns: readonly ReportCheckIn[];
  /** Names for the per-programme rows (a programme not listed shows without a name). */
  programmes: readonly { id: string; name: string }[];
  /** The questionnaire version averaged; the current pairing questionnaire unless given. */
  questionnaire?: string;
};

/**
 * The activity report's rows with the check-in figures at the end of their section (`pairings`),
 * where the screen, the files and paper list them.
 */
export const withCheckInFigures = (rows: readonly ReportRow[], checkInRows: readonly ReportRow[]): ReportRow[] => {
  let at = 0;
  rows.forEach((r, i) => {
    if (r.section === 'pairings') at = i + 1;
  });
  return [...rows.slice(0, at), ...checkInRows, ...rows.slice(at)];
};

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The check-in figures for `input.period`: `averageCheckInScore` per programme, then `pairingsWithCheckIn`. */
export const computeCheckInFigures = (input: CheckInReportInput): ReportRow[] => {
  const { period, programmeId } = input;
  const version = input.questionnaire ?? questionnaireRef(CURRENT_PAIRING_QUESTIONNAIRE);
  const inProgramme = (id: string) => programmeId === null || id === programmeId;
  const pairings = new Map(
    input.pairings.filter((p) => p.deletedAt === null && inProgramme(p.programmeId)).map((p) => [p.id, p]),
  );
  const checkIns = input.checkIns.filter(
    (c) => c.deletedAt === null && inPeriod(c.date, period) && pairings.has(c.pairingId) && inProgramme(c.programmeId),
  );
  const active = [...pairings.values()].filter(
    (p) => p.startDate !== null && p.startDate <= period.to && (p.closure === null || p.closure.date >= period.from),
  );

  const scores = new Map<string, number[]>();
  for (const p of active) scores.set(p.programmeId, scores.get(p.programmeId) ?? []);
  for (const c of checkIns)
    if (c.score !== null && c.questionnaire === version)
      scores.set(c.programmeId, [...(scores.get(c.programmeId) ?? []), c.score]);
  const names = new Map(input.programmes.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? '';

  const rows: ReportRow[] = [...scores]
    .sort(([a], [b]) => nameOf(a).localeCompare(nameOf(b)) || a.localeCompare(b))
    .map(([id, list]) => {
      const name = nameOf(id);
      const detail = name ? { text: name } : { none: true as const };
      return {
        // Named like activity.ts names a text detail, so that periods and saved copies line up.
        id: `averageCheckInScore${name ? `:text:${name.trim().toLowerCase()}` : `:none:${id}`}`,
        section: 'pairings',
        figure: 'averageCheckInScore',
        detail,
        value: list.length ? round2(list.reduce((a, b) => a + b, 0) / list.length) : 0,
        unit: 'score',
      };
    });

  const checkedIn = new Set(checkIns.map((c) => c.pairingId));
  const withCheckIn = active.filter((p) => checkedIn.has(p.id)).length;
  rows.push({
    id: 'pairingsWithCheckIn',
    section: 'pairings',
    figure: 'pairingsWithCheckIn',
    detail: null,
    value: active.length ? round2((100 * withCheckIn) / active.length) : 0,
    unit: 'percent',
  });
  return rows;
};
