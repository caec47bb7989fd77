import { useCallback, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { careList, careListWindow, type CareRow } from './careRepo';
import { sortLoadRows, type LoadSortKey, type SortDir } from './loadSort';

/**
 * The load list and who needs support now, live: re-read when a contact is logged, attendance
 * saved, a "talked, all right" note written or the rules changed. `undefined` while loading.
 */
export const useCareList = (today: string): CareRow[] | undefined => useLiveQuery(() => careList(today), [today]);

/** Only the mentors who need support now (open reasons), in the list's name order. */
export const useNeedsSupport = (today: string): CareRow[] | undefined => {
  const rows = useCareList(today);
  return useMemo(() => rows?.filter((r) => r.reasons.length > 0), [rows]);
};

/** How the load list is shown: the column it is sorted by, which way, and "needs support only". */
export type LoadView = { sort: LoadSortKey; dir: SortDir; needsOnly: boolean };

export type LoadList = {
  /** How many rows the list has. */
  count: number;
  /** The row at a position of the list, undefined while it is being read. */
  rowAt: (index: number) => CareRow | undefined;
  /** True while what is shown is not yet the view asked for (a new sort or filter being read). */
  stale: boolean;
};

/**
 * In name order the rows are read in blocks of this many mentors: a screenful and the rows
 * rendered around it (as the mentors list's first page), each one `get` of a summary and one of a
 * person summary.
 */
const BLOCK = 24;

type Loaded =
  | { kind: 'window'; dir: SortDir; ids: string[]; rows: ReadonlyMap<string, CareRow> }
  | { kind: 'all'; rows: CareRow[] };

/**
 * The load list as the page shows it, live, and `showing(first, last)` for the page to say which
 * positions are in view. In name order (the list's own, the one it opens with) it reads the
 * mentors' ids from the index and only the rows in view, in whole blocks (`careListWindow`), so
 * scrolling a few rows reads nothing new. Sorting by a figure or "needs support only" needs every
 * row (`careList`), sorted and filtered here; once asked for, every row stays read while the page
 * is open. While a new view is read, the one before stays on screen (`stale`). `list` is
 * undefined until the first read.
 */
export const useLoadList = (
  today: string,
  view: LoadView,
): { list: LoadList | undefined; showing: (first: number, last: number) => void } => {
  const [blocks, setBlocks] = useState<readonly [number, number]>([0, 0]);
  // The blocks asked for last: a scroll within them sets no state (not even an unchanged one,
  // which can still cost a render).
  const asked = useRef(blocks);
  const showing = useCallback((first: number, last: number) => {
    const from = Math.floor(first / BLOCK);
    const to = Math.floor(last / BLOCK);
    if (asked.current[0] === from && asked.current[1] === to) return;
    asked.current = [from, to];
    setBlocks(asked.current);
  }, []);
  // Once a figure's order or the filter was asked for, every row stays read (a sort or the
  // filter then changes nothing read), as long as the page is open.
  const wantsEveryRow = view.sort !== 'name' || view.needsOnly;
  const [everyRow, setEveryRow] = useState(wantsEveryRow);
  if (wantsEveryRow && !everyRow) setEveryRow(true);
  const windowed = !everyRow && view.sort === 'name' && !view.needsOnly;
  const [fromBlock, toBlock] = windowed ? blocks : [0, 0];
  const dir = windowed ? view.dir : null;
  const loaded = useLiveQuery(
    async (): Promise<Loaded> =>
      dir
        ? { kind: 'window', dir, ...(await careListWindow(today, dir, fromBlock * BLOCK, (toBlock + 1) * BLOCK)) }
        : { kind: 'all', rows: await careList(today) },
    [today, dir, fromBlock, toBlock],
  );
  const { sort, needsOnly } = view;
  const sorted = useMemo(
    () =>
      loaded?.kind === 'all'
        ? sortLoadRows(needsOnly ? loaded.rows.filter((r) => r.reasons.length > 0) : loaded.rows, sort, view.dir)
        : null,
    [loaded, needsOnly, sort, view.dir],
  );
  const list = useMemo((): LoadList | undefined => {
    if (sorted) return { count: sorted.length, rowAt: (i) => sorted[i], stale: false };
    if (loaded?.kind !== 'window') return undefined;
    const { ids, rows } = loaded;
    // Name order the other way while it is read: the same ids from the other end.
    const reversed = loaded.dir !== view.dir;
    return {
      count: ids.length,
      rowAt: (i) => rows.get(ids[reversed ? ids.length - 1 - i : i] ?? ''),
      stale: !windowed || reversed,
    };
  }, [sorted, loaded, view.dir, windowed]);
  return { list, showing };
};
