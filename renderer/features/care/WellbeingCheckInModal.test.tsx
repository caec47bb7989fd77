// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { WELLBEING_QUESTIONNAIRE_V1 } from '../../../shared/care';
import { todayIso } from '../../lib/format';
import { getDraft } from '../drafts';
import { addMentor } from '../../../tests/fixtures/records';
import { listWellbeing } from './careRepo';
import { WellbeingCheckInModal } from './WellbeingCheckInModal';

beforeAll(() => prepareComponentTests());
beforeEach(() => resetDatabase());
afterEach(() => cleanup());

const items = WELLBEING_QUESTIONNAIRE_V1.items;

const renderModal = (mentorId: string) => {
  let closed = false;
  renderWithProviders(<WellbeingCheckInModal mentorId={mentorId} opened onClose={() => (closed = true)} />);
  return { isClosed: () => closed };
};

/** The radio group of statement `index`, found by its accessible name (the numbered statement). */
const group = (dialog: HTMLElement, index: number) =>
  within(dialog).getByRole('radiogroup', { name: `${index + 1}. ${items[index]!.text.en}` });

const checked = (radio: HTMLElement) => (radio as HTMLInputElement).checked;

const answer = async (dialog: HTMLElement, index: number, value: number) =>
  userEvent.click(within(group(dialog, index)).getByRole('radio', { name: new RegExp(`: ${value} \\(`) }));

describe('WellbeingCheckInModal', () => {
  it('scores as the answers are typed in (reverse statements the other way round), says when it is partial, and saves', async () => {
    const mentor = await addMentor('Anna', 'Kovács');
    const { isClosed } = renderModal(mentor.id);
    const dialog = await screen.findByRole('dialog', { name: 'Wellbeing check-in' });
    const live = within(dialog).getByTestId('wellbeing-live-score');
    expect(live.textContent).toBe('No score: nothing was answered');
    // Every statement starts with "no answer" chosen.
    for (let i = 0; i < items.length; i++)
      expect(checked(within(group(dialog, i)).getByRole('radio', { name: `${items[i]!.text.en}: no answer` }))).toBe(
        true,
      );

    await userEvent.click(within(dialog).getByRole('radio', { name: 'From a paper form' }));
    await answer(dialog, 0, 5); // enough support
    await answer(dialog, 3, 2); // drained (reverse): counts as 4
    expect(live.textContent).toBe('Score 4.5 of 5 — partial: 2 of 6 statements answered');
    // A row can be emptied again.
    await userEvent.click(within(group(dialog, 0)).getByRole('radio', { name: `${items[0]!.text.en}: no answer` }));
    expect(live.textContent).toBe('Score 4 of 5 — partial: 1 of 6 statements answered');
    await answer(dialog, 0, 3);
    await answer(dialog, 1, 4);
    await answer(dialog, 2, 5);
    await answer(dialog, 4, 1); // own past returns (reverse): counts as 5
    // (3 + 4 + 5 + 4 + 5) / 5
    expect(live.textContent).toBe('Score 4.2 of 5 — partial: 5 of 6 statements answered');
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Note' }));
    await userEvent.paste('Tired after the winter.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save wellbeing check-in' }));

    await waitFor(() => expect(isClosed()).toBe(true));
    const saved = await listWellbeing(mentor.id);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      date: todayIso(),
      source: 'paper',
      questionnaire: 'wellbeing@1',
      note: 'Tired after the winter.',
      score: 4.2,
      partial: true,
      answered: 5,
      answers: { enoughSupport: 3, timeToRest: 4, roleMakesSense: 5, drained: 2, ownPastReturns: 1, canSayNo: null },
    });
    // Saved: the draft is gone.
    expect(await getDraft(`wellbeing@${mentor.id}:new`)).toBeUndefined();
  });

  it('says why it cannot be saved for a mentor who no longer exists, keeps the dialog open and writes nothing', async () => {
    const mentor = await addMentor('Anna', 'Kovács');
    const { isClosed } = renderModal(mentor.id);
    const dialog = await screen.findByRole('dialog', { name: 'Wellbeing check-in' });
    await answer(dialog, 0, 3);
    await db.mentors.delete(mentor.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save wellbeing check-in' }));
    expect(await screen.findByText('This mentor no longer exists.')).toBeTruthy();
    expect(isClosed()).toBe(false);
    expect(await db.wellbeingCheckIns.count()).toBe(0);
  });

  it('keeps what was typed as a draft when cancelled, and offers it when opened again', async () => {
    const mentor = await addMentor('Anna', 'Kovács');
    let opened = true;
    const ui = () => <WellbeingCheckInModal mentorId={mentor.id} opened={opened} onClose={() => (opened = false)} />;
    const view = renderWithProviders(ui());
    const dialog = await screen.findByRole('dialog', { name: 'Wellbeing check-in' });
    await answer(dialog, 2, 2);
    await waitFor(async () => expect(await getDraft(`wellbeing@${mentor.id}:new`)).toBeDefined(), { timeout: 4000 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    view.rerender(ui());
    const kept = await getDraft(`wellbeing@${mentor.id}:new`);
    expect(kept?.values).toMatchObject({ questionnaire: 'wellbeing@1', answers: { roleMakesSense: 2 } });
    expect(kept?.subjectIds).toEqual([mentor.id]);

    opened = true;
    view.rerender(ui());
    const again = await screen.findByRole('dialog', { name: 'Wellbeing check-in' });
    expect(checked(within(group(again, 2)).getByRole('radio', { name: `${items[2]!.text.en}: no answer` }))).toBe(true);
    await userEvent.click(
      await within(again).findByRole('button', { name: /^Continue the draft from / }, { timeout: 5000 }),
    );
    expect(checked(within(group(again, 2)).getByRole('radio', { name: /: 2 \(A little\)$/ }))).toBe(true);
    expect(within(again).getByTestId('wellbeing-live-score').textContent).toBe(
      'Score 2 of 5 — partial: 1 of 6 statements answered',
    );
  }, 60_000);

  it('passes axe: each statement is a radio group named by it, and every radio says the statement, the value and its meaning', async () => {
    renderModal((await addMentor('Anna', 'Kovács')).id);
    const dialog = await screen.findByRole('dialog', { name: 'Wellbeing check-in' });
    expect(within(dialog).getAllByRole('radiogroup')).toHaveLength(items.length + 1); // and the source
    expect(
      within(group(dialog, 3))
        .getAllByRole('radio')
        .map((r) => r.getAttribute('aria-label')),
    ).toEqual([
      'I often feel drained after a meeting.: no answer',
      'I often feel drained after a meeting.: 1 (Not at all)',
      'I often feel drained after a meeting.: 2 (A little)',
      'I often feel drained after a meeting.: 3 (Partly)',
      'I often feel drained after a meeting.: 4 (Mostly)',
      'I often feel drained after a meeting.: 5 (Completely)',
    ]);
    const r = await axe.run(dialog, { rules: { 'color-contrast': { enabled: false } } });
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
