// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import { addDays } from '../../../shared/checkins';
import { formatDate, todayIso } from '../../lib/format';
import { createMentee } from '../mentees/menteesRepo';
import { changeMentorStatus } from '../mentors/mentorsRepo';
import { addContactLog, changePairingStatus, createPairing } from '../pairings/pairingsRepo';
import { createProgramme } from '../programmes/programmesRepo';
import { addMentor } from '../../../tests/fixtures/records';
import { listWellbeing, recordWellbeingCheckIn } from './careRepo';
import { MentorCarePanel } from './MentorCarePanel';
import { mentorFormCode } from './wellbeingForm';

beforeAll(() => prepareComponentTests());
beforeEach(() => resetDatabase());
afterEach(() => cleanup());

// The panel works on the real today: the records are dated from it.
const TODAY = todayIso();
const ago = (days: number) => addDays(TODAY, -days);
const en = (iso: string) => formatDate(iso, 'en');
const answers = (v: number) => ({
  enoughSupport: v,
  timeToRest: v,
  roleMakesSense: v,
  drained: 6 - v,
  ownPastReturns: 6 - v,
  canSayNo: v,
});

/**
 * Anna, active since 1 January, capacity 1, with two active pairings; a 90-minute meeting ten
 * days ago and a one-hour crisis call five days ago; never at supervision; wellbeing 4 two
 * months ago and 3 (partial) twenty days ago.
 */
const annaWithLoad = async () => {
  const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  const mentor = await addMentor('Anna', 'Kovács');
  const pairings: string[] = [];
  for (let i = 0; i < 2; i++) {
    const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: '2026-01-01' });
    const p = await createPairing({ mentorId: mentor.id, menteeId: mentee.id, programmeId }, { date: '2026-01-05' });
    await changePairingStatus(p.id, 'active', '2026-01-05');
    pairings.push(p.id);
  }
  await addContactLog({ pairingId: pairings[0]!, date: ago(10), durationMinutes: 90, kind: 'meeting' });
  await addContactLog({ pairingId: pairings[1]!, date: ago(5), durationMinutes: 60, kind: 'phone', crisis: true });
  await recordWellbeingCheckIn({
    mentorId: mentor.id,
    date: ago(60),
    questionnaire: 'wellbeing@1',
    answers: answers(4),
    source: 'call',
  });
  await recordWellbeingCheckIn({
    mentorId: mentor.id,
    date: ago(20),
    questionnaire: 'wellbeing@1',
    answers: { ...answers(3), canSayNo: null },
    source: 'paper',
    note: 'Hard month',
  });
  return mentor;
};

const panel = () => screen.findByRole('region', { name: 'Load and wellbeing' });
const minusOne = new Intl.NumberFormat('en-GB', { signDisplay: 'exceptZero' }).format(-1);

