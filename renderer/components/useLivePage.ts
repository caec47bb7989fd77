import { useLiveQuery } from 'dexie-react-hooks';

const NONE: never[] = [];

/**
 * One page of a virtualised list's rows, `ids[start, end)`, read live through `loadPage` (the
 * list's repository read): it re-reads when those records change. Nothing is read while `covered`
 * (the rows on screen came with the ids). Undefined while loading.
 */
export const useLivePage = <T>(
  loadPage: (ids: readonly string[]) => Promise<T[]>,
  ids: readonly string[],
  start: number,
  end: number,
  covered: boolean,
): T[] | undefined =>
  useLiveQuery(
    () => (covered ? NONE : loadPage(ids.slice(start, end))),
    covered ? [null, 0, 0, loadPage] : [ids, start, end, loadPage],
  );
