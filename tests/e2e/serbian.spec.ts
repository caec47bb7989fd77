import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { tr } from './pages/i18n';

/**
 * Every page of the app in Serbian Cyrillic, checked with axe: the words are Cyrillic, the
 * sample data's people keep their names as entered, and nothing breaks accessibility.
 */
test.use({ language: 'sr-Cyrl' });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

test('every page in Serbian Cyrillic passes axe', async ({ page }) => {
  test.setTimeout(300_000);
  const t = (ns: string, key: string, values?: Record<string, string | number>) => tr('sr-Cyrl', ns, key, values);

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Cyrl');
  await expect(page.getByRole('heading', { level: 1, name: t('dashboard', 'title') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: t('dashboard', 'empty.title') })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: t('dashboard', 'empty.loadSample') }).click();
  await expect(page.getByRole('heading', { level: 2, name: t('dashboard', 'empty.title') })).toHaveCount(0, {
    timeout: 30_000,
  });

  // The sidebar speaks Cyrillic only.
  const nav = page.getByRole('navigation');
  for (const key of [
    'dashboard',
    'mentors',
    'mentees',
    'pairings',
    'contacts',
    'sessions',
    'training',
    'backup',
    'settings',
  ])
    await expect(nav.getByRole('link', { name: t('common', `nav.${key}`), exact: true })).toBeVisible();
  expect(await nav.innerText()).not.toMatch(/[a-zčćžšđ]/i);
  await expectNoSeriousA11yViolations(page);

  /** The first link on the page to a record of `section` (its id in the address), once the list has loaded. */
  const firstRecord = async (section: string): Promise<string> => {
    const find = async () => {
      const hrefs = await page
        .locator(`a[href^="#/${section}/"]`)
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      return hrefs.find((h) => UUID.test(h)) ?? '';
    };
    await expect.poll(find, { message: `a ${section} record link`, timeout: 20_000 }).not.toBe('');
    return (await find()).replace(/^#/, '');
  };

  const visit = async (path: string) => {
    await page.goto(`/#${path}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
    // Wait for the page's data (a spinner or "loading" is not a page).
    await expect(page.getByText(t('common', 'app.loading'))).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  };

  for (const path of [
    '/mentors',
    '/mentors/new',
    '/mentees',
    '/mentees/new',
    '/pairings',
    '/pairings/monitoring',
    '/contacts',
    '/contacts/new',
    '/sessions',
    '/sessions/agenda',
    '/sessions/overdue',
    '/sessions/new',
    '/training',
    '/training/curriculum',
    '/backup',
    '/settings',
  ])
    await visit(path);

  for (const section of ['mentors', 'mentees', 'contacts', 'sessions']) {
    await page.goto(`/#/${section}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    const record = await firstRecord(section);
    await visit(record);
    await visit(`${record}/edit`);
    if (section === 'sessions') await visit(`${record}/attendance`);
  }
  await page.goto('/#/pairings');
  await visit(await firstRecord('pairings'));

  // The date field reads the Serbian way of writing a date, and shows the calendar in Cyrillic.
  await page.goto('/#/sessions/new');
  const date = page.getByRole('textbox', { name: t('sessions', 'fields.date'), exact: true });
  await date.fill('05.12.2026.');
  await page.getByRole('textbox', { name: t('sessions', 'fields.startTime'), exact: true }).click();
  await expect(date).toHaveValue('05.12.2026.');
  await date.click();
  await expect(page.getByRole('button', { name: /^[дД]ецембар 2026$/ })).toBeVisible();
  // The week starts on Monday (понедељак).
  await expect(page.getByRole('columnheader').first()).toHaveText('по');
  await expectNoSeriousA11yViolations(page);
});
