import type { Transaction } from 'dexie';

/**
 * Schema 8 (issue 25, "Care for the carers"): two new synced tables — the mentors' wellbeing
 * check-ins and the "talked, all right" notes — and a `[mentorId+date]` index on contact logs.
 * The new tables start empty and Dexie builds the new index from the rows already there, so no
 * record changes. Touch each new store and the new index so that a schema that failed to create
 * them fails the upgrade (and leaves version 7) rather than a page later.
 */
export const migrateCare = async (tx: Transaction): Promise<void> => {
  await tx.table('wellbeingCheckIns').count();
  await tx.table('careAcks').count();
  await tx.table('contactLogs').where('[mentorId+date]').above(['', '']).limit(1).count();
};
