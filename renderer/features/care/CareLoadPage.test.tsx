// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { giveBoxesHeight, prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { addDays } from '../../../shared/checkins';
import { resetDatabase } from '../../db/testing';
import { todayIso } from '../../lib/format';
import { createMentee } from '../mentees/menteesRepo';
import { changeMentorStatus, createMentor } from '../mentors/mentorsRepo';
import { addContactLog, changePairingStatus, createPairing } from '../pairings/pairingsRepo';
import { createProgramme } from '../programmes/programmesRepo';
import { SettingsPage } from '../../app/pages/SettingsPage';
import { getSettings } from '../settings/settingsRepo';
import { CareLoadPage } from './CareLoadPage';

// jsdom has no layout: give the scroll box a height so the virtualiser renders its rows.
let restoreLayout: () => void;
beforeAll(async () => {
  await prepareComponentTests('en');
  restoreLayout = giveBoxesHeight(600);
});
afterAll(() => restoreLayout());
afterEach(cleanup);

const today = todayIso();
const daysAgo = (n: number) => addDays(today, -n);

const activeMentor = async (givenName: string, familyName: string, capacity: number) => {
  const id = await createMentor({ givenName, familyName, capacity }, { status: 'inTraining', date: daysAgo(200) });
  await changeMentorStatus(id, { status: 'active', date: daysAgo(10), reason: 'ok', override: 'trainingIncomplete' });
  return id;
};

/** Three active mentors: Anna Kovács with two pairings on capacity 1 and a crisis contact, Béla Nagy and Cecília Szabó with none. */
beforeEach(async () => {
  await resetDatabase();
  const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  const anna = await activeMentor('Anna', 'Kovács', 1);
  await activeMentor('Béla', 'Nagy', 2);
  await activeMentor('Cecília', 'Szabó', 3);
  for (let i = 0; i < 2; i++) {
    const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: daysAgo(9) });
    const p = await createPairing({ mentorId: anna, menteeId: mentee.id, programmeId }, { date: daysAgo(9) });
    await changePairingStatus(p.id, 'active', daysAgo(9));
    if (i === 0)
      await addContactLog({ pairingId: p.id, date: daysAgo(2), durationMinutes: 90, kind: 'phone', crisis: true });
  }
});

const renderAt = (path: string) =>
  renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <CareLoadPage />
    </MemoryRouter>,
  );

const firstColumn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((c) => c.textContent);

describe('Mentors → Load', () => {
  it('shows each mentor’s figures in a table, sorted by a column heading and back', async () => {
    renderAt('/mentors/load');
    const anna = (await screen.findByRole('rowheader', { name: 'Anna Kovács' })).closest('tr')!;
    const cells = within(anna)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // Status, pairings, hours, crisis 30, crisis 90, days since supervision, follow-ups, wellbeing, reasons.
    expect(cells.slice(0, 9)).toEqual([
      'Active',
      '2 of 1',
      '1.5',
      '1',
      '1',
      'Never',
      '0',
      'None yet',
      'Load above capacity',
    ]);
    expect(firstColumn()).toEqual(['Anna Kovács', 'Béla Nagy', 'Cecília Szabó']);

    const byName = screen.getByRole('columnheader', { name: /^Mentor/ });
    expect(byName.getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(within(byName).getByRole('button'));
    expect(byName.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['Cecília Szabó', 'Béla Nagy', 'Anna Kovács']);

    // In name order only the rows in view are read; a figure's order needs every row: the table
    // says it is busy until they are read.
    const pairings = screen.getByRole('columnheader', { name: /^Pairings/ });
    await userEvent.click(within(pairings).getByRole('button'));
    expect(pairings.getAttribute('aria-sort')).toBe('descending');
    expect(byName.getAttribute('aria-sort')).toBe('none');
    await waitFor(() => expect(screen.getByRole('table').getAttribute('aria-busy')).toBeNull());
    expect(firstColumn()[0]).toBe('Anna Kovács');
    // Back to name order: every row is read already.
    await userEvent.click(within(byName).getByRole('button'));
    expect(firstColumn()).toEqual(['Anna Kovács', 'Béla Nagy', 'Cecília Szabó']);
  });

  it('shows only those who need support now when asked (kept in the address)', async () => {
    renderAt('/mentors/load?needs=1');
    expect(await screen.findByRole('rowheader', { name: 'Anna Kovács' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Only those who need support now' })).toHaveProperty('checked', true);
    expect(firstColumn()).toEqual(['Anna Kovács']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only those who need support now' }));
    expect(await screen.findByRole('rowheader', { name: 'Béla Nagy' })).toBeTruthy();
  });
});

describe('the care rules in Settings', () => {
  it('are saved with the settings, checked by the settings schema', async () => {
    renderWithProviders(
      <MemoryRouter>
        <SettingsPage />
      </MemoryRouter>,
    );
    const section = await screen.findByRole('region', { name: 'Care for the mentors' });
    const count = within(section).getByRole('textbox', { name: 'Crisis contacts that call for support' });
    expect(count).toHaveProperty('value', '2');
    await userEvent.clear(count);
    await userEvent.type(count, '3');
    await userEvent.click(within(section).getByRole('checkbox', { name: 'Flag load above capacity' }));
    const every = within(section).getByRole('textbox', { name: 'Wellbeing check-in every (months)' });
    await userEvent.clear(every);
    await userEvent.type(every, '30');
    await userEvent.type(screen.getByRole('textbox', { name: 'Organisation name' }), 'Org');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    // 30 months is beyond the schema's 24: nothing saved, the field says why.
    expect(every.getAttribute('aria-invalid')).toBe('true');
    expect((await getSettings()).organisationName).toBe('');
    await userEvent.clear(every);
    await userEvent.type(every, '6');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await getSettings()).rules).toMatchObject({
      careCrisisCount: 3,
      careOverCapacity: false,
      wellbeingEveryMonths: 6,
    });
  });
});
