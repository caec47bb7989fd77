// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import type { SessionInput } from '../../../shared/domain/session';
import { SessionForm, newSessionDefaults, type SessionValues } from './SessionForm';

beforeAll(() => prepareComponentTests());
beforeEach(resetDatabase);
afterEach(cleanup);

const people = (n: number) => Array.from({ length: n }, () => ({ kind: 'mentor' as const, id: crypto.randomUUID() }));

const renderForm = (initial: SessionInput, acknowledgedCount: number | null = null) => {
  const onSubmit = vi.fn(async (_values: SessionValues, _confirm: boolean) => {});
  renderWithProviders(
    <SessionForm initial={initial} onSubmit={onSubmit} onCancel={() => {}} acknowledgedCount={acknowledgedCount} />,
  );
  return onSubmit;
};

const base = (over: Partial<SessionInput> = {}): SessionInput => ({
  ...newSessionDefaults('2026-11-10'),
  title: 'Case discussion',
  ...over,
});

describe('SessionForm', () => {
  it('a case discussion proposes capacity 10 and says nothing with 10 people', async () => {
    const onSubmit = renderForm(base({ expected: people(10) }));
    expect(screen.getByRole('textbox', { name: 'Capacity' })).toHaveProperty('value', '10');
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[1]).toBe(false);
  });

  it('with 11 people it warns plainly, asks before saving, and saves with the override when confirmed', async () => {
    const onSubmit = renderForm(base({ expected: people(11) }));
    expect(screen.getByRole('alert').textContent).toContain('11 participants are expected, but this session holds 10');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const confirm = await screen.findByRole('button', { name: 'Save anyway' });
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.click(confirm);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[1]).toBe(true);
    expect(onSubmit.mock.calls[0]?.[0].expected).toHaveLength(11);
  });

  it('does not ask again for a count already recorded', async () => {
    const onSubmit = renderForm(base({ expected: people(11) }), 11);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[1]).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save anyway' })).toBeNull();
  });

  it('refuses an end before the start with a translated message, and calls nothing', async () => {
    const onSubmit = renderForm(base({ startTime: '18:00', endTime: '17:00' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The end time must be after the start time.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps the confidential notes out of sight until asked for', async () => {
    renderForm(base({ confidentialNotes: 'Private remark' }));
    expect(screen.queryByDisplayValue('Private remark')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show confidential notes' }));
    expect(screen.getByDisplayValue('Private remark')).toBeTruthy();
  });

  it('a capacity left at the case-discussion default follows the type; a typed one stays', async () => {
    renderForm(base());
    const capacity = screen.getByRole('textbox', { name: 'Capacity' });
    await userEvent.click(screen.getByRole('combobox', { name: 'Type' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Team supervision' }));
    expect(capacity).toHaveProperty('value', '');
    await userEvent.click(screen.getByRole('combobox', { name: 'Type' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Group case discussion' }));
    expect(capacity).toHaveProperty('value', '10');
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '8');
    await userEvent.click(screen.getByRole('combobox', { name: 'Type' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Crisis debrief' }));
    expect(capacity).toHaveProperty('value', '8');
  });
});
