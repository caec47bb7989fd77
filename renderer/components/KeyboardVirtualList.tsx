import { memo, useMemo, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { Box, Skeleton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import classes from './KeyboardVirtualList.module.css';
import { useLivePage } from './useLivePage';

/** Records are read in pages of this size around what is on screen. */
const PAGE = 50;
const NO_ROWS: never[] = [];

/** The class of a row's link: full row height, a divider, and a focus ring drawn inside the scroll box. */
export const keyboardRowClass = classes.row;

type Props<T> = {
  /** Every matching id, in list order (index keys only: cheap whatever the table's size). */
  ids: readonly string[];
  /** Reads the records of one page by key; called only for the pages on screen. */
  loadPage: (ids: readonly string[]) => Promise<T[]>;
  /** Records already read with the ids (the top of the result), shown while their page loads. */
  initialRows?: readonly T[];
  getId: (row: T) => string;
  /** Renders one row; the element that takes focus must carry `data-index={index}` (use keyboardRowClass). */
  renderRow: (row: T, index: number) => ReactNode;
  label: string;
  rowHeight?: number;
  /** CSS height of the scrolling box. */
  height?: string;
  /** The scrolling box, for a page that scrolls it to the top or moves the focus into it. */
  listRef?: RefObject<HTMLDivElement | null>;
};

/**
 * A virtualised, keyboard-navigable list: only the rows on screen are in the DOM, and only their
 * page of records is read (live, so an edit elsewhere shows at once). Arrow keys, Page Up/Down,
 * Home and End move the focus between rows (each row's link carries `data-index`); Enter opens
 * the focused row because rows are links.
 *
 * Memoised, like its rows: a page re-rendering for a keystroke in its search box (before the
 * search has new ids) does not re-render the list; give it stable `loadPage`, `getId` and
 * `renderRow` (module functions or useCallback).
 */
const KeyboardVirtualListView = <T,>({
  ids,
  loadPage,
  initialRows = NO_ROWS,
  getId,
  renderRow,
  label,
  rowHeight = 60,
  height = 'max(300px, calc(100vh - 360px))',
  listRef,
}: Props<T>) => {
  const ownRef = useRef<HTMLDivElement>(null);
  const ref = listRef ?? ownRef;
  // The virtualizer's functions change every render by design; the compiler just skips memoising here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => ref.current,
    estimateSize: () => rowHeight,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const start = Math.floor(first / PAGE) * PAGE;
  const end = (Math.floor(last / PAGE) + 1) * PAGE;
  const initialById = useMemo(() => new Map(initialRows.map((row) => [getId(row), row])), [initialRows, getId]);
  // Rows read with the ids (a search's first page) need no second read of the same records: a
  // keystroke then costs one query, and the page is read only once the list scrolls past them.
  // They are as live as the ids they came with.
  const covered = items.every((item) => initialById.has(ids[item.index] ?? ''));
  const page = useLivePage(loadPage, ids, start, end, covered);
  const byId = useMemo(
    () => (covered ? initialById : new Map([...initialRows, ...(page ?? [])].map((row) => [getId(row), row]))),
    [covered, initialById, initialRows, page, getId],
  );

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(ids.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may only exist after the scroll has rendered it.
    const tryFocus = (attempt: number) => {
      const el = ref.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
      if (el) el.focus();
      else if (attempt < 10) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    tryFocus(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = Number((document.activeElement as HTMLElement | null)?.dataset.index ?? -1);
    const pageRows = Math.max(1, Math.floor((ref.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + pageRows,
      PageUp: current - pageRows,
      Home: 0,
      End: ids.length - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    focusRow(next);
  };

  return (
    <Box
      ref={ref}
      onKeyDown={onKeyDown}
      style={{
        height,
        overflowY: 'auto',
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 4,
      }}
    >
      <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const id = ids[item.index] ?? '';
          const row = byId.get(id);
          return (
            // Keyed by position, not by id: a new search result updates the rows on screen in place
            // instead of unmounting them all and mounting new ones (a third less script per keystroke
            // on 2,000 mentors). The focus then stays at its position when the rows change.
            <div
              role="listitem"
              key={item.index}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                height: rowHeight,
                transform: `translateY(${item.start}px)`,
              }}
            >
              {row !== undefined ? (
                <Row row={row} index={item.index} renderRow={renderRow} />
              ) : (
                <Box px="md" py="sm" aria-hidden>
                  <Skeleton height={16} width="40%" mb={8} />
                  <Skeleton height={12} width="25%" />
                </Box>
              )}
            </div>
          );
        })}
      </div>
    </Box>
  );
};

export const KeyboardVirtualList = memo(KeyboardVirtualListView) as typeof KeyboardVirtualListView;

type RowProps<T> = { row: T; index: number; renderRow: (row: T, index: number) => ReactNode };

/** A row re-renders only when its record or position changes, not for every render of the list. */
const RowView = <T,>({ row, index, renderRow }: RowProps<T>) => renderRow(row, index);
const Row = memo(RowView) as typeof RowView;
