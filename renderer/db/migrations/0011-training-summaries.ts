import type { Transaction } from 'dexie';
import { buildTrainingSummaries, TRAINING_SUMMARIES } from '../trainingSummaries';

/**
 * Schema 11 (issue 24, "Find a mentor" and the training overview on ten years of data): the
 * per-person summaries of what training progress is computed from (`trainingSummaries`, see
 * ../trainingSummaries.ts), built here once from the rows already there — after every earlier
 * migration has written its rows, which the summaries' middleware leaves alone during an upgrade.
 * No domain record changes.
 */
export const migrateTrainingSummaries = async (tx: Transaction): Promise<void> => {
  await tx.table(TRAINING_SUMMARIES).bulkPut(await buildTrainingSummaries((name) => tx.table(name)));
};
