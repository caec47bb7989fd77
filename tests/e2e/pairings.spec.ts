import { expect, test } from './fixtures';
import { checkA11yAtRest } from './axe';
import { OverviewPage } from './pages/OverviewPage';
import { MenteePages } from './pages/MenteePages';
import { PairingPages } from './pages/PairingPages';
import { tr } from './pages/i18n';

test.use({ language: 'fi' });

test('a coordinator pairs a new mentee, logs a crisis, sees the pairing fall behind and closes it', async ({
  page,
}) => {
  // A long journey through five pages, each checked with axe, on a machine shared by several builds.
  test.setTimeout(150_000);
  // A fixed clock from before the app loads, so "today" is known and can be moved later.
  const overview = new OverviewPage(page, 'fi');
  await overview.loadSampleOn('2026-03-02T09:00:00');

  // Add a mentee: the code comes from the programme's prefix, the real name stays hidden.
  const mentees = new MenteePages(page, 'fi');
  await mentees.openListFromNav();
  await expect(mentees.rows.first()).toBeVisible();
  await checkA11yAtRest(page);
  await mentees.openCreateForm();
  await checkA11yAtRest(page);
  await mentees.chooseProgramme(/\(HF\)/);
  await page.getByRole('textbox', { name: tr('fi', 'mentees', 'fields.givenName') }).fill('Aino');
  await page.getByRole('textbox', { name: tr('fi', 'mentees', 'fields.familyName') }).fill('Virtanen');
  await mentees.choose('fields.livedExperience', tr('fi', 'mentees', 'area.homelessness'));
  await page.keyboard.press('Escape');
  await mentees.choose('fields.languages', tr('fi', 'mentees', 'language.hu'));
  await page.keyboard.press('Escape');
  await mentees.save();
  await expect(mentees.codeHeading).toHaveText(/^HF-\d{3}$/);
  const code = (await mentees.codeHeading.textContent()) ?? '';
  await expect(page.getByText('Aino Virtanen')).toHaveCount(0);
  await mentees.showNameButton.click();
  await expect(page.getByText('Aino Virtanen')).toBeVisible();
  await checkA11yAtRest(page);

  // Find a mentor: ranked suggestions, each saying why; accept the top one.
  await mentees.findMentorLink.click();
  const pairings = new PairingPages(page, 'fi');
  await expect(
    page.getByRole('heading', { level: 1, name: pairings.t('new.findMentorTitle', { code }) }),
  ).toBeVisible();
  await expect(pairings.suggestions.first()).toContainText(
    pairings.t('reasons.sharedExperience', { areas: tr('fi', 'mentees', 'area.homelessness') }),
  );
  await checkA11yAtRest(page);
  await pairings.acceptTopSuggestion();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Tukisuhde ${code}`) })).toBeVisible();
  await expect(page.getByText(pairings.t('status.proposed')).first()).toBeVisible();

  // Start it, and log a contact with the crisis flag: it stands out in words, not only colour.
  await pairings.activate();
  await expect(page.getByText(pairings.t('status.active')).first()).toBeVisible();
  await pairings.logContact({
    crisis: true,
    notes: 'Yöllinen puhelu, häätöuhka.',
    minutes: '45',
    whileOpen: () => checkA11yAtRest(page),
  });
  const crisisRow = pairings.contactRows.filter({ hasText: 'Yöllinen puhelu' });
  await expect(crisisRow).toContainText(pairings.t('contacts.minutes_other', { count: 45 }));
  await expect(crisisRow).toContainText(pairings.t('contacts.crisisBadge'));
  await checkA11yAtRest(page);

  // 40 days later with a single contact, the pairing breaks the monitoring rule.
  await page.clock.fastForward(40 * 24 * 60 * 60 * 1000);
  await pairings.openMonitoringFromNav();
  const row = pairings.monitoringRow(code);
  await expect(row).toContainText(pairings.t('monitoring.firstMonth', { contacts: 1, needed: 2 }));
  await expect(row).toContainText('02.03.2026');
  await checkA11yAtRest(page);

  // Close it: the closure is recorded and the pairing stays readable.
  await row.getByRole('link').click();
  await pairings.close(() => checkA11yAtRest(page));
  await expect(page.getByText(pairings.t('detail.closedReadOnly'))).toBeVisible();
  await expect(page.getByRole('heading', { name: pairings.t('close.summaryTitle') })).toBeVisible();
  await expect(crisisRow).toContainText(pairings.t('contacts.crisisBadge'));
  await checkA11yAtRest(page);

  // It left the monitoring list, and the mentee's support has ended.
  await pairings.openMonitoringFromNav();
  await expect(pairings.monitoringRow(code)).toHaveCount(0);
});

test('the pairings list, the overview card and a mentor page show pairings accessibly', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
  const overview = new OverviewPage(page, 'fi');
  await overview.goto();
  await overview.loadSampleButton.click();
  await expect(page.getByRole('heading', { name: tr('fi', 'pairings', 'dashboard.title') })).toBeVisible();
  await expect(page.getByText(tr('fi', 'pairings', 'contacts.crisisBadge')).first()).toBeVisible();
  // The overview belongs to the dashboard feature: check the card this feature adds to it.
  await checkA11yAtRest(page);

  await page
    .getByRole('navigation')
    .getByRole('link', { name: tr('fi', 'common', 'nav.pairings') })
    .click();
  const list = page.getByRole('list', { name: tr('fi', 'pairings', 'list.resultsLabel') });
  await expect(list.getByRole('link').first()).toBeVisible();
  await checkA11yAtRest(page);

  // From a pairing to its mentor's page, where the pairings panel offers "Pair with a mentee".
  await list.getByRole('link').first().click();
  await page.locator('main a[href*="#/mentors/"]').first().click();
  await expect(page.getByRole('link', { name: tr('fi', 'pairings', 'actions.pairWithMentee') })).toBeVisible();
  // The mentor page belongs to the mentors feature: check the panel this feature adds to it.
  await checkA11yAtRest(page);
  await page.getByRole('link', { name: tr('fi', 'pairings', 'actions.pairWithMentee') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Muodosta pari/);
  await checkA11yAtRest(page);

  // From the mentor's side: choose a waiting mentee, see the fit explained, pair.
  await page.getByRole('combobox', { name: tr('fi', 'pairings', 'fields.mentee') }).click();
  await page.getByRole('option').first().click();
  await expect(page.getByText(tr('fi', 'pairings', 'reasons.points', { points: '+20' })).first()).toBeVisible();
  await checkA11yAtRest(page);
  const pairings = new PairingPages(page, 'fi');
  await page.getByRole('button', { name: new RegExp(`^${pairings.t('new.choose')}`) }).click();
  const dialog = page.getByRole('dialog', { name: pairings.t('confirm.title') });
  // isVisible() does not wait: the dialog must be open before it is asked whether a reason is needed.
  await dialog.waitFor();
  const reasonBox = dialog.getByRole('textbox', { name: pairings.t('confirm.reason') });
  if (await reasonBox.isVisible()) {
    // A warning must be answered: without a reason nothing is created.
    await dialog.getByRole('button', { name: pairings.t('confirm.submitAnyway') }).click();
    await expect(dialog.getByText(pairings.t('confirm.reasonRequired'))).toBeVisible();
    await reasonBox.fill('Koulutus valmistuu ensi kuussa');
  }
  await checkA11yAtRest(page);
  await dialog.getByRole('button', { name: new RegExp(`^${pairings.t('confirm.submit')}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Tukisuhde / })).toBeVisible();
  await expect(page.getByText(pairings.t('detail.overrides'))).toBeVisible();
});