describe('MentorCarePanel', () => {
  it('shows the load, when the next check-in is due, the reasons in words and the check-ins with score, change and source', async () => {
    const mentor = await annaWithLoad();
    renderWithProviders(<MentorCarePanel mentorId={mentor.id} />);
    const region = await panel();
    const load = await within(region).findByTestId('care-load');
    const figure = (label: string) => within(load).getByText(label).nextElementSibling?.textContent;
    expect(figure('Active pairings')).toBe('2 of 1');
    expect(figure('Contact hours, last 30 days')).toBe('2.5');
    expect(figure('Crisis contacts, last 30 days')).toBe('1');
    expect(figure('Crisis contacts, last 90 days')).toBe('1');
    expect(figure('Last supervision attended')).toBe('Never');
    expect(figure('Open follow-ups')).toBe('0');
    expect(figure('Last wellbeing check-in')).toBe(`3 of 5 on ${en(ago(20))}, falling (${minusOne})`);

    // A crisis contact after the last check-in brings the next one forward: within two weeks of it.
    expect(within(region).getByTestId('wellbeing-due').textContent).toBe(
      `Wellbeing check-in due, by ${en(addDays(ago(5), 14))} (after a crisis contact)`,
    );
    expect(within(region).getByTestId('wellbeing-code').textContent).toBe(
      `Code on the printed form: ${mentorFormCode(mentor.id)}`,
    );

    const reasons = within(within(region).getByTestId('care-reasons'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(reasons).toEqual([
      `Wellbeing score fell from 4 to 3 (${en(ago(20))})`,
      '2 active pairings, capacity 1',
      'No supervision for over 4 weeks since becoming active',
    ]);

    const rows = within(within(region).getByTestId('wellbeing-table')).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .slice(0, 5)
          .map((c) => c.textContent),
      ),
    ).toEqual([
      [
        en(ago(20)),
        'Score 3 of 5 — partial: 5 of 6 statements answered',
        `falling (${minusOne})`,
        'From a paper form',
        'Hard month',
      ],
      [en(ago(60)), 'Score 4 of 5', '—', 'After a conversation', ''],
    ]);
  });

  it('deletes a check-in with Undo: the row goes, the figures follow, and Undo brings it back', async () => {
    const mentor = await annaWithLoad();
    renderWithProviders(<MentorCarePanel mentorId={mentor.id} />);
    const region = await panel();
    await within(region).findByTestId('wellbeing-table');
    await userEvent.click(
      within(region).getByRole('button', { name: `Delete the wellbeing check-in of ${en(ago(20))}` }),
    );

    await waitFor(() => expect(within(region).getAllByRole('row')).toHaveLength(2));
    expect(await listWellbeing(mentor.id)).toHaveLength(1);
    // The score that fell is gone, and with it the reason.
    await waitFor(() =>
      expect(within(region).getByText('Last wellbeing check-in').nextElementSibling?.textContent).toBe(
        `4 of 5 on ${en(ago(60))}`,
      ),
    );
    expect(within(region).queryByText(/Wellbeing score fell/)).toBeNull();
    expect(await screen.findByText('Wellbeing check-in deleted')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(region).getAllByRole('row')).toHaveLength(3));
    expect((await listWellbeing(mentor.id)).map((w) => w.date)).toEqual([ago(60), ago(20)]);
  });

  it('a mentor who is not active: no check-in scheduled, needs support applies to active mentors only', async () => {
    const mentor = await addMentor('Béla', 'Nagy');
    await changeMentorStatus(mentor.id, { status: 'paused', date: ago(3), reason: 'Rest' });
    renderWithProviders(<MentorCarePanel mentorId={mentor.id} />);
    const region = await panel();
    expect((await within(region).findByTestId('wellbeing-due')).textContent).toBe(
      'No wellbeing check-in is scheduled: they start once the mentor is active.',
    );
    expect(within(region).getByText('Figures of needs support apply to active mentors only.')).toBeTruthy();
    expect(within(region).getByText('No wellbeing check-in recorded yet.')).toBeTruthy();
    expect(within(region).getByText('Last wellbeing check-in').nextElementSibling?.textContent).toBe('None yet');
  });

  it('opens the check-in form from the panel, and the new check-in shows in the list', async () => {
    const mentor = await addMentor('Anna', 'Kovács');
    renderWithProviders(<MentorCarePanel mentorId={mentor.id} />);
    const region = await panel();
    await within(region).findByText('No wellbeing check-in recorded yet.');
    await userEvent.click(within(region).getByRole('button', { name: 'Record wellbeing check-in' }));
    const dialog = await screen.findByRole('dialog', { name: 'Wellbeing check-in' });
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'I can say no when something is too much for me.: 4 (Mostly)' }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save wellbeing check-in' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const table = await within(region).findByTestId('wellbeing-table');
    expect(table.textContent).toContain('Score 4 of 5 — partial: 1 of 6 statements answered');
  });

  it('passes axe', async () => {
    const mentor = await annaWithLoad();
    renderWithProviders(<MentorCarePanel mentorId={mentor.id} />);
    const region = await panel();
    await within(region).findByTestId('wellbeing-table');
    const r = await axe.run(region, { rules: { 'color-contrast': { enabled: false } } });
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
