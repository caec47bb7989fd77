import { describe, expect, it } from 'vitest';
import { attentionReasons, trendSeries, type ScoredResponse } from './trend';

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
