import { expect, test } from './fixtures';
import { checkA11yAtRest } from './axe';
import { CarePages, SessionSteps } from './pages/CarePages';
import { OverviewPage } from './pages/OverviewPage';
import { PairingPages } from './pages/PairingPages';
import { tr } from './pages/i18n';

test.use({ language: 'hu' });

test('two crisis contacts put a mentor on the overview card; a supervision she attends clears it', async ({ page }) => {
  test.setTimeout(180_000);
  const overview = new OverviewPage(page, 'hu');
  await overview.loadSampleOn('2026-11-22T09:00:00');

  // Mentors → Load: every active or paused mentor's figures, sortable by a column heading.
  const care = new CarePages(page, 'hu');
  await care.openLoadFromMentors();
  const byPairings = care.sortBy('pairings');
  await byPairings.getByRole('button').click();
  await expect(byPairings).toHaveAttribute('aria-sort', 'descending');
  await checkA11yAtRest(page);

  // An active mentor with an active pairing, room for more, no crisis contact yet and nothing
  // flagged (names as Hungarian writes them: family name first).
  const active = tr('hu', 'mentors', 'status.active');
  let name = '';
  for (const row of await care.loadRows.all()) {
    const [mentor = '', status, pairings = '', , , crisis90, , , , reasons = ''] = await care.loadRowCells(row);
    const [, inUse = 0, capacity = 0] = (/^(\d+) \/ (\d+)$/.exec(pairings) ?? []).map(Number);
    if (status === active && inUse >= 1 && inUse < capacity && crisis90 === '0' && reasons.trim() === '') {
      name = mentor.trim();
      break;
    }
  }
  expect(name, 'a mentor to follow').not.toBe('');

  // Two crisis contacts logged on her pairing today.
  await care.loadTable.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const pairingsPanel = page.locator('[data-panel="pairings"]');
  await pairingsPanel
    .getByRole('row')
    .filter({ hasText: tr('hu', 'pairings', 'status.active') })
    .first()
    .getByRole('link')
    .click();
  const pairing = new PairingPages(page, 'hu');
  await pairing.logContact({ crisis: true, notes: 'Éjszakai telefonhívás, kilakoltatással fenyegetik.' });
  await pairing.logContact({ crisis: true, notes: 'Újabb krízis, kórházba kísérte.' });

  // The overview card names her, first, with the reason in words.
  await overview.goto();
  const entry = care.entry(care.card, name);
  await expect(entry).toContainText(
    care.t('reasonText.crisisWithoutSupervision_other', { count: 2, days: 30, since: '2026. 11. 22.' }),
  );
  await expect(care.card.getByRole('listitem').first()).toContainText(name);
  await checkA11yAtRest(page);

  // The full list has her too.
  await care.gotoNeedsList();
  await expect(care.entry(care.needsList, name)).toContainText(
    care.t('reasonText.crisisWithoutSupervision_other', { count: 2, days: 30, since: '2026. 11. 22.' }),
  );
  await checkA11yAtRest(page);

  // "Plan a supervision": an individual supervision, with her already expected.
  await overview.goto();
  await care.planSupervisionFor(care.card, name).click();
  const session = new SessionSteps(page, 'hu');
  await expect(page.getByRole('heading', { level: 1, name: session.t('newTitle') })).toBeVisible();
  await expect(session.titleField).toHaveValue(session.t('subKinds.individual'));
  await expect(page.getByRole('combobox', { name: session.t('fields.subKind') })).toHaveValue(
    session.t('subKinds.individual'),
  );
  await expect(page.getByRole('button', { name: session.t('form.removePerson', { name }) })).toBeVisible();
  await session.save();
  await expect(page.getByRole('heading', { level: 1, name: session.t('subKinds.individual') })).toBeVisible();

  // She attended: the flag clears.
  await session.recordAllPresent();
  await overview.goto();
  // Read once the card has its list (the sample data flags others for overdue supervision).
  await expect(
    care.card
      .getByRole('listitem')
      .first()
      .or(care.card.getByText(care.t('card.none'))),
  ).toBeVisible();
  await expect(care.entry(care.card, name)).toHaveCount(0);
  await care.gotoNeedsList();
  await expect(
    care.needsList
      .getByRole('listitem')
      .first()
      .or(page.getByText(care.t('card.none'))),
  ).toBeVisible();
  await expect(care.entry(care.needsList, name)).toHaveCount(0);
  // Her load shows today's supervision.
  await care.openLoadFromMentors();
  const cells = await care.loadRowCells(care.loadRows.filter({ has: page.getByRole('link', { name, exact: true }) }));
  // Days since supervision: 0 (today); nothing flagged any more.
  expect([cells[6], cells[9]?.trim()]).toEqual(['0', '']);
});
