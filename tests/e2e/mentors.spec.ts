import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { ConsentSectionPage } from './pages/ConsentPages';
import { MentorDetailPage } from './pages/MentorDetailPage';
import { MentorFormPage } from './pages/MentorFormPage';
import { MentorsListPage } from './pages/MentorsListPage';
import { OverviewPage } from './pages/OverviewPage';
import { SettingsPage } from './pages/SettingsPage';
import { tr } from './pages/i18n';
import { typeNumber } from './typeNumber';
import { watchForText } from './neverShown';

test('first start: the overview offers sample data; with it every page is usable and accessible', async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.goto();
  await expect(overview.addMentorButton).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await overview.loadSampleButton.click();
  await expect(overview.mentorsSummary).toHaveText(/^\d+ mentors$/);
  await expect(overview.statusCount('active')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await expect(overview.loadSampleButton).toHaveCount(0);

  const list = new MentorsListPage(page);
  await list.goto();
  await expect(list.rows.first()).toBeVisible();
  const count = await list.rows.count();
  expect(count).toBeGreaterThan(10);
  await expectNoSeriousA11yViolations(page);

  // Keyboard: from the search box down into the rows, Enter opens the mentor.
  await list.search.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = (await list.rows.nth(1).locator('p').first().textContent()) ?? '';
  await expect(list.rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Screening checklist' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Consents', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Consent: record one, then withdraw it (the ledger keeps both, dated). Sample mentors never
  // consented to phone contact, so this purpose starts empty (tests/e2e/consents.spec.ts has more).
  const consents = new ConsentSectionPage(page);
  await consents.give('phoneContact', { date: '2026-01-05' });
  await expect(consents.purpose('phoneContact').getByTestId('consent-state')).toHaveText(/^Given /);
  await consents.withdraw('phoneContact', { date: '2026-02-01' });
  await expect(consents.purpose('phoneContact').getByTestId('consent-state')).toHaveText(/^Withdrawn /);
  await expect(consents.history('phoneContact').getByRole('row')).toHaveCount(3);

  await new MentorDetailPage(page).edit();
  await expect(page.getByRole('heading', { level: 1, name: /^Edit / })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Filter by status through the index.
  await list.goto();
  await list.filterByStatus('exited');
  await expect(page.getByText(/^\d+ mentors?$/)).toHaveText(/^[1-9] mentors?$/);
  await expect(list.rows.first()).toContainText('Exited');
});

test.describe('in Hungarian', () => {
  test.use({ language: 'hu' });

  test('a coordinator adds, edits, finds, moves along the lifecycle, deletes and undoes a mentor', async ({ page }) => {
    const form = new MentorFormPage(page, 'hu');
    await form.gotoNew();
    await expectNoSeriousA11yViolations(page);

    // Bad input is refused with translated messages, and nothing is saved.
    await form.fill({ givenName: 'Erzsébet', email: 'nem-email' });
    // An emptied capacity is required, not a silent default of 1.
    await typeNumber(form.number('capacity'), '');
    await form.save();
    // The family name and the capacity.
    await expect(page.getByText(tr('hu', 'common', 'validation.required'))).toHaveCount(2);
    await expect(form.number('capacity')).toHaveValue('');
    await expect(page.getByText(tr('hu', 'common', 'validation.email'))).toBeVisible();

    await form.fill({ familyName: 'Lakatos', email: 'erzsebet.lakatos@pelda.hu', phone: '+36 30 123 4567' });
    await typeNumber(form.number('capacity'), '3');
    await typeNumber(form.number('birthYear'), '1985');
    await expect(form.number('birthYear')).toHaveValue('1985');
    await form.save();
    const detail = new MentorDetailPage(page, 'hu');
    await expect(detail.heading('Lakatos Erzsébet')).toBeVisible();
    await expect(page.getByText(tr('hu', 'mentors', 'detail.capacity_other', { count: 3 }))).toBeVisible();
    await expect(page.getByText('Jelentkező').first()).toBeVisible();

    const list = new MentorsListPage(page, 'hu');
    await list.goto();
    await expect(list.row('Lakatos Erzsébet')).toBeVisible();

    await list.row('Lakatos Erzsébet').click();
    await detail.edit();
    await form.field('familyName').fill('Lakatos-Varga');
    await form.save();
    await expect(detail.heading('Lakatos-Varga Erzsébet')).toBeVisible();

    await list.goto();
    await list.search.fill('lakatos-va');
    await expect(list.rows).toHaveCount(1);
    await list.search.fill('erzs lakat');
    await expect(list.row('Lakatos-Varga Erzsébet')).toBeVisible();
    await list.search.fill('senkisem');
    await expect(list.rows).toHaveCount(0);
    await expect(page.getByText(tr('hu', 'mentors', 'list.noMatch'))).toBeVisible();
    await list.search.fill('lakatos');
    await list.row('Lakatos-Varga Erzsébet').click();

    await detail.changeStatus('screening');
    await expect(page.getByText(tr('hu', 'mentors', 'notify.statusChanged', { status: 'Szűrés alatt' }))).toBeVisible();
    await detail.changeStatus('exited', 'Elköltözött');
    await expect(detail.history.getByText('Kilépett')).toBeVisible();
    await expect(detail.history.getByText('Szűrés alatt')).toBeVisible();
    await expect(detail.history.getByText('Jelentkező')).toBeVisible();
    await expect(detail.history.getByText('Elköltözött')).toBeVisible();
    await expect(page.getByRole('button', { name: tr('hu', 'mentors', 'statusChange.open') })).toHaveCount(0);

    // Leaving the deleted mentor's page never shows "not found" on the way.
    const notFoundShown = await watchForText(page, tr('hu', 'mentors', 'detail.notFoundTitle'));
    await detail.delete();
    await expect(list.heading).toBeVisible();
    expect(await notFoundShown()).toBe(false);
    await expect(page.getByText(tr('hu', 'mentors', 'list.empty'))).toBeVisible();
    await detail.undoButton.click();
    await expect(detail.heading('Lakatos-Varga Erzsébet')).toBeVisible();
    await list.goto();
    await expect(list.row('Lakatos-Varga Erzsébet')).toBeVisible();
  });
});

test('settings: organisation name, rules and programmes are saved and validated', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await expectNoSeriousA11yViolations(page);
  await settings.save();
  await expect(page.getByText(tr('en', 'common', 'validation.required'))).toBeVisible();

  await settings.organisationName.fill('Híd Egyesület');
  await typeNumber(page.getByRole('textbox', { name: 'Contact at least every (days)' }), '14');
  await settings.save();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  // Logo: an image becomes a preview; removing it takes it away again.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  await page.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByRole('img', { name: 'Current logo' })).toBeVisible();
  await settings.save();
  await page.getByRole('button', { name: 'Remove logo' }).click();
  await expect(page.getByRole('img', { name: 'Current logo' })).toHaveCount(0);
  await expect(page.getByText('You have unsaved changes.')).toBeVisible();
  await settings.save();

  await settings.addProgramme('Housing First peer support', 'hf');
  await expect(page.getByRole('cell', { name: 'HF', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Deactivate Housing First peer support' }).click();
  await expect(page.getByRole('cell', { name: 'Inactive' })).toBeVisible();

  await page.reload();
  await expect(settings.organisationName).toHaveValue('Híd Egyesület');
  await expect(page.getByRole('textbox', { name: 'Contact at least every (days)' })).toHaveValue('14');
  await expectNoSeriousA11yViolations(page);
});
