import type { Transaction } from 'dexie';
import { buildMentorPairings, MENTOR_PAIRINGS } from '../mentorPairings';
import { creditsOfSummaries, TRAINING_CREDITS, TRAINING_SUMMARIES, type TrainingSummary } from '../trainingSummaries';

/**
 * Schema 13 (issue 24, "Find a mentor" on ten years of data): two small derived stores that the
 * suggestions read instead of whole records. Both are built here once, and kept from then on by
 * their middlewares. No domain record changes.
 * - `trainingCredits` (../trainingSummaries.ts): each person's training hours per list of modules,
 *   from the training summaries already there (migration 0011 wrote them, in this same upgrade
 *   when it comes from before schema 11);
 * - `mentorPairings` (../mentorPairings.ts): each mentor's open pairings, from the pairings.
 */
export const migrateFindAMentor = async (tx: Transaction): Promise<void> => {
  const summaries = (await tx.table(TRAINING_SUMMARIES).toArray()) as TrainingSummary[];
  await tx.table(TRAINING_CREDITS).bulkPut(creditsOfSummaries(summaries));
  await tx.table(MENTOR_PAIRINGS).bulkPut(await buildMentorPairings((name) => tx.table(name)));
};
