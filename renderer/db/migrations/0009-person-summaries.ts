import Dexie, { type Transaction } from 'dexie';
import { PERSON_SUMMARIES, summariesOfRows } from '../personSummaries';

/**
 * Schema 9 (issue 24, pages fast at ten years of data): the per-person summary of attendance
 * (`personSummaries`, see ../personSummaries.ts), built here once from the rows already there —
 * after every earlier migration has written its rows, which the summaries' middleware leaves
 * alone during an upgrade. No domain record changes.
 */
export const migratePersonSummaries = async (tx: Transaction): Promise<void> => {
  const rows = await tx
    .table('attendance')
    .where('[sessionKind+sessionDate]')
    .between(['supervision', Dexie.minKey], ['supervision', Dexie.maxKey])
    .toArray();
  await tx.table(PERSON_SUMMARIES).bulkPut(summariesOfRows(rows));
};
