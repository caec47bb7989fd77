import { describe, expect, it } from 'vitest';
import { inLastDays, mentorLoad, windowStart, type LoadInput } from './load';

const TODAY = '2026-06-30';
const c = (id: string, date: string, durationMinutes: number, crisis = false) => ({
  id,
  date,
  durationMinutes,
  crisis,
});

describe('the last N days', () => {
  it('counts today as the first day: the 30th day back is in, the 31st is out', () => {
    expect(windowStart(TODAY, 30)).toBe('2026-06-01');
    expect(inLastDays('2026-06-01', TODAY, 30)).toBe(true); // 30th day
    expect(inLastDays('2026-05-31', TODAY, 30)).toBe(false); // 31st day
    expect(inLastDays('2026-07-01', TODAY, 30)).toBe(false); // tomorrow
    expect(inLastDays(TODAY, TODAY, 1)).toBe(true);
  });
});

describe('mentorLoad', () => {
  // Hand-computed: contacts in the last 30 days are a (90 min), b (45, crisis), d (60, crisis) on
  // the 30th day; e on the 31st day and f (crisis, 89 days back = the 90th day) fall in 90 only;
  // g (crisis) is the 91st day; h is tomorrow. Hours: 195 min = 3.25 h → 3.3 (one decimal).
  const input: LoadInput = {
    capacity: 2,
    pairingStatuses: ['active', 'active', 'paused', 'closed', 'proposed', 'active'],
    contacts: [
      c('a', '2026-06-29', 90),
      c('b', '2026-06-15', 45, true),
      c('d', '2026-06-01', 60, true),
      c('e', '2026-05-31', 120, true),
      c('f', '2026-04-02', 30, true),
      c('g', '2026-04-01', 30, true),
      c('h', '2026-07-01', 600, true),
    ],
    supervisionDates: ['2026-05-20', '2026-06-10', '2026-07-02', '2025-01-01'],
    openFollowUps: 3,
    wellbeing: [
      { id: 'w1', date: '2026-01-10', score: 4.5 },
      { id: 'w3', date: '2026-06-20', score: 3.17 },
      { id: 'w2', date: '2026-04-10', score: 4 },
      { id: 'w4', date: '2026-06-25', score: null },
      { id: 'w5', date: '2026-07-05', score: 1 },
    ],
  };

  it('gives every figure of the hand-computed fixture', () => {
    expect(mentorLoad(input, TODAY)).toEqual({
      activePairings: 3,
      capacity: 2,
      contactHours30: 3.3,
      crisis30: 2,
      crisis90: 4,
      lastSupervision: '2026-06-10',
      daysSinceSupervision: 20,
      openFollowUps: 3,
      wellbeingDate: '2026-06-20',
      wellbeingScore: 3.17,
      wellbeingChange: -0.83,
      wellbeingTrend: 'down',
    });
  });

  it('has no supervision, score or trend when there are none, and one check-in has no trend', () => {
    const empty = mentorLoad({ ...input, contacts: [], supervisionDates: [], wellbeing: [] }, TODAY);
    expect(empty).toMatchObject({
      contactHours30: 0,
      crisis30: 0,
      crisis90: 0,
      lastSupervision: null,
      daysSinceSupervision: null,
      wellbeingScore: null,
      wellbeingTrend: null,
    });
    const one = mentorLoad({ ...input, wellbeing: [{ id: 'x', date: '2026-06-01', score: 4 }] }, TODAY);
    expect(one).toMatchObject({ wellbeingScore: 4, wellbeingChange: null, wellbeingTrend: null });
    const same = mentorLoad(
      {
        ...input,
        wellbeing: [
          { id: 'x', date: '2026-06-01', score: 4 },
          { id: 'y', date: '2026-06-02', score: 4 },
        ],
      },
      TODAY,
    );
    expect(same.wellbeingTrend).toBe('same');
  });

  it('counts a supervision today as zero days ago', () => {
    expect(mentorLoad({ ...input, supervisionDates: [TODAY] }, TODAY).daysSinceSupervision).toBe(0);
  });
});
