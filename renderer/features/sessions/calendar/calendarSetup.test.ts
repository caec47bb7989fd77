import { describe, expect, it } from 'vitest';
import { calendarLocale, visibleRange } from './calendarSetup';

describe('the calendar', () => {
  it('shows six whole weeks from Monday for a month, Monday to Sunday for a week', () => {
    // March 2026 starts on a Sunday: the month view starts on Monday 23 February.
    expect(visibleRange('2026-03-18', 'month')).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    // June 2026 starts on a Monday.
    expect(visibleRange('2026-06-30', 'month')).toEqual({ from: '2026-06-01', to: '2026-07-12' });
    expect(visibleRange('2026-03-04', 'week')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(visibleRange('2026-03-08', 'week')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(visibleRange('2026-03-09', 'week')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
  });

  it('starts the week on Monday and names months in the UI language and script', () => {
    for (const lng of ['en', 'hu', 'fi', 'sr-Latn', 'sr-Cyrl'] as const) expect(calendarLocale(lng).firstDay).toBe(1);
    expect(calendarLocale('hu').code).toBe('hu-HU');
    const month = (lng: 'sr-Latn' | 'sr-Cyrl') =>
      new Intl.DateTimeFormat(calendarLocale(lng).code, { month: 'long' }).format(new Date(2026, 2, 1));
    expect(month('sr-Latn')).toBe('mart');
    expect(month('sr-Cyrl')).toBe('март');
  });
});
