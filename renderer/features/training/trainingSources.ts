import { db } from '../../db/db';
import { readByIds } from '../../db/readByIds';
import type { TrainingSummary } from '../../db/trainingSummaries';
import type { Mentor, MentorStatus } from '../../../shared/domain/mentor';
import type { Rules } from '../../../shared/domain/settings';
import { findMentorIds, getMentorsByIds as getLiveMentorsByIds } from '../mentors/mentorsRepo';
import { getSettings } from '../settings/settingsRepo';

/**
 * What progress reads from tables other features own (mentors, settings) through their
 * repositories, and the training summaries the database keeps (renderer/db/trainingSummaries.ts),
 * gathered in one place. Nothing here writes.
 */

/** Mentors by id, tombstones excluded. */
export const getMentorsByIds = (ids: readonly string[]): Promise<Mentor[]> => getLiveMentorsByIds([...new Set(ids)]);

/** The ids of the training overview's mentors, in name order, through the mentors' key indexes. */
export const listMentorIdsForTraining = (filter: {
  programmeId?: string | null;
  status?: MentorStatus | null;
}): Promise<string[]> => findMentorIds({ programmeId: filter.programmeId ?? null, status: filter.status ?? null });

/** The organisation's rules (the defaults when settings were never saved). */
export const getRules = async (): Promise<Rules> => (await getSettings()).rules;

/**
 * The stored training summaries of these people (renderer/db/trainingSummaries.ts), in the order
 * given (undefined for someone with no training attendance or shadowing): what progress is
 * computed from, one small record per person (past a few hundred people, all in one request).
 */
export const getTrainingSummaries = (personIds: readonly string[]): Promise<(TrainingSummary | undefined)[]> =>
  readByIds(db.trainingSummaries, personIds);
