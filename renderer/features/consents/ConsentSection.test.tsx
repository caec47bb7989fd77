// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { prepareComponentTests, renderWithProviders } from '../../../tests/setup/renderWithProviders';
import { resetDatabase } from '../../db/testing';
import { db } from '../../db/db';
import { ConsentSection } from './ConsentSection';
import { giveConsent, listConsents, withdrawConsent } from './consentsRepo';
import { ProcessingConsentFlag } from './ProcessingConsentFlag';

const PERSON = '7a0c6d1e-3b2f-4c5d-8e9f-0a1b2c3d4e5f';
const processing = { personKind: 'mentee', personId: PERSON, purposeKind: 'processing', method: 'written' } as const;

beforeAll(() => prepareComponentTests());
beforeEach(resetDatabase);
afterEach(cleanup);

const renderPage = () =>
  renderWithProviders(
    <>
      <ProcessingConsentFlag personKind="mentee" personId={PERSON} />
      <ConsentSection personKind="mentee" personId={PERSON} />
    </>,
  );

describe('ConsentSection', () => {
  it('flags a person without any consent and offers to record one', async () => {
    renderPage();
    expect(await screen.findByText('No valid consent for processing')).toBeTruthy();
    expect(screen.getByText(/No consent to the processing of this person's data is recorded/)).toBeTruthy();
    expect(screen.getByText(/No consent recorded yet/)).toBeTruthy();
  });

  it('shows each purpose’s state and dated history; "Give again" adds an entry and the flag goes', async () => {
    await giveConsent({ ...processing, date: '2025-01-10', notes: 'Signed at intake.' });
    await withdrawConsent({ ...processing, date: '2026-02-01', method: 'verbal' });
    await giveConsent({ ...processing, purposeKind: 'photos', date: '2025-01-10' });
    renderPage();

    expect(await screen.findByText(/withdrew consent to the processing of their data on 01\/02\/2026/)).toBeTruthy();
    const history = await screen.findByRole('table', { name: 'History: Processing of personal data' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .slice(0, 4)
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['01/02/2026', 'Withdrawn', 'Verbally', ''],
      ['10/01/2025', 'Given', 'In writing', 'Signed at intake.'],
    ]);
    expect(screen.getByRole('table', { name: 'History: Photos and recordings' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Withdraw: Photos and recordings' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Give again: Processing of personal data' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByText('No valid consent for processing')).toBeNull());
    expect(
      (await listConsents('mentee', PERSON)).filter((c) => c.purposeKind === 'processing').map((c) => c.kind),
    ).toEqual(['given', 'withdrawn', 'given']);
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'History: Processing of personal data' })).getAllByRole('row'),
      ).toHaveLength(4),
    );
    expect(await db.consents.count()).toBe(4);
  });
});
