import type { Mentor, MentorStatus } from '../../../shared/domain/mentor';
import type { Rules } from '../../../shared/domain/settings';
import { findMentorIds, getMentorsByIds as getLiveMentorsByIds } from '../mentors';
import { getSettings } from '../settings';

/**
 * What progress reads from tables other features own (mentors, settings), through their public
 * surfaces, gathered in one place. Nothing here writes.
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
