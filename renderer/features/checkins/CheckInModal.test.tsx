// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import { PAIRING_QUESTIONNAIRE_V1 } from '../../../shared/checkins';
import { createMentee } from '../mentees/menteesRepo';
import { changePairingStatus, createPairing } from '../pairings/pairingsRepo';
import { createProgramme } from '../programmes/programmesRepo';
import { addMentor } from '../../../tests/fixtures/records';
import { listCheckIns } from './checkinsRepo';
import { CheckInModal } from './CheckInModal';

beforeAll(() => prepareComponentTests());
beforeEach(() => resetDatabase());
afterEach(() => cleanup());

const items = PAIRING_QUESTIONNAIRE_V1.items;

const pairing = async (activate = true) => {
  const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  const mentor = await addMentor('Anna', 'Kovács');
  const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: '2026-01-01' });
  const p = await createPairing({ mentorId: mentor.id, menteeId: mentee.id, programmeId }, { date: '2026-01-10' });
  if (activate) await changePairingStatus(p.id, 'active', '2026-01-10');
  return p.id;
};

const renderModal = (pairingId: string) => {
  let closed = false;
  renderWithProviders(
    <CheckInModal pairingId={pairingId} respondent="mentee" opened onClose={() => (closed = true)} />,
  );
  return { isClosed: () => closed };
};

const answer = async (dialog: HTMLElement, index: number, value: number) =>
  userEvent.click(
    within(dialog).getByRole('radio', { name: new RegExp(`^${items[index]!.text.en.replace('.', '\\.')}: ${value} `) }),
  );

describe('CheckInModal', () => {
  it('scores as the answers are typed in, says when it is partial, and saves the check-in', async () => {
    const pairingId = await pairing();
    const { isClosed } = renderModal(pairingId);
    const dialog = await screen.findByRole('dialog', { name: 'Record a check-in' });
    const live = within(dialog).getByTestId('checkin-live-score');
    expect(live.textContent).toBe('No score: nothing was answered');

    await userEvent.click(within(dialog).getByRole('radio', { name: 'From a paper form' }));
    await answer(dialog, 0, 5);
    await answer(dialog, 1, 4);
    await answer(dialog, 2, 2);
    // 11 / 3
    expect(live.textContent).toBe('Score 3.67 of 5 — partial: 3 of 8 statements answered');
    // Changing an answer replaces it.
    await answer(dialog, 2, 3);
    expect(live.textContent).toBe('Score 4 of 5 — partial: 3 of 8 statements answered');
    for (let i = 3; i < items.length; i++) await answer(dialog, i, 4);
    // (5 + 4 + 3 + 5 × 4) / 8
    expect(live.textContent).toBe('Score 4 of 5');

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Not sure' }));
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Note' }));
    await userEvent.paste('Met at the library.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save check-in' }));

    await waitFor(() => expect(isClosed()).toBe(true));
    const saved = await listCheckIns(pairingId);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      respondent: 'mentee',
      source: 'paper',
      questionnaire: 'pairing@1',
      goodFit: 'notSure',
      note: 'Met at the library.',
      score: 4,
      partial: false,
      answers: { getOnWell: 5, trust: 4, openness: 3, wantToContinue: 4 },
    });
  });

  it('says why a check-in cannot be saved for a pairing not yet started, and keeps the dialog open', async () => {
    const pairingId = await pairing(false);
    const { isClosed } = renderModal(pairingId);
    const dialog = await screen.findByRole('dialog', { name: 'Record a check-in' });
    await answer(dialog, 0, 3);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByText('A check-in can be recorded once the pairing is active.')).toBeTruthy();
    expect(isClosed()).toBe(false);
    expect(await listCheckIns(pairingId)).toEqual([]);
  });

  it('passes axe: every radio has a name that says the statement, the value and its meaning', async () => {
    renderModal(await pairing());
    const dialog = await screen.findByRole('dialog', { name: 'Record a check-in' });
    expect(within(dialog).getAllByRole('radio', { name: /^We get on well together\.: [1-5] \(/ })).toHaveLength(5);
    const r = await axe.run(dialog, { rules: { 'color-contrast': { enabled: false } } });
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
