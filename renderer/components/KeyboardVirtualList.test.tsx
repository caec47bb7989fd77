// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { giveBoxesHeight, prepareComponentTests, renderWithProviders } from '../../tests/setup/renderWithProviders';
import { KeyboardVirtualList, keyboardRowClass } from './KeyboardVirtualList';

type Row = { id: string; name: string };
const ids = Array.from({ length: 200 }, (_, i) => `id-${i}`);
const loaded: string[][] = [];
const loadPage = async (page: readonly string[]): Promise<Row[]> => {
  loaded.push([...page]);
  return page.map((id) => ({ id, name: `Row ${id}` }));
};
const rowId = (r: Row) => r.id;
const renderRow = (r: Row, index: number) => (
  <a href={`#/rows/${r.id}`} data-index={index} className={keyboardRowClass}>
    {r.name}
  </a>
);

// jsdom has no layout: give the scroll box a height of five 60px rows so the virtualizer renders.
let restoreLayout: () => void;
beforeAll(async () => {
  await prepareComponentTests();
  restoreLayout = giveBoxesHeight(300);
});
afterAll(() => restoreLayout());
afterEach(() => {
  cleanup();
  loaded.length = 0;
});

const focused = () => (document.activeElement as HTMLElement | null)?.dataset.index;

describe('KeyboardVirtualList', () => {
  it('shows the first page as links and reads only that page', async () => {
    renderWithProviders(
      <KeyboardVirtualList ids={ids} loadPage={loadPage} getId={rowId} renderRow={renderRow} label="Results" />,
    );
    expect(await screen.findByRole('link', { name: 'Row id-0' })).toHaveProperty('dataset.index', '0');
    expect(screen.getByRole('list', { name: 'Results' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Row id-150' })).toBeNull();
    expect(loaded.every((page) => page.length === 50 && page[0] === 'id-0')).toBe(true);
  });

  it('moves the focus with arrows, Page Down/Up, End and Home', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <KeyboardVirtualList ids={ids} loadPage={loadPage} getId={rowId} renderRow={renderRow} label="Results" />,
    );
    (await screen.findByRole('link', { name: 'Row id-0' })).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toBe('2');
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('1');
    // A page is the rows that fit (300 / 60 = 5) less one, so the previous last row stays in view.
    await user.keyboard('{PageDown}');
    expect(focused()).toBe('5');
    await user.keyboard('{PageUp}{PageUp}');
    expect(focused()).toBe('0');
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('0');
  });

  it('moves to the last row with End and back with Home, never past the ends', async () => {
    // jsdom cannot scroll: a list short enough (with overscan) to render every row.
    const user = userEvent.setup();
    renderWithProviders(
      <KeyboardVirtualList
        ids={ids.slice(0, 7)}
        loadPage={loadPage}
        getId={rowId}
        renderRow={renderRow}
        label="Results"
      />,
    );
    (await screen.findByRole('link', { name: 'Row id-0' })).focus();
    await user.keyboard('{End}');
    await waitFor(() => expect(focused()).toBe('6'));
    await user.keyboard('{ArrowDown}{PageDown}');
    await waitFor(() => expect(focused()).toBe('6'));
    await user.keyboard('{Home}');
    await waitFor(() => expect(focused()).toBe('0'));
  });

  it('shows rows read with the ids before their page loads', async () => {
    const never = () => new Promise<Row[]>(() => {});
    renderWithProviders(
      <KeyboardVirtualList
        ids={ids}
        loadPage={never}
        initialRows={[{ id: 'id-0', name: 'Already here' }]}
        getId={rowId}
        renderRow={renderRow}
        label="Results"
      />,
    );
    expect(await screen.findByRole('link', { name: 'Already here' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Row id-1' })).toBeNull();
  });

  it('reads no page while the rows read with the ids cover what it shows', async () => {
    const initialRows = ids.slice(0, 20).map((id) => ({ id, name: `First ${id}` }));
    renderWithProviders(
      <KeyboardVirtualList
        ids={ids}
        loadPage={loadPage}
        initialRows={initialRows}
        getId={rowId}
        renderRow={renderRow}
        label="Results"
      />,
    );
    expect(await screen.findByRole('link', { name: 'First id-0' })).toBeTruthy();
    // Give a page read every chance to happen (liveQuery starts its query on a timer).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loaded).toEqual([]);
    expect(screen.getByRole('link', { name: 'First id-3' })).toBeTruthy();
  });
});
