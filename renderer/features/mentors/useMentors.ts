import { useLiveQuery } from 'dexie-react-hooks';
import { countMentorsByStatus, findMentorIds, getMentor, getMentorsByIds, type MentorFilter } from './mentorsRepo';

/** Ids of the mentors matching the filter, sorted by family name; live: updates after every write. */
export const useMentors = (filter: MentorFilter) => {
  const ids = useLiveQuery(
    () => findMentorIds(filter),
    [filter.query, filter.status, filter.programmeId, filter.livedExperience],
  );
  return { ids: ids ?? EMPTY, loading: ids === undefined };
};
const EMPTY: string[] = [];

/** The records of one page of a list (the rows on screen), read by key. */
export const useMentorPage = (ids: readonly string[], start: number, end: number) =>
  useLiveQuery(() => getMentorsByIds(ids.slice(start, end)), [ids, start, end]);

/** One mentor: undefined while loading, null when there is none (or it was deleted). */
export const useMentor = (id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await getMentor(id)) ?? null) : null), [id]);

export const useMentorStatusCounts = () => useLiveQuery(countMentorsByStatus);
