import { expect, test } from './fixtures';
import { checkA11yAtRest } from './axe';
import { OverviewPage } from './pages/OverviewPage';
import { MenteePages } from './pages/MenteePages';
import { tr } from './pages/i18n';
import { watchForText } from './neverShown';

test.use({ language: 'hu' });

test('mentees: codes, hidden names, search and filters, edit, delete with undo', async ({ page }) => {
  test.setTimeout(120_000);
  const overview = new OverviewPage(page, 'hu');
  await overview.goto();
  await overview.loadSample();

  const mentees = new MenteePages(page, 'hu');
  await mentees.openListFromNav();
  await expect(page.getByText(tr('hu', 'mentees', 'list.count_other', { count: 15 }))).toBeVisible();
  await checkA11yAtRest(page);

  // Search by code: index prefix search on "ym-00".
  await mentees.search.fill('ym-00');
  await expect(mentees.rows).toHaveCount(5);
  await expect(mentees.rows.first()).toContainText('YM-001');
  await mentees.search.fill('');

  // Filters: waiting mentees only.
  await mentees.choose('fields.status', tr('hu', 'mentees', 'status.waiting'));
  await expect(mentees.rows.first()).toContainText(tr('hu', 'mentees', 'status.waiting'));
  // The list is virtualised (only the rows in view are in the page): the count line says how many match.
  await expect(page.getByText(tr('hu', 'mentees', 'list.count_other', { count: 15 }), { exact: true })).toHaveCount(0);
  await expect(mentees.rows).not.toHaveCount(0);
  await page.getByRole('button', { name: tr('hu', 'common', 'actions.clearFilters') }).click();
  await expect(page.getByText(tr('hu', 'mentees', 'list.count_other', { count: 15 }), { exact: true })).toBeVisible();

  // Keyboard: arrow keys move between rows, Enter opens the mentee.
  await mentees.rowsLoaded();
  await mentees.rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(mentees.rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mentees.codeHeading).toHaveText(/^[A-Z]+-\d{3}$/);
  await page.goBack();

  // Bad input changes nothing: without a programme the form says what to do.
  await mentees.openCreateForm();
  await checkA11yAtRest(page);
  await mentees.save();
  await expect(page.getByText(tr('hu', 'common', 'validation.required'))).toBeVisible();

  await mentees.chooseProgramme(/\(VS\)/);
  await page.getByRole('textbox', { name: tr('hu', 'mentees', 'fields.givenName') }).fill('Réka');
  await page.getByRole('textbox', { name: tr('hu', 'mentees', 'fields.familyName') }).fill('Lakatos');
  await mentees.save();
  await expect(mentees.codeHeading).toHaveText('VS-006');
  // Hungarian order, and only when asked for.
  await expect(page.getByText('Lakatos Réka')).toHaveCount(0);
  await mentees.showNameButton.click();
  await expect(page.getByText('Lakatos Réka')).toBeVisible();
  await checkA11yAtRest(page);

  // Edit keeps the code.
  await page.getByRole('link', { name: tr('hu', 'common', 'actions.edit') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: tr('hu', 'mentees', 'form.editTitle', { code: 'VS-006' }) }),
  ).toBeVisible();
  await checkA11yAtRest(page);
  await page.getByRole('textbox', { name: tr('hu', 'mentees', 'fields.goals') }).fill('Saját lakás egy éven belül');
  await page.getByRole('button', { name: tr('hu', 'common', 'actions.save') }).click();
  await expect(page.getByText('Saját lakás egy éven belül')).toBeVisible();
  await expect(mentees.codeHeading).toHaveText('VS-006');

  // Delete, then undo from the notification.
  const notFoundShown = await watchForText(page, tr('hu', 'mentees', 'detail.notFoundTitle'));
  await page.getByRole('button', { name: tr('hu', 'common', 'actions.delete'), exact: true }).click();
  await expect(mentees.listHeading).toBeVisible();
  expect(await notFoundShown()).toBe(false);
  await expect(page.getByText(tr('hu', 'mentees', 'list.count_other', { count: 15 }))).toBeVisible();
  await page.getByRole('button', { name: tr('hu', 'common', 'actions.undo') }).click();
  await expect(mentees.codeHeading).toHaveText('VS-006');

  // The list can show names on request; the search finds by name too.
  await mentees.openListFromNav();
  await mentees.search.fill('lakat');
  await expect(mentees.rows).toHaveCount(1);
  await expect(mentees.rows.first()).not.toContainText('Lakatos');
  await page.getByRole('switch', { name: tr('hu', 'mentees', 'list.showNames') }).check();
  await expect(mentees.rows.first()).toContainText('Lakatos Réka');
});
