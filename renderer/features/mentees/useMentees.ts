import { useLiveQuery } from 'dexie-react-hooks';
import { findMenteeIds, getMentee, getMenteesByIds, listWaitingMentees, type MenteeFilter } from './menteesRepo';

/** Ids of the mentees matching the filter, by code; live: updates after every write. */
export const useMenteeIds = (filter: MenteeFilter) => {
  const ids = useLiveQuery(
    () => findMenteeIds(filter),
    [filter.query, filter.programmeId, filter.status, filter.transition],
  );
  return { ids: ids ?? EMPTY, loading: ids === undefined };
};
const EMPTY: string[] = [];

/** The records of one page of the list (the rows on screen), read by key. */
export const loadMenteePage = getMenteesByIds;

/** One mentee: undefined while loading, null when there is none (or it was deleted). */
export const useMentee = (id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await getMentee(id)) ?? null) : null), [id]);

export const useWaitingMentees = () => useLiveQuery(listWaitingMentees);
