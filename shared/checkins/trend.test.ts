import { describe, expect, it } from 'vitest';
import { attentionReasons, trendChartRows, trendSeries, type ScoredResponse } from './trend';

const r = (
  id: string,
  date: string,
  respondent: string,
  score: number | null,
  goodFit: ScoredResponse['goodFit'] = 'yes',
) => ({
  id,
  date,
  respondent,
  score,
  goodFit,
});

describe('trendSeries', () => {
  it('gives one line per respondent, oldest first, without unscored responses', () => {
    const s = trendSeries([
      r('3', '2026-04-01', 'mentor', 4.5),
      r('1', '2026-02-01', 'mentor', 4),
      r('2', '2026-02-02', 'mentee', 3.5),
      r('4', '2026-04-02', 'mentee', null),
    ]);
    expect(Object.fromEntries(s)).toEqual({
      mentor: [
        { date: '2026-02-01', score: 4 },
        { date: '2026-04-01', score: 4.5 },
      ],
      mentee: [{ date: '2026-02-02', score: 3.5 }],
    });
  });
});

describe('attentionReasons', () => {
  it('flags a latest "no" and a drop of at least half a point', () => {
    expect(
      attentionReasons([
        r('1', '2026-02-01', 'mentee', 3.4),
        r('2', '2026-04-01', 'mentee', 2.9),
        r('3', '2026-02-01', 'mentor', 4, 'yes'),
        r('4', '2026-04-01', 'mentor', 4, 'no'),
      ]),
    ).toEqual([
      { kind: 'scoreDropped', respondent: 'mentee', date: '2026-04-01', from: 3.4, to: 2.9 },
      { kind: 'notAGoodFit', respondent: 'mentor', date: '2026-04-01' },
    ]);
  });

  it('does not flag a small drop, or a problem a later check-in answered better', () => {
    expect(
      attentionReasons([
        r('1', '2026-02-01', 'mentee', 4),
        r('2', '2026-04-01', 'mentee', 3.6),
        r('3', '2026-02-01', 'mentor', 4, 'no'),
        r('4', '2026-04-01', 'mentor', 2),
        r('5', '2026-06-01', 'mentor', 4, 'yes'),
      ]),
    ).toEqual([]);
  });
});

describe('trendChartRows', () => {
  it('puts the lines side by side by date, with a gap where a respondent was not scored that day', () => {
    const s = trendSeries([
      r('1', '2026-02-01', 'mentor', 4),
      r('2', '2026-02-01', 'mentee', 3.5),
      r('3', '2026-04-01', 'mentor', 4.5),
      r('4', '2026-04-03', 'mentee', 2),
      r('5', '2026-05-01', 'mentee', null),
    ]);
    expect(trendChartRows(s, ['mentor', 'mentee'])).toEqual([
      { date: '2026-02-01', scores: { mentor: 4, mentee: 3.5 } },
      { date: '2026-04-01', scores: { mentor: 4.5, mentee: null } },
      { date: '2026-04-03', scores: { mentor: null, mentee: 2 } },
    ]);
  });

  it('shows the later of two scores of one respondent on one date, and leaves out respondents not asked for', () => {
    const s = trendSeries([
      r('b', '2026-02-01', 'mentor', 2),
      r('a', '2026-02-01', 'mentor', 5),
      r('c', '2026-02-01', 'carer', 1),
    ]);
    expect(trendChartRows(s, ['mentor', 'mentee'])).toEqual([
      { date: '2026-02-01', scores: { mentor: 2, mentee: null } },
    ]);
    expect(trendChartRows(new Map(), ['mentor'])).toEqual([]);
  });
});
