import { describe, expect, it } from 'vitest';
import { DEFAULT_WELLBEING_RULE, wellbeingDue } from './wellbeingSchedule';

const rule = DEFAULT_WELLBEING_RULE; // every 3 months; 14 days to hold one
const active = {
  status: 'active',
  activeSince: '2026-01-15',
  checkInDates: [] as string[],
  crisisDates: [] as string[],
};

describe('wellbeingDue', () => {
  it('is due three months after becoming active, then three months after the latest check-in', () => {
    expect(wellbeingDue(active, rule, '2026-04-14')).toEqual({
      state: 'upcoming',
      dueFrom: '2026-04-15',
      dueBy: '2026-04-29',
      reason: 'interval',
    });
    expect(wellbeingDue(active, rule, '2026-04-15').state).toBe('due');
    expect(wellbeingDue(active, rule, '2026-04-29').state).toBe('due');
    expect(wellbeingDue(active, rule, '2026-04-30').state).toBe('overdue');
    expect(wellbeingDue({ ...active, checkInDates: ['2026-04-20', '2026-02-01'] }, rule, '2026-05-01').dueFrom).toBe(
      '2026-07-20',
    );
  });

  it('suggests one at once after a crisis contact since the latest check-in, to hold within two weeks', () => {
    const s = wellbeingDue(
      { ...active, checkInDates: ['2026-04-20'], crisisDates: ['2026-04-10', '2026-05-03'] },
      rule,
      '2026-05-04',
    );
    expect(s).toEqual({ state: 'due', dueFrom: '2026-05-03', dueBy: '2026-05-17', reason: 'crisis' });
    expect(
      wellbeingDue({ ...active, checkInDates: ['2026-04-20'], crisisDates: ['2026-05-03'] }, rule, '2026-05-18').state,
    ).toBe('overdue');
    // A crisis contact before the latest check-in was already talked about.
    expect(
      wellbeingDue({ ...active, checkInDates: ['2026-04-20'], crisisDates: ['2026-04-10'] }, rule, '2026-05-04').reason,
    ).toBe('interval');
  });

  it('schedules nothing for a mentor who is not active', () => {
    expect(wellbeingDue({ ...active, status: 'paused', crisisDates: ['2026-05-03'] }, rule, '2026-06-01').state).toBe(
      'notScheduled',
    );
    expect(wellbeingDue({ ...active, activeSince: null }, rule, '2026-06-01').state).toBe('notScheduled');
  });
});
