// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '../../i18n/i18n';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { MentorForm } from './MentorForm';

beforeAll(() => prepareComponentTests());

afterEach(async () => {
  cleanup();
  await setLanguage('en');
});

/** Paste instead of typing key by key: one input event, fast even on a busy machine. */
const fill = async (el: HTMLElement, text: string) => {
  await userEvent.click(el);
  await userEvent.paste(text);
};

const renderForm = (onSubmit = vi.fn(async () => {})) => {
  renderWithProviders(
    <MentorForm
      defaultValues={{ givenName: '', familyName: '', email: '', phone: '', capacity: 1 }}
      withStatus
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  );
  return onSubmit;
};

describe('MentorForm', () => {
  it('shows translated validation errors and does not submit bad input', async () => {
    const onSubmit = renderForm();
    await fill(screen.getByRole('textbox', { name: 'Email' }), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
    expect(screen.getByText('Enter a valid e-mail address, like name@example.org.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the parsed values (trimmed, defaults filled) and the starting status', async () => {
    const onSubmit = renderForm();
    await fill(screen.getByRole('textbox', { name: /Given name/ }), '  Aino ');
    await fill(screen.getByRole('textbox', { name: /Family name/ }), 'Korhonen');
    await fill(screen.getByRole('textbox', { name: 'Phone' }), '+358 40 123 4567');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [values, status] = onSubmit.mock.calls[0] as unknown as [Record<string, unknown>, string];
    expect(values).toMatchObject({
      givenName: 'Aino',
      familyName: 'Korhonen',
      phone: '+358 40 123 4567',
      capacity: 1,
      languages: [],
    });
    expect(status).toBe('applicant');
  });

  it('asks for the family name first in Hungarian', async () => {
    await setLanguage('hu');
    renderForm();
    const labels = screen.getAllByRole('textbox').map((el) => el.getAttribute('id'));
    const family = screen.getByRole('textbox', { name: /Vezetéknév/ }).getAttribute('id');
    const given = screen.getByRole('textbox', { name: /Utónév/ }).getAttribute('id');
    expect(labels.indexOf(family)).toBeLessThan(labels.indexOf(given));
  });
});
