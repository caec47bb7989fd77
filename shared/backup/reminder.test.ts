import { describe, expect, it } from 'vitest';
import { backupReminder } from './reminder';

describe('backupReminder', () => {
  const now = new Date('2026-11-22T12:00:00.000Z');
  it('is due when there never was a backup', () => {
    expect(backupReminder(undefined, 7, now)).toEqual({ state: 'never', everyDays: 7 });
  });
  it('is fine within the interval and overdue after it', () => {
    expect(backupReminder('2026-11-15T12:00:00.000Z', 7, now)).toMatchObject({
      state: 'ok',
      daysSince: 7,
      dueAt: '2026-11-22T12:00:00.000Z',
    });
    expect(backupReminder('2026-11-15T11:59:00.000Z', 7, now)).toMatchObject({ state: 'overdue', daysSince: 7 });
    expect(backupReminder('2026-11-21T18:00:00.000Z', 1, now)).toMatchObject({ state: 'ok', daysSince: 0 });
  });
});
