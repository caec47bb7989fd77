import { useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

type Props<T> = {
  items: readonly T[];
  getKey: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  /** Called when the last rows come into view and more may exist (the list then raises its limit). */
  onEndReached?: () => void;
  hasMore: boolean;
  label: string;
  rowHeight?: number;
  height?: string;
};

/**
 * A virtualised list: only the rows in view are in the DOM, and the page asks for more rows
 * (a bigger indexed read) as the user scrolls, so thousands of records never load at once.
 */
export const VirtualList = <T,>({
  items,
  getKey,
  renderRow,
  onEndReached,
  hasMore,
  label,
  rowHeight = 64,
  height = 'calc(100vh - 300px)',
}: Props<T>) => {
  const parentRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // jsdom and the first paint have no layout: still render a first screenful.
    initialRect: { width: 800, height: 800 },
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastIndex >= items.length - 5) onEndReached?.();
  }, [hasMore, lastIndex, items.length, onEndReached]);

  return (
    <div ref={parentRef} role="region" aria-label={label} style={{ height, minHeight: 240, overflowY: 'auto' }}>
      <ul
        style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}
      >
        {virtualItems.map((v) => {
          const item = items[v.index] as T;
          return (
            <li
              key={getKey(item)}
              data-index={v.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` }}
            >
              {renderRow(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
};
