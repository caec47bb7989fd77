// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import type { SystemLockEvent } from '../../../shared/ipc/contract';
import { readAppLock, setAppLock } from './appLockRepo';
import { LockGate, startsAsPrintWindow } from './LockGate';
import { LockNowButton } from './LockNowButton';

beforeAll(() => prepareComponentTests());
beforeEach(() => resetDatabase());
afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

/** Stands in for the app: a page with a person's name on it. */
const App = () => (
  <main>
    <LockNowButton />
    <p>Kovács Anna, mentor</p>
  </main>
);
const NAME = 'Kovács Anna';
const appShown = () => document.body.textContent?.includes(NAME) ?? false;

/** The desktop shell's system-lock messages, as the preload delivers them. */
const shell = () => {
  const listeners = new Set<(e: SystemLockEvent) => void>();
  return {
    onSystemLock: (l: (e: SystemLockEvent) => void) => (listeners.add(l), () => void listeners.delete(l)),
    emit: (e: SystemLockEvent) => listeners.forEach((l) => l(e)),
    count: () => listeners.size,
  };
};

const lockScreenHeading = () => screen.findByRole('heading', { name: 'Tandem is locked' });

describe('LockGate', () => {
  it('shows the app when no lock is set, without a Lock now button', async () => {
    renderWithProviders(
      <LockGate>
        <App />
      </LockGate>,
    );
    expect(await screen.findByText('Kovács Anna, mentor')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
  });

  it('locks at start: nothing of the app is in the page, and only the right passphrase opens it', async () => {
    await setAppLock({ secret: 'Kossuth tér 3', repeat: 'Kossuth tér 3', idleMinutes: 10 });
    const { container } = renderWithProviders(
      <LockGate>
        <App />
      </LockGate>,
    );
    await lockScreenHeading();
    expect(appShown()).toBe(false);
    const field = screen.getByLabelText('Passphrase');
    expect(document.activeElement).toBe(field);
    const r = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    await userEvent.type(field, 'Kossuth ter 3');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Wrong passphrase.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('1 wrong attempt in a row.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Passphrase'));
    expect(screen.getByText(/You can try again in [12] seconds?\./)).toBeTruthy();
    expect(appShown()).toBe(false);
    await userEvent.type(screen.getByLabelText('Passphrase'), 'Kossuth tér 3');
    expect(screen.getByRole('button', { name: 'Unlock' }).hasAttribute('disabled')).toBe(true);

    // The wait is over after two seconds; then the right passphrase opens the app.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' }).hasAttribute('disabled')).toBe(false), {
      timeout: 4000,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Kovács Anna, mentor', {}, { timeout: 5000 })).toBeTruthy();
    expect((await readAppLock()).failedAttempts).toBe(0);
  });

  it('locks on Lock now and on the system locking, and stays unlocked when a lock is just set', async () => {
    const desktop = shell();
    renderWithProviders(
      <LockGate onSystemLock={desktop.onSystemLock}>
        <App />
      </LockGate>,
    );
    await screen.findByText('Kovács Anna, mentor');
    expect(desktop.count()).toBe(0);
    await setAppLock({ secret: '493817', repeat: '493817', idleMinutes: 10 });
    await userEvent.click(await screen.findByRole('button', { name: 'Lock now' }));
    await lockScreenHeading();
    expect(screen.getByLabelText('PIN').getAttribute('inputmode')).toBe('numeric');
    expect(appShown()).toBe(false);

    await userEvent.type(screen.getByLabelText('PIN'), '493817');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByText('Kovács Anna, mentor', {}, { timeout: 5000 });
    expect(desktop.count()).toBe(1);
    act(() => desktop.emit({ reason: 'suspend' }));
    await lockScreenHeading();
    expect(appShown()).toBe(false);
  });

  it('locks after the idle minutes without activity, and activity puts it off', async () => {
    await setAppLock({ secret: '493817', repeat: '493817', idleMinutes: 10 });
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      shouldAdvanceTime: true,
    });
    renderWithProviders(
      <LockGate>
        <App />
      </LockGate>,
    );
    await userEvent.type(await screen.findByLabelText('PIN'), '493817', { delay: null });
    fireEvent.submit(screen.getByLabelText('PIN').closest('form')!);
    await screen.findByText('Kovács Anna, mentor', {}, { timeout: 5000 });

    await act(() => vi.advanceTimersByTimeAsync(9 * 60_000));
    fireEvent.keyDown(window, { key: 'Shift' });
    await act(() => vi.advanceTimersByTimeAsync(9 * 60_000));
    expect(appShown()).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(2 * 60_000));
    expect(appShown()).toBe(false);
    expect(screen.getByRole('heading', { name: 'Tandem is locked' })).toBeTruthy();
  });
});

describe('startsAsPrintWindow', () => {
  it('only the desktop app’s hidden print window starts unlocked', () => {
    expect(startsAsPrintWindow(true, '#/print/attendance/abc')).toBe(true);
    expect(startsAsPrintWindow(true, '#/mentors')).toBe(false);
    expect(startsAsPrintWindow(false, '#/print/attendance/abc')).toBe(false);
  });
});
