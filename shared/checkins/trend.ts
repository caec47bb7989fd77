import type { GoodFit } from './questionnaire';

/** What the trend needs of one scored response. */
export type ScoredResponse = {
  id: string;
  date: string;
  respondent: string;
  score: number | null;
  goodFit: GoodFit | null;
};

export type TrendPoint = { date: string; score: number };

/** One line per respondent (mentor, mentee, carer …), oldest first; unscored responses are left out. */
export const trendSeries = (responses: readonly ScoredResponse[]): Map<string, TrendPoint[]> => {
  const series = new Map<string, TrendPoint[]>();
  const sorted = [...responses].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const r of sorted) {
    if (r.score === null) continue;
    const line = series.get(r.respondent) ?? [];
    line.push({ date: r.date, score: r.score });
    series.set(r.respondent, line);
  }
  return series;
};

export type AttentionReason =
  | { kind: 'notAGoodFit'; respondent: string; date: string }
  | { kind: 'scoreDropped'; respondent: string; date: string; from: number; to: number };

/**
 * Why a set of responses (one pairing's) needs the coordinator's attention: the latest answer of
 * a respondent to "good fit?" was no, or their latest score is at least `dropBy` below their
 * previous one. Only each respondent's latest response counts, so a problem that was followed by
 * a better check-in no longer shows.
 */
export const attentionReasons = (responses: readonly ScoredResponse[], dropBy = 0.5): AttentionReason[] => {
  const reasons: AttentionReason[] = [];
  const byRespondent = new Map<string, ScoredResponse[]>();
  for (const r of [...responses].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)))
    byRespondent.set(r.respondent, [...(byRespondent.get(r.respondent) ?? []), r]);
  for (const [respondent, list] of byRespondent) {
    const latest = list.at(-1)!;
    if (latest.goodFit === 'no') reasons.push({ kind: 'notAGoodFit', respondent, date: latest.date });
    const scored = list.filter((r) => r.score !== null);
    const last = scored.at(-1);
    const previous = scored.at(-2);
    // Round the difference: 3.4 − 2.9 is 0.49999… in floating point.
    if (last && previous && last === latest && Math.round((previous.score! - last.score!) * 100) >= dropBy * 100)
      reasons.push({ kind: 'scoreDropped', respondent, date: last.date, from: previous.score!, to: last.score! });
  }
  return reasons;
};

/** One row of a trend chart: a date on which someone answered, and each respondent's score that day. */
export type TrendChartRow = { date: string; scores: Record<string, number | null> };

/**
 * The series side by side for a chart with one line per respondent: a row for every date on
 * which anyone was scored, oldest first, with `null` for a respondent not scored that day (the
 * line is drawn across the gap). Two scores of one respondent on one date show the later one,
 * as the series orders them.
 */
export const trendChartRows = (
  series: ReadonlyMap<string, readonly TrendPoint[]>,
  respondents: readonly string[],
): TrendChartRow[] => {
  const byDate = new Map<string, Record<string, number | null>>();
  for (const who of respondents)
    for (const p of series.get(who) ?? []) {
      const scores = byDate.get(p.date) ?? Object.fromEntries(respondents.map((r) => [r, null]));
      scores[who] = p.score;
      byDate.set(p.date, scores);
    }
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, scores]) => ({ date, scores }));
};
