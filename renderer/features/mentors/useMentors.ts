import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Mentor } from '../../../shared/domain/mentor';
import {
  countMentorsByStatus,
  getMentor,
  getMentorsByIds,
  searchMentors,
  sortedMentorIdsAfterAnyWrite,
  type MentorFilter,
  type MentorSearch,
} from './mentorsRepo';

/** Records read together with a search's ids, so the top of a new result shows in one step. */
export const FIRST_PAGE = 24;

type Results = MentorSearch & { resultsFor: string };

/**
 * Ids of the mentors matching the filter, sorted by family name; live: updates after every write.
 * `resultsFor` is the search text the current ids answer (the previous result stays on screen
 * while the next keystroke's query runs); the list exposes it so tests and the benchmark can tell
 * when a keystroke's results are shown.
 */
export const useMentors = ({ query = '', status = null, programmeId = null, livedExperience = null }: MentorFilter) => {
  // The sort order changes only when mentors are written: read once, not per keystroke. This live
  // query hands over a new array after every write to mentors, which is what reruns the search.
  const sorted = useLiveQuery(sortedMentorIdsAfterAnyWrite);
  // The search itself is a plain read started as soon as the filter changes, not a live query:
  // a live query subscribed per keystroke starts its read on a timer (after the next paint) and
  // tears the previous subscription down, about a fifth of a keystroke's budget.
  const [results, setResults] = useState<Results>();
  const [error, setError] = useState<unknown>(null);
  // A read started by `startSearch` in the input's event handler, before React renders the new
  // text: IndexedDB works while the page re-renders, and the effect below picks the read up.
  const started = useRef<{ key: string; sorted: readonly string[]; read: Promise<MentorSearch> } | null>(null);
  const startSearch = useCallback(
    (next: MentorFilter) => {
      if (!sorted) return;
      const key = filterKey(next);
      started.current = { key, sorted, read: searchMentors(next, sorted, FIRST_PAGE) };
    },
    [sorted],
  );
  useEffect(() => {
    if (!sorted) return;
    let latest = true;
    const filter = { query, status, programmeId, livedExperience };
    const early = started.current;
    started.current = null;
    const read =
      early && early.key === filterKey(filter) && early.sorted === sorted
        ? early.read
        : searchMentors(filter, sorted, FIRST_PAGE);
    read.then(
      (found) => latest && setResults({ ...found, resultsFor: query }),
      (err: unknown) => latest && setError(err),
    );
    // A slower answer to an earlier keystroke must not replace a newer one.
    return () => {
      latest = false;
    };
  }, [sorted, query, status, programmeId, livedExperience]);
  // As useLiveQuery does: the page's error boundary shows a failed read.
  if (error) throw error;
  return {
    ids: results?.ids ?? EMPTY,
    firstPage: results?.firstPage ?? NO_MENTORS,
    loading: results === undefined,
    resultsFor: results?.resultsFor ?? null,
    startSearch,
  };
};

/** The filter as one comparable string (the early read is used only for the same filter). */
const filterKey = ({ query = '', status = null, programmeId = null, livedExperience = null }: MentorFilter): string =>
  JSON.stringify([query, status, programmeId, livedExperience]);
const EMPTY: string[] = [];
const NO_MENTORS: Mentor[] = [];

/** Reads the records of one page of the list (the rows on screen) by key; the list queries it live. */
export const loadMentorPage = getMentorsByIds;

/** One mentor: undefined while loading, null when there is none (or it was deleted). */
export const useMentor = (id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await getMentor(id)) ?? null) : null), [id]);

export const useMentorStatusCounts = () => useLiveQuery(countMentorsByStatus);
