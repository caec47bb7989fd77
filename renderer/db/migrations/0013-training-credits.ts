import type { Transaction } from 'dexie';
import { creditsOfSummaries, TRAINING_CREDITS, TRAINING_SUMMARIES, type TrainingSummary } from '../trainingSummaries';

/**
 * Schema 13 (issue 24, "Find a mentor" on ten years of data): each person's training credits
 * (`trainingCredits`, see ../trainingSummaries.ts), what readiness reads instead of the whole
 * training summary. Built here once from the summaries already there (migration 0011 wrote them,
 * in this same upgrade when it comes from before schema 11); the summaries' middleware keeps
 * them from then on. No domain record changes.
 */
export const migrateTrainingCredits = async (tx: Transaction): Promise<void> => {
  const summaries = (await tx.table(TRAINING_SUMMARIES).toArray()) as TrainingSummary[];
  await tx.table(TRAINING_CREDITS).bulkPut(creditsOfSummaries(summaries));
};
