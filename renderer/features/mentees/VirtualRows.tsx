import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';

type Props<T> = {
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Renders one row; the element that takes focus must carry `data-index={index}`. */
  renderRow: (row: T, index: number) => ReactNode;
  label: string;
  rowHeight?: number;
};

/**
 * A virtualised list: only the rows on screen are in the DOM. Arrow keys, Page Up/Down, Home
 * and End move the focus between rows (each row's link carries `data-index`).
 */
export const VirtualRows = <T,>({ rows, rowKey, renderRow, label, rowHeight = 60 }: Props<T>) => {
  const ref = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change every render by design; the compiler just skips memoising here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => ref.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
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
      End: rows.length - 1,
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
        height: 'max(300px, calc(100vh - 360px))',
        overflowY: 'auto',
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 4,
      }}
    >
      <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as T;
          return (
            <div
              role="listitem"
              key={rowKey(row)}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                height: rowHeight,
                transform: `translateY(${item.start}px)`,
              }}
            >
              {renderRow(row, item.index)}
            </div>
          );
        })}
      </div>
    </Box>
  );
};
