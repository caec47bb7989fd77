// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import type { ActivationCheck } from '../../../shared/domain/activation';
import { changeMentorStatus, createMentor, getMentor } from './mentorsRepo';
import { StatusChangeModal } from './StatusChangeModal';

beforeAll(() => prepareComponentTests());

// A stand-in for the training feature's check: always warns.
const warnAlways: ActivationCheck = async () => [
  { kind: 'trainingIncomplete', messageKey: 'mentors:status.inTraining' },
];

beforeEach(async () => {
  await resetDatabase();
});
afterEach(() => {
  cleanup();
});

const renderModal = async () => {
  const id = await createMentor(
    { givenName: 'Aino', familyName: 'Korhonen' },
    { status: 'inTraining', date: '2026-01-01' },
  );
  const mentor = (await getMentor(id))!;
  let closed = false;
  renderWithProviders(
    <StatusChangeModal mentor={mentor} opened onClose={() => (closed = true)} activationChecks={[warnAlways]} />,
  );
  return { id, isClosed: () => closed };
};

const choose = async (status: string) => {
  await userEvent.click(await screen.findByRole('combobox', { name: 'New status' }));
  await userEvent.click(await screen.findByRole('option', { name: status }));
};

describe('StatusChangeModal', () => {
  it('offers only the allowed next statuses', async () => {
    await renderModal();
    await userEvent.click(await screen.findByRole('combobox', { name: 'New status' }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Active', 'Exited']);
  });

  it('before activation shows the warnings and records a confirmed override with its reason', async () => {
    const { id, isClosed } = await renderModal();
    await choose('Active');
    expect(await screen.findByText('Before this mentor becomes active')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save status' }));
    expect(await screen.findByText('Tick the box to go ahead despite the warning, or cancel.')).toBeTruthy();
    expect((await getMentor(id))?.status).toBe('inTraining');

    await userEvent.click(screen.getByRole('checkbox', { name: 'I know, make the mentor active anyway' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save status' }));
    expect(await screen.findByText('Say why you go ahead despite the warning.')).toBeTruthy();

    await userEvent.click(screen.getByRole('textbox', { name: /Why go ahead anyway/ }));
    await userEvent.paste('Trained by the partner organisation');
    await userEvent.click(screen.getByRole('button', { name: 'Save status' }));
    await waitFor(() => expect(isClosed()).toBe(true));
    const m = await getMentor(id);
    expect(m?.status).toBe('active');
    expect(m?.statusHistory.at(-1)).toMatchObject({
      status: 'active',
      override: 'trainingIncomplete',
      reason: 'Trained by the partner organisation',
    });
  });

  it('needs a reason to exit', async () => {
    const { id } = await renderModal();
    await choose('Exited');
    await userEvent.click(screen.getByRole('button', { name: 'Save status' }));
    expect(await screen.findByText('Say why the mentor is leaving.')).toBeTruthy();
    expect((await getMentor(id))?.status).toBe('inTraining');
    // The repository refuses a forbidden step even if a stale dialog offered it.
    await expect(changeMentorStatus(id, { status: 'paused', date: '2026-02-01' })).rejects.toThrow(
      'errors.transitionNotAllowed',
    );
  });
});
