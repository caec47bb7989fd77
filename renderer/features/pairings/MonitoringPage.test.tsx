// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { giveBoxesHeight, prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { addDays } from '../../../shared/checkins';
import type { MentorInput } from '../../../shared/domain/mentor';
import { i18n } from '../../i18n/i18n';
import { resetDatabase } from '../../db/testing';
import { todayIso } from '../../lib/format';
import { createMentee } from '../mentees/menteesRepo';
import { changeMentorStatus, createMentor, getMentor, updateMentor } from '../mentors/mentorsRepo';
import { createProgramme } from '../programmes/programmesRepo';
import { addContactLog, changePairingStatus, createPairing } from './pairingsRepo';
import { MonitoringPage } from './MonitoringPage';
import { PairingsDashboardCard } from './PairingsDashboardCard';

// jsdom has no layout: give the scroll box a height so the virtualiser renders its rows.
let restoreLayout: () => void;
beforeAll(async () => {
  await prepareComponentTests('hu');
  restoreLayout = giveBoxesHeight(600);
});
afterAll(() => restoreLayout());
afterEach(cleanup);

const today = todayIso();
const daysAgo = (n: number) => addDays(today, -n);
const t = (key: string, options?: Record<string, unknown>) => i18n.t(`pairings:${key}`, options);
let mentorId: string;
/** Mentee codes of the pairings that break the rule, most overdue first. */
let breaking: string[];

/**
 * Kovács Anna with eight active pairings: seven started 100–106 days ago with no contact since
 * (the oldest start is the most overdue), one with a contact two days ago that keeps the rule.
 */
beforeEach(async () => {
  await resetDatabase();
  const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  mentorId = await createMentor(
    { givenName: 'Anna', familyName: 'Kovács', capacity: 9, programmeIds: [programmeId] },
    { status: 'inTraining', date: daysAgo(300) },
  );
  await changeMentorStatus(mentorId, {
    status: 'active',
    date: daysAgo(200),
    reason: 'ok',
    override: 'trainingIncomplete',
  });
  breaking = [];
  for (let i = 0; i < 8; i++) {
    const start = daysAgo(106 - i);
    const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: start });
    const p = await createPairing({ mentorId, menteeId: mentee.id, programmeId }, { date: start });
    await changePairingStatus(p.id, 'active', start);
    if (i === 7) {
      for (const d of [start, addDays(start, 10), daysAgo(2)])
        await addContactLog({ pairingId: p.id, date: d, durationMinutes: 60, kind: 'meeting', crisis: false });
    } else breaking.push(mentee.code);
  }
});

describe('the monitoring list', () => {
  it('counts every pairing that breaks the rule and shows each row with its people, live', async () => {
    renderWithProviders(
      <MemoryRouter>
        <MonitoringPage />
      </MemoryRouter>,
    );
    expect(await screen.findByText(t('monitoring.count', { count: 7 }))).toBeTruthy();
    const list = screen.getByRole('list', { name: t('monitoring.listLabel') });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(7));
    const rows = within(list).getAllByRole('link');
    expect(rows.map((r) => r.textContent?.match(/HF-\d+/)?.[0])).toEqual(breaking);
    // Hungarian: family name first.
    expect(rows[0]?.textContent).toContain('Kovács Anna');

    // The people are read with the rows shown: a new name reaches them without leaving the page.
    const mentor = await getMentor(mentorId);
    await updateMentor(mentorId, { ...mentor, familyName: 'Szabó' } as MentorInput);
    await waitFor(() => expect(within(list).getAllByRole('link')[0]?.textContent).toContain('Szabó Anna'));
  });

  it('puts the five most overdue on the overview card, and says how many there are in all', async () => {
    renderWithProviders(
      <MemoryRouter>
        <PairingsDashboardCard />
      </MemoryRouter>,
    );
    const seeAll = await screen.findByRole('link', { name: t('dashboard.seeAll', { count: 7 }) });
    expect(seeAll.getAttribute('href')).toBe('/pairings/monitoring');
    const items = within(screen.getAllByRole('list')[0]!).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.match(/HF-\d+/)?.[0])).toEqual(breaking.slice(0, 5));
    expect(items[0]?.textContent).toContain('Kovács Anna');
  });
});
