import { useLiveQuery } from 'dexie-react-hooks';
import { findMentees, getMentee, listWaitingMentees, type MenteeFilter } from './menteesRepo';

/** The mentees matching the filter, by code; live: updates after every write. */
export const useMentees = (filter: MenteeFilter) => {
  const rows = useLiveQuery(
    () => findMentees(filter),
    [filter.query, filter.programmeId, filter.status, filter.transition],
  );
  return { rows: rows ?? EMPTY, loading: rows === undefined };
};
const EMPTY: never[] = [];

/** One mentee: undefined while loading, null when there is none (or it was deleted). */
export const useMentee = (id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await getMentee(id)) ?? null) : null), [id]);

export const useWaitingMentees = () => useLiveQuery(listWaitingMentees);
