import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_IN_RULE, addMonths, checkInSchedule, pauseIntervals, type ScheduleInput } from './schedule';

const rule = DEFAULT_CHECK_IN_RULE; // first after 1 month, then every 2, overdue 14 days after due
const active = (over: Partial<ScheduleInput> = {}): ScheduleInput => ({
  status: 'active',
  startDate: '2026-01-10',
  statusHistory: [
    { status: 'proposed', date: '2026-01-05' },
    { status: 'active', date: '2026-01-10' },
  ],
  checkInDates: [],
  ...over,
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });
});

describe('checkInSchedule', () => {
  it('puts the first check-in one month after the start', () => {
    expect(checkInSchedule(active(), rule, '2026-02-09')).toEqual({
      state: 'upcoming',
      dueDate: '2026-02-10',
      overdueFrom: '2026-02-25',
    });
    expect(checkInSchedule(active(), rule, '2026-02-10').state).toBe('due');
    expect(checkInSchedule(active(), rule, '2026-02-24').state).toBe('due');
    expect(checkInSchedule(active(), rule, '2026-02-25').state).toBe('overdue');
  });

  it('puts each next one two months after the latest check-in', () => {
    const s = checkInSchedule(active({ checkInDates: ['2026-02-20', '2026-02-12'] }), rule, '2026-03-01');
    expect(s).toEqual({ state: 'upcoming', dueDate: '2026-04-20', overdueFrom: '2026-05-05' });
  });

  it('ignores check-ins dated before the start', () => {
    expect(checkInSchedule(active({ checkInDates: ['2025-12-01'] }), rule, '2026-01-20').dueDate).toBe('2026-02-10');
  });

  it('is never due while paused, and the days paused move the due date on', () => {
    const history: ScheduleInput['statusHistory'] = [
      { status: 'active', date: '2026-01-10' },
      { status: 'paused', date: '2026-01-20' },
    ];
    expect(checkInSchedule(active({ status: 'paused', statusHistory: history }), rule, '2026-03-30').state).toBe(
      'paused',
    );
    const resumed = [...history, { status: 'active' as const, date: '2026-03-01' }];
    // Paused 20 Jan – 1 Mar = 40 days: 10 Feb + 40 days = 22 Mar.
    expect(checkInSchedule(active({ statusHistory: resumed }), rule, '2026-03-10')).toEqual({
      state: 'upcoming',
      dueDate: '2026-03-22',
      overdueFrom: '2026-04-06',
    });
  });

  it('does not count a pause that ended before the latest check-in', () => {
    const history: ScheduleInput['statusHistory'] = [
      { status: 'active', date: '2026-01-10' },
      { status: 'paused', date: '2026-01-20' },
      { status: 'active', date: '2026-02-01' },
    ];
    const s = checkInSchedule(active({ statusHistory: history, checkInDates: ['2026-03-01'] }), rule, '2026-03-02');
    expect(s.dueDate).toBe('2026-05-01');
  });

  it('schedules nothing for proposed or closed pairings or without a start date', () => {
    expect(checkInSchedule(active({ status: 'proposed' }), rule, '2026-06-01').state).toBe('notScheduled');
    expect(checkInSchedule(active({ status: 'closed' }), rule, '2026-06-01').state).toBe('notScheduled');
    expect(checkInSchedule(active({ startDate: null }), rule, '2026-06-01').state).toBe('notScheduled');
  });

  it('follows a programme rule that differs from the default', () => {
    const monthly = { firstAfterMonths: 2, everyMonths: 1, overdueAfterDays: 0 };
    expect(checkInSchedule(active(), monthly, '2026-03-11')).toEqual({
      state: 'overdue',
      dueDate: '2026-03-10',
      overdueFrom: '2026-03-11',
    });
  });
});

describe('pauseIntervals', () => {
  it('runs an open pause to today', () => {
    expect(
      pauseIntervals(
        [
          { status: 'active', date: '2026-01-01' },
          { status: 'paused', date: '2026-02-01' },
          { status: 'active', date: '2026-02-10' },
          { status: 'paused', date: '2026-03-01' },
        ],
        '2026-03-05',
      ),
    ).toEqual([
      { from: '2026-02-01', to: '2026-02-10' },
      { from: '2026-03-01', to: '2026-03-05' },
    ]);
  });
});
