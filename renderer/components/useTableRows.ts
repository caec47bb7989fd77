import { useRef } from 'react';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';

/**
 * A long table's rows, virtualised: only the rows in view (and a few around them) are rendered,
 * with spacer rows above and below (`padTop`, `padBottom`) keeping the scroll height right. The
 * scroll container gets `parentRef`. The initial size lets the first rows render before layout
 * (and in tests, where nothing is laid out).
 */
export const useTableRows = (
  count: number,
  rowHeight: number,
): { parentRef: React.RefObject<HTMLDivElement | null>; items: VirtualItem[]; padTop: number; padBottom: number } => {
  const parentRef = useRef<HTMLDivElement>(null);
  // The virtualiser hands back non-memoisable functions by design; this hook owns it.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    initialRect: { width: 1000, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  return { parentRef, items, padTop, padBottom };
};
