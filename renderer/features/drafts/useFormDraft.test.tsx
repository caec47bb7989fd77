// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { db } from '../../db/db';
import { resetDatabase } from '../../db/testing';
import { MentorForm } from '../mentors/MentorForm';
import { draftTime } from './DraftBanner';
import { getDraft, saveDraft } from './draftsRepo';
import { DRAFT_DEBOUNCE_MS } from './useFormDraft';

beforeAll(() => prepareComponentTests());
beforeEach(() => resetDatabase());
afterEach(() => cleanup());

const START = { givenName: '', familyName: '', email: '', phone: '', capacity: 1, notes: '' };

const renderForm = (onSubmit: () => Promise<boolean | void> = vi.fn(async () => {})) =>
  renderWithProviders(<MentorForm defaultValues={START} withStatus onSubmit={onSubmit} onCancel={() => {}} />);

const typeInto = async (name: RegExp | string, text: string) => {
  await userEvent.click(screen.getByRole('textbox', { name }));
  await userEvent.keyboard(text);
};

const kept = () => waitFor(async () => expect(await getDraft('mentor:new')).toBeDefined(), { timeout: 3000 });

describe('a form’s draft (the mentor form)', () => {
  it('is written a moment after typing, offered when the form opens again, and put back on Continue', async () => {
    const first = renderForm();
    await typeInto(/Given name/, 'Ani');
    await typeInto('Notes', 'Called about the training');
    // Not at every key: a second after the last one.
    expect(await getDraft('mentor:new')).toBeUndefined();
    await kept();
    expect((await getDraft('mentor:new'))?.values).toMatchObject({
      givenName: 'Ani',
      notes: 'Called about the training',
    });
    first.unmount();

    renderForm();
    const time = draftTime((await getDraft('mentor:new'))!.updatedAt);
    expect(time).toMatch(/^\d{2}:\d{2}$/);
    const banner = await screen.findByTestId('draft-banner', {}, { timeout: 5000 });
    expect((await axe.run(banner)).violations).toEqual([]);
    expect((screen.getByRole('textbox', { name: /Given name/ }) as HTMLInputElement).value).toBe('');
    await userEvent.click(screen.getByRole('button', { name: `Continue the draft from ${time}` }));
    expect((screen.getByRole('textbox', { name: /Given name/ }) as HTMLInputElement).value).toBe('Ani');
    expect((screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement).value).toBe(
      'Called about the training',
    );
    expect(screen.queryByTestId('draft-banner')).toBeNull();
  }, 60_000);

  it('is cleared when the form is saved, even right after the last key', async () => {
    const onSubmit = vi.fn(async () => {});
    renderForm(onSubmit);
    await typeInto(/Given name/, 'Aino');
    await typeInto(/Family name/, 'Korhonen');
    await kept();
    await typeInto('Notes', 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, DRAFT_DEBOUNCE_MS + 300));
    cleanup();
    await new Promise((r) => setTimeout(r, 100));
    expect(await db.drafts.count()).toBe(0);
  }, 60_000);

  it('is kept when the save failed', async () => {
    renderForm(async () => false);
    await typeInto(/Given name/, 'Aino');
    await typeInto(/Family name/, 'Korhonen');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await kept();
  }, 60_000);

  it('is thrown away on Discard, and the form starts empty', async () => {
    await saveDraft({ formKey: 'mentor', recordId: null }, { ...START, givenName: 'Ani' });
    renderForm();
    await userEvent.click(await screen.findByRole('button', { name: 'Discard' }, { timeout: 5000 }));
    await waitFor(async () => expect(await getDraft('mentor:new')).toBeUndefined());
    expect((screen.getByRole('textbox', { name: /Given name/ }) as HTMLInputElement).value).toBe('');
    // After a discard, typing is kept again.
    await typeInto(/Given name/, 'B');
    await kept();
  }, 60_000);

  it('that no longer fits the form is offered as text to copy, and the form still works', async () => {
    await saveDraft(
      { formKey: 'mentor', recordId: null },
      { ...START, givenName: 'Ani', capacity: 'two', shoeSize: '41' },
      new Date('2026-12-01T13:32:00'),
    );
    const onSubmit = vi.fn(async () => {});
    renderForm(onSubmit);
    const text = (await screen.findByRole(
      'textbox',
      { name: 'The draft as text' },
      { timeout: 5000 },
    )) as HTMLTextAreaElement;
    expect(text.value).toContain('givenName: Ani');
    expect(text.value).toContain('shoeSize: 41');
    expect(screen.getByText(/The draft from .*13:32 was typed before Tandem was updated/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Continue the draft/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect((await axe.run(screen.getByTestId('draft-banner'))).violations).toEqual([]);
    // Never dropped unseen: still stored until discarded.
    expect(await getDraft('mentor:new')).toBeDefined();
    await typeInto(/Given name/, 'Aino');
    await typeInto(/Family name/, 'K');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  }, 60_000);
});
