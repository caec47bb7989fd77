import { describe, expect, it } from 'vitest';
import { firstMonthEnd, monitoringBreaches } from './monitoring';

const rules = { firstMonthMinContacts: 2, contactEveryDays: 30 };

describe('the monitoring rule (fixed clock)', () => {
  it('asks nothing during the first month, even with no contact yet', () => {
    expect(
      monitoringBreaches({ startDate: '2026-03-01', lastContactDate: '', firstMonthContacts: 0 }, rules, '2026-03-31'),
    ).toEqual([]);
  });

  it('the first month ends one calendar month after the start', () => {
    expect(firstMonthEnd('2026-03-01')).toBe('2026-04-01');
    expect(firstMonthEnd('2026-01-31')).toBe('2026-02-28');
  });

  it('breaks when the first month ended with too few contacts, until the next contact', () => {
    const oneContact = { startDate: '2026-03-01', lastContactDate: '2026-03-20', firstMonthContacts: 1 };
    expect(monitoringBreaches(oneContact, rules, '2026-04-01')).toEqual([
      { kind: 'firstMonth', contacts: 1, needed: 2 },
    ]);
    expect(monitoringBreaches({ ...oneContact, lastContactDate: '2026-04-03' }, rules, '2026-04-05')).toEqual([]);
    expect(monitoringBreaches({ ...oneContact, firstMonthContacts: 2 }, rules, '2026-04-01')).toEqual([]);
  });

  it('after the first month, breaks when the last contact is more than N days ago', () => {
    const p = { startDate: '2026-01-01', lastContactDate: '2026-03-01', firstMonthContacts: 3 };
    // 30 days after the last contact is still on time; the 31st day is overdue.
    expect(monitoringBreaches(p, rules, '2026-03-31')).toEqual([]);
    expect(monitoringBreaches(p, rules, '2026-04-01')).toEqual([
      { kind: 'overdue', daysSince: 31, everyDays: 30, since: 'lastContact' },
    ]);
    expect(monitoringBreaches(p, { ...rules, contactEveryDays: 14 }, '2026-03-20')).toEqual([
      { kind: 'overdue', daysSince: 19, everyDays: 14, since: 'lastContact' },
    ]);
  });

  it('counts from the start when nothing was ever logged, and reports both breaches', () => {
    expect(
      monitoringBreaches({ startDate: '2026-03-01', lastContactDate: '', firstMonthContacts: 0 }, rules, '2026-04-15'),
    ).toEqual([
      { kind: 'firstMonth', contacts: 0, needed: 2 },
      { kind: 'overdue', daysSince: 45, everyDays: 30, since: 'start' },
    ]);
  });

  it('a first-month minimum of zero asks only for the regular contacts', () => {
    const zero = { ...rules, firstMonthMinContacts: 0 };
    expect(
      monitoringBreaches(
        { startDate: '2026-03-01', lastContactDate: '2026-03-20', firstMonthContacts: 1 },
        zero,
        '2026-04-10',
      ),
    ).toEqual([]);
    expect(
      monitoringBreaches({ startDate: '2026-03-01', lastContactDate: '', firstMonthContacts: 0 }, zero, '2026-04-10'),
    ).toEqual([{ kind: 'overdue', daysSince: 40, everyDays: 30, since: 'start' }]);
  });
});
