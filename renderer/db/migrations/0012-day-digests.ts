import type { Transaction } from 'dexie';
import { buildDayDigests, DIGEST_STORES } from '../dayDigests';

/**
 * Schema 12 (issue 15, a year's report on ten years of data): the day digests of sessions,
 * attendance and contact logs (`sessionDays`, `attendanceDays`, `contactDays`, see
 * ../dayDigests.ts), built here once from the rows already there — after every earlier migration
 * has written its rows, which the digests' middleware leaves alone during an upgrade — and the
 * pairings' new index of their closing date (`closure.date`), which IndexedDB builds itself. No
 * domain record changes.
 */
export const migrateDayDigests = async (tx: Transaction): Promise<void> => {
  const built = await buildDayDigests((name) => tx.table(name));
  for (const store of DIGEST_STORES) await tx.table(store).bulkPut(built[store]);
};
