// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import { attemptSecret, readAppLock, setAppLock } from './appLockRepo';
import { AppLockCard } from './AppLockCard';

beforeAll(() => prepareComponentTests());
beforeEach(() => resetDatabase());
afterEach(() => cleanup());

const card = () => screen.getByRole('region', { name: 'App lock' });

describe('AppLockCard', () => {
  it('says what the lock protects and what not, and refuses a weak PIN before anything is saved', async () => {
    renderWithProviders(<AppLockCard />);
    expect(await within(card()).findByText('The app lock is off on this PC.')).toBeTruthy();
    expect(within(card()).getByText(/BitLocker on Windows, FileVault on macOS, LUKS on Linux/)).toBeTruthy();
    expect(
      within(card()).getByText(
        /only way back to the data is to remove Tandem's data from this PC and restore a backup/,
      ),
    ).toBeTruthy();

    await userEvent.type(screen.getByLabelText('New PIN or passphrase'), '111111');
    await userEvent.type(screen.getByLabelText('Type it again'), '111111');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on the app lock' }));
    expect(await screen.findByText(/This PIN is too easy to guess/)).toBeTruthy();
    expect(screen.getByText('Tick the box to confirm that you know this.')).toBeTruthy();
    expect((await readAppLock()).secret).toBeNull();
  });

  it('changes the PIN only with the current one, and says when it was wrong and how long to wait', async () => {
    await setAppLock({ secret: '493817', repeat: '493817', idleMinutes: 10 });
    renderWithProviders(<AppLockCard />);
    expect(
      await within(card()).findByText(
        'The app lock is on: Tandem asks for a PIN at start and after 10 minutes without use.',
      ),
    ).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Change the PIN' }));
    const form = screen.getByRole('form', { name: 'Change the PIN' });
    await userEvent.type(within(form).getByLabelText('Current PIN'), '493818');
    await userEvent.type(within(form).getByLabelText('New PIN or passphrase'), 'Ráday utca 8');
    await userEvent.type(within(form).getByLabelText('Type it again'), 'Ráday utca 8');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the new one' }));
    expect(
      await within(form).findByText(
        'That is not the current one. You can try again in 2 seconds.',
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect((await readAppLock()).secret?.kind).toBe('pin');

    // Past the wait (the lock screen's right PIN forgives the wrong one), the change goes through.
    expect(await attemptSecret('493817', () => new Date(Date.now() + 3000))).toEqual({ ok: true });
    await userEvent.type(within(form).getByLabelText('Current PIN'), '493817');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the new one' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Change the PIN' })).toBeNull(), { timeout: 5000 });
    expect(await within(card()).findByText(/Tandem asks for a passphrase at start/)).toBeTruthy();
    expect(await attemptSecret('Ráday utca 8')).toEqual({ ok: true });
  });
});
