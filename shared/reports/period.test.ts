import { describe, expect, it } from 'vitest';
import { inPeriod, isValidPeriod, periodDays, presetPeriod, previousPeriod } from './period';

describe('presetPeriod', () => {
  const today = '2026-05-17';
  it.each([
    ['thisMonth', '2026-05-01', '2026-05-31'],
    ['lastMonth', '2026-04-01', '2026-04-30'],
    ['thisQuarter', '2026-04-01', '2026-06-30'],
    ['lastQuarter', '2026-01-01', '2026-03-31'],
    ['thisYear', '2026-01-01', '2026-12-31'],
    ['lastYear', '2025-01-01', '2025-12-31'],
  ] as const)('%s', (preset, from, to) => expect(presetPeriod(preset, today)).toEqual({ from, to }));

  it('crosses the year back in January', () => {
    expect(presetPeriod('lastMonth', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('lastQuarter', '2026-02-28')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });
  it('knows leap Februaries', () => {
    expect(presetPeriod('thisMonth', '2028-02-03')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});

describe('previousPeriod', () => {
  it('gives the previous whole months for calendar periods', () => {
    expect(previousPeriod({ from: '2026-04-01', to: '2026-06-30' })).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('gives the same number of days just before for any other period', () => {
    const p = { from: '2026-03-10', to: '2026-03-19' };
    const prev = previousPeriod(p);
    expect(prev).toEqual({ from: '2026-02-28', to: '2026-03-09' });
    expect(periodDays(prev)).toBe(periodDays(p));
  });
  it('handles a one-day period', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });
});

describe('period helpers', () => {
  it('counts both ends', () => expect(periodDays({ from: '2026-01-01', to: '2026-12-31' })).toBe(365));
  it('includes the first and last day only', () => {
    const p = { from: '2026-04-01', to: '2026-06-30' };
    expect([
      inPeriod('2026-03-31', p),
      inPeriod('2026-04-01', p),
      inPeriod('2026-06-30', p),
      inPeriod('2026-07-01', p),
    ]).toEqual([false, true, true, false]);
    expect(inPeriod(null, p)).toBe(false);
  });
  it('refuses a period that ends before it starts', () => {
    expect(isValidPeriod({ from: '2026-05-02', to: '2026-05-01' })).toBe(false);
    expect(isValidPeriod({ from: '2026-05-01', to: '2026-05-01' })).toBe(true);
    expect(isValidPeriod({ from: '', to: '2026-05-01' })).toBe(false);
  });
});
