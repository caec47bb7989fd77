import { useLiveQuery } from 'dexie-react-hooks';
import type { Mentor } from '../../../shared/domain/mentor';
import { countMentorsByStatus, getMentor, getMentorsByIds, searchMentors, sortedMentorIds, type MentorFilter } from './mentorsRepo';

/** Records read together with a search's ids, so the top of a new result shows in one step. */
export const FIRST_PAGE = 30;

/**
 * Ids of the mentors matching the filter, sorted by family name; live: updates after every write.
 * `resultsFor` is the search text the current ids answer (the previous result stays on screen
 * while the next keystroke's query runs); the list exposes it so tests and the benchmark can tell
 * when a keystroke's results are shown.
 */
export const useMentors = (filter: MentorFilter) => {
  // The sort order only changes when mentors are written: read once, not per keystroke.
  const sorted = useLiveQuery(sortedMentorIds);
  const result = useLiveQuery(async () => {
    if (!sorted) return undefined;
    const found = await searchMentors(filter, sorted, FIRST_PAGE);
    return { ...found, resultsFor: filter.query ?? '' };
  }, [sorted, filter.query, filter.status, filter.programmeId, filter.livedExperience]);
  return {
    ids: result?.ids ?? EMPTY,
    firstPage: result?.firstPage ?? NO_MENTORS,
    loading: result === undefined,
    resultsFor: result?.resultsFor ?? null,
  };
};
const EMPTY: string[] = [];
const NO_MENTORS: Mentor[] = [];

/** Reads the records of one page of the list (the rows on screen) by key; the list queries it live. */
export const loadMentorPage = getMentorsByIds;

/** One mentor: undefined while loading, null when there is none (or it was deleted). */
export const useMentor = (id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await getMentor(id)) ?? null) : null), [id]);

export const useMentorStatusCounts = () => useLiveQuery(countMentorsByStatus);
