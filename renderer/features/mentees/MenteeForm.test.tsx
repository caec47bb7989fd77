// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import { createProgramme } from '../programmes/programmesRepo';
import type { MenteeInput, MenteeInputParsed } from '../../../shared/domain/mentee';
import { MenteeForm } from './MenteeForm';

beforeAll(() => prepareComponentTests());

let programmeId: string;
beforeEach(async () => {
  await resetDatabase();
  programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
});
afterEach(cleanup);

const renderForm = (defaults: Partial<MenteeInput>) => {
  const onSubmit = vi.fn(async (_values: MenteeInputParsed) => {});
  renderWithProviders(
    <MenteeForm
      defaultValues={{
        programmeId: '',
        transition: 'movingIntoHousing',
        givenName: '',
        familyName: '',
        ...defaults,
      }}
      submitLabel="Add mentee"
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  );
  return onSubmit;
};

describe('MenteeForm', () => {
  it('without a programme it says the field is required and submits nothing', async () => {
    const onSubmit = renderForm({});
    await userEvent.click(screen.getByRole('button', { name: 'Add mentee' }));
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the parsed values: names trimmed, defaults filled in', async () => {
    const onSubmit = renderForm({ programmeId });
    await userEvent.click(screen.getByRole('textbox', { name: 'Given name' }));
    await userEvent.paste('  Anna ');
    await userEvent.click(screen.getByRole('button', { name: 'Add mentee' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      programmeId,
      givenName: 'Anna',
      familyName: '',
      languages: [],
      livedExperience: [],
      preferredMentorGender: 'any',
      consentGiven: false,
    });
  });
});
