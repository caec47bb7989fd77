// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import type { NavigateFunction } from 'react-router';
import { prepareComponentTests, renderWithProviders } from '../../tests/setup/renderWithProviders';
import { i18n } from '../i18n/i18n';
import { deleteWithUndo } from './deleteWithUndo';

beforeAll(() => prepareComponentTests());
afterEach(() => {
  act(() => notifications.clean());
  cleanup();
  vi.restoreAllMocks();
});

/** A record that is there or not: what a repository's delete and restore change. */
const record = () => {
  const state = { deleted: false, log: [] as string[] };
  return {
    state,
    remove: vi.fn(async () => {
      state.deleted = true;
      state.log.push('remove');
    }),
    restore: vi.fn(async () => {
      state.deleted = false;
      state.log.push('restore');
    }),
  };
};

describe('deleteWithUndo', () => {
  it('deletes at once and says so with Undo and a named close button; Undo restores once and says so', async () => {
    renderWithProviders(<main />);
    const r = record();
    let deleted = false;
    await act(async () => {
      deleted = await deleteWithUndo({ ...r, message: 'Session deleted.', ns: 'sessions' });
    });
    expect(deleted).toBe(true);
    expect(r.state.deleted).toBe(true);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Session deleted.')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Close' })).toBeTruthy();
    await userEvent.click(within(alert).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(r.state.deleted).toBe(false));
    expect(r.restore).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(i18n.t('common:undo.restored'))).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Session deleted.')).toBeNull());
  });

  it('a failed delete says why in words, offers no Undo and changes nothing', async () => {
    renderWithProviders(<main />);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const restore = vi.fn(async () => {});
    let deleted = true;
    await act(async () => {
      deleted = await deleteWithUndo({
        remove: () => Promise.reject(new Error('errors.hasContacts')),
        restore,
        message: 'Proposal deleted.',
        ns: 'pairings',
      });
    });
    expect(deleted).toBe(false);
    expect(await screen.findByText(i18n.t('pairings:errors.hasContacts'))).toBeTruthy();
    expect(screen.queryByText('Proposal deleted.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(restore).not.toHaveBeenCalled();
  });

  it('says in words when undoing fails', async () => {
    renderWithProviders(<main />);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      await deleteWithUndo({
        remove: async () => {},
        restore: () => Promise.reject(new Error('errors.notFound')),
        message: 'Consent deleted.',
        ns: 'consents',
      });
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(i18n.t('consents:errors.notFound'))).toBeTruthy();
    expect(screen.getByText(i18n.t('common:errors.title'))).toBeTruthy();
    expect(screen.queryByText(i18n.t('common:undo.restored'))).toBeNull();
  });

  it("leaves a record's own page before deleting it, and comes back to it after Undo", async () => {
    renderWithProviders(<main />);
    const r = record();
    const navigate = vi.fn(async (to: string) => {
      r.state.log.push(`go ${to}`);
    }) as unknown as NavigateFunction;
    await act(async () => {
      await deleteWithUndo({
        ...r,
        message: 'Mentor deleted.',
        restoredMessage: 'Anna is back.',
        ns: 'mentors',
        page: { navigate, leaveTo: '/mentors', backTo: '/mentors/1' },
      });
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Anna is back.')).toBeTruthy();
    await waitFor(() => expect(r.state.log).toEqual(['go /mentors', 'remove', 'restore', 'go /mentors/1']));
  });

  it("a failed delete of the page's record brings the coordinator back to it", async () => {
    renderWithProviders(<main />);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const visited: string[] = [];
    const navigate = vi.fn(async (to: string) => {
      visited.push(to);
    }) as unknown as NavigateFunction;
    await act(async () => {
      await deleteWithUndo({
        remove: () => Promise.reject(new Error('errors.notProposed')),
        restore: async () => {},
        message: 'Proposal deleted.',
        ns: 'pairings',
        page: { navigate, leaveTo: '/pairings', backTo: '/pairings/1' },
      });
    });
    expect(visited).toEqual(['/pairings', '/pairings/1']);
    expect(await screen.findByText(i18n.t('pairings:errors.notProposed'))).toBeTruthy();
  });
});
