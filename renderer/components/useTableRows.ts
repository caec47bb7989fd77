import { useRef } from 'react';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';

export type TableRowsOptions = {
  /**
   * The scroll box's height as its style gives it, when the page can tell before layout (e.g.
   * from `window.innerHeight`): the first render then shows the rows that will be in view, and
   * the virtualiser's measurement on mount renders nothing again. Without it, 600 px.
   */
  initialHeight?: number;
  /** Rows rendered beyond the view on either side (default 10). */
  overscan?: number;
};

/**
 * A long table's rows, virtualised: only the rows in view (and a few around them) are rendered,
 * with spacer rows above and below (`padTop`, `padBottom`) keeping the scroll height right. The
 * scroll container gets `parentRef`. The initial size lets the first rows render before layout
 * (and in tests, where nothing is laid out).
 */
export const useTableRows = (
  count: number,
  rowHeight: number,
  options: TableRowsOptions = {},
): { parentRef: React.RefObject<HTMLDivElement | null>; items: VirtualItem[]; padTop: number; padBottom: number } => {
  const parentRef = useRef<HTMLDivElement>(null);
  // The virtualiser hands back non-memoisable functions by design; this hook owns it.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan: options.overscan ?? 10,
    initialRect: { width: 1000, height: options.initialHeight ?? 600 },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  return { parentRef, items, padTop, padBottom };
};
