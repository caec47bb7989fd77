import type { Transaction } from 'dexie';
import { buildCareSummaries, CARE_SUMMARIES } from '../careSummaries';

/**
 * Schema 10 (issue 25, the mentors' load list on ten years of data): the per-mentor summaries of
 * what the list shows (`careSummaries`, see ../careSummaries.ts), built here once from the rows
 * already there — after every earlier migration has written its rows, which the summaries'
 * middleware leaves alone during an upgrade. No domain record changes.
 */
export const migrateCareSummaries = async (tx: Transaction): Promise<void> => {
  await tx.table(CARE_SUMMARIES).bulkPut(await buildCareSummaries((name) => tx.table(name)));
};
