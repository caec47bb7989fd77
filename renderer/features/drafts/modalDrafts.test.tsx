// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import { ContactLogModal } from '../pairings/ContactLogModal';
import { getDraft } from './draftsRepo';

beforeAll(() => prepareComponentTests());
beforeEach(() => resetDatabase());
afterEach(() => cleanup());

const PAIRING = '0b8f6c1e-4a53-4c3b-9d2a-6f1e2d3c4b5a';

describe('a dialog’s draft (logging a contact)', () => {
  it('is kept when the dialog is cancelled, and offered when it opens again', async () => {
    let opened = true;
    const ui = () => <ContactLogModal pairingId={PAIRING} opened={opened} onClose={() => (opened = false)} />;
    const view = renderWithProviders(ui());
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Notes' }));
    await userEvent.keyboard('Talked about the new flat');
    await waitFor(async () => expect(await getDraft(`contactLog@${PAIRING}:new`)).toBeDefined(), { timeout: 4000 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    view.rerender(ui());
    expect((await getDraft(`contactLog@${PAIRING}:new`))?.values).toMatchObject({ notes: 'Talked about the new flat' });

    opened = true;
    view.rerender(ui());
    const again = await screen.findByRole('dialog');
    await userEvent.click(
      await within(again).findByRole('button', { name: /^Continue the draft from / }, { timeout: 5000 }),
    );
    expect((within(again).getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement).value).toBe(
      'Talked about the new flat',
    );
    expect((await getDraft(`contactLog@${PAIRING}:new`))?.subjectIds).toEqual([PAIRING]);
  }, 60_000);
});
