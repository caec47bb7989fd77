// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { addDays } from '../../../shared/checkins';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { todayIso } from '../../lib/format';
import { createMentee } from '../mentees/menteesRepo';
import { changeMentorStatus, createMentor } from '../mentors/mentorsRepo';
import { addContactLog, changePairingStatus, createPairing } from '../pairings/pairingsRepo';
import { createProgramme } from '../programmes/programmesRepo';
import { saveAttendance } from '../sessions/attendanceRepo';
import { createSession } from '../sessions/sessionsRepo';
import { needsSupport } from './careRepo';
import { NeedsSupportCard } from './NeedsSupportCard';

beforeAll(() => prepareComponentTests('hu'));
afterEach(cleanup);

const today = todayIso();
const daysAgo = (n: number) => addDays(today, -n);
let mentorId: string;
let pairingIds: string[];

/**
 * An active mentor (Kovács Anna) with two active pairings, supervised 20 days ago, and two crisis
 * contacts since: flagged by the default rule (two crisis contacts in 30 days, no supervision since).
 */
beforeEach(async () => {
  await resetDatabase();
  const programmeId = await createProgramme({ name: 'Housing First', codePrefix: 'HF' });
  mentorId = await createMentor(
    { givenName: 'Anna', familyName: 'Kovács', capacity: 2, programmeIds: [programmeId] },
    { status: 'inTraining', date: daysAgo(200) },
  );
  await changeMentorStatus(mentorId, {
    status: 'active',
    date: daysAgo(100),
    reason: 'ok',
    override: 'trainingIncomplete',
  });
  pairingIds = [];
  for (let i = 0; i < 2; i++) {
    const mentee = await createMentee({ programmeId, transition: 'leavingCare' }, { today: daysAgo(90) });
    const p = await createPairing({ mentorId, menteeId: mentee.id, programmeId }, { date: daysAgo(90) });
    await changePairingStatus(p.id, 'active', daysAgo(90));
    pairingIds.push(p.id);
  }
  const s = await createSession({
    title: 'Szupervízió',
    kind: 'supervision',
    subKind: 'individual',
    date: daysAgo(20),
    startTime: '10:00',
    endTime: '11:00',
    expected: [{ kind: 'mentor', id: mentorId }],
  });
  await saveAttendance(s.id, [{ personKind: 'mentor', personId: mentorId, status: 'present', hours: 1 }]);
  await addContactLog({
    pairingId: pairingIds[0]!,
    date: daysAgo(10),
    durationMinutes: 60,
    kind: 'phone',
    crisis: true,
  });
  await addContactLog({
    pairingId: pairingIds[1]!,
    date: daysAgo(3),
    durationMinutes: 30,
    kind: 'phone',
    crisis: true,
  });
});

const renderCard = () =>
  renderWithProviders(
    <MemoryRouter>
      <NeedsSupportCard />
    </MemoryRouter>,
  );

describe('the overview card "needs support now"', () => {
  it('names the mentor family name first (Hungarian) with the reason in words, and plans her supervision', async () => {
    renderCard();
    const card = await screen.findByRole('region', { name: 'Most támogatásra szorul' });
    const name = await within(card).findByRole('link', { name: 'Kovács Anna' });
    expect(name.getAttribute('href')).toBe(`/mentors/${mentorId}`);
    const since = new Intl.DateTimeFormat('hu-HU', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(`${daysAgo(10)}T12:00`),
    );
    expect(
      within(card).getByText(`2 krízishelyzet 30 napon belül, azóta nem volt szupervízión: ${since}`),
    ).toBeTruthy();
    const plan = within(card).getByRole('link', { name: 'Szupervízió tervezése: Kovács Anna' });
    const href = new URL(plan.getAttribute('href')!, 'http://x');
    expect(href.pathname).toBe('/sessions/new');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      kind: 'supervision',
      subKind: 'individual',
      mentor: mentorId,
      title: 'Egyéni szupervízió',
    });
  });

  it('"talked, all right" clears the flag until something new happens', async () => {
    renderCard();
    const card = await screen.findByRole('region', { name: 'Most támogatásra szorul' });
    await userEvent.click(
      await within(card).findByRole('button', { name: 'Beszéltünk vele (Kovács Anna), rendben van' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Megjegyzés (nem kötelező)' }),
      'Telefonon beszéltünk',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Jelzés törlése' }));
    expect(await within(card).findByText('Most egy mentor sem szorul támogatásra.')).toBeTruthy();
    const [ack] = await db.careAcks.toArray();
    expect(ack).toMatchObject({
      mentorId,
      date: today,
      note: 'Telefonon beszéltünk',
      cleared: [{ kind: 'crisisWithoutSupervision' }],
    });
    // A third crisis contact is new: the flag is back.
    await addContactLog({ pairingId: pairingIds[0]!, date: today, durationMinutes: 30, kind: 'phone', crisis: true });
    expect(await within(card).findByRole('link', { name: 'Kovács Anna' })).toBeTruthy();
  });

  it('"Pause…" pauses the mentor through the status rules and, when ticked, her pairings with the reason', async () => {
    renderCard();
    const card = await screen.findByRole('region', { name: 'Most támogatásra szorul' });
    await userEvent.click(await within(card).findByRole('button', { name: 'Kovács Anna szüneteltetése' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kovács Anna szüneteltetése' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Indoklás' }), 'Pihenő egy nehéz hónap után');
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'A(z) 2 aktív párosítását is szüneteltesse ezzel az indoklással' }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Szüneteltetés' }));
    // A paused mentor is resting: no longer flagged.
    expect(await within(card).findByText('Most egy mentor sem szorul támogatásra.')).toBeTruthy();
    const mentor = await db.mentors.get(mentorId);
    expect(mentor?.status).toBe('paused');
    expect(mentor?.statusHistory.at(-1)).toMatchObject({
      status: 'paused',
      date: today,
      reason: 'Pihenő egy nehéz hónap után',
    });
    for (const id of pairingIds)
      expect((await db.pairings.get(id))?.statusHistory.at(-1)).toMatchObject({
        status: 'paused',
        note: 'Pihenő egy nehéz hónap után',
      });
    await waitFor(async () => expect(await needsSupport(today)).toEqual([]));
  });
});
