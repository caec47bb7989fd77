/**
 * "Back up at least every N days": when the last backup was made and whether one is due.
 * Pure, so the page, the overview card and the tests agree on the rule.
 */
export type BackupReminder =
  | { state: 'never'; everyDays: number }
  | { state: 'ok' | 'overdue'; everyDays: number; lastBackupAt: string; daysSince: number; dueAt: string };

const DAY_MS = 24 * 60 * 60 * 1000;

export const backupReminder = (
  lastBackupAt: string | undefined | null,
  everyDays: number,
  now: Date,
): BackupReminder => {
  if (!lastBackupAt) return { state: 'never', everyDays };
  const last = Date.parse(lastBackupAt);
  const due = last + everyDays * DAY_MS;
  return {
    state: now.getTime() > due ? 'overdue' : 'ok',
    everyDays,
    lastBackupAt,
    daysSince: Math.max(0, Math.floor((now.getTime() - last) / DAY_MS)),
    dueAt: new Date(due).toISOString(),
  };
};
