import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BackupPage } from './pages/BackupPage';
import { MenteePages } from './pages/MenteePages';
import { OverviewPage } from './pages/OverviewPage';
import { tr } from './pages/i18n';

/**
 * Two coordinators, two PCs (two browser contexts: two separate IndexedDBs), one organisation:
 * both start from the same backup, work for a day, then exchange files both ways. Nothing is
 * refused, nothing is lost, and both PCs end up with the same data.
 */

// Six files made or opened with the real scrypt work factor, two PCs' sample data and axe.
test.setTimeout(300_000);

const PASSPHRASE = 'Two PCs keep one truth together';

const newPc = async (browser: Browser): Promise<Page> => {
  // A context made here does not take the config's `use`: the app's address is passed on.
  const context = await browser.newContext({ acceptDownloads: true, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (!localStorage.getItem('tandem.language')) localStorage.setItem('tandem.language', 'en');
  });
  return page;
};

const exportTo = async (page: Page, path: string): Promise<void> => {
  const backup = new BackupPage(page);
  await backup.goto();
  await (await backup.exportWithTypedPassphrase(PASSPHRASE)).saveAs(path);
};

const importFrom = async (page: Page, path: string, action: 'replace' | 'merge'): Promise<BackupPage> => {
  const backup = new BackupPage(page);
  await backup.goto();
  await backup.chooseFile('import', path);
  await backup.open('import', PASSPHRASE);
  await expect(backup.ok('import')).toBeVisible({ timeout: 60_000 });
  if (action === 'merge') await expect(page.getByTestId('merge-preview-pending')).toHaveCount(0, { timeout: 60_000 });
  return backup;
};

const addMentee = async (page: Page, givenName: string): Promise<void> => {
  const mentees = new MenteePages(page);
  await page.goto('/#/mentees');
  await mentees.listHeading.waitFor();
  await mentees.openCreateForm();
  await mentees.chooseProgramme(/\(VS\)/);
  await page.getByRole('textbox', { name: tr('en', 'mentees', 'fields.givenName') }).fill(givenName);
  await page.getByRole('textbox', { name: tr('en', 'mentees', 'fields.familyName') }).fill('Tandem');
  await mentees.save();
  await expect(mentees.codeHeading).toHaveText('VS-006');
};

const editMentor = async (page: Page, href: string, field: 'phone' | 'availability', value: string): Promise<void> => {
  await page.goto(`/${href}`);
  await page.getByRole('link', { name: tr('en', 'common', 'actions.edit') }).click();
  const box = page.getByRole('textbox', { name: tr('en', 'mentors', `fields.${field}`) });
  await box.fill(value);
  await page.getByRole('button', { name: tr('en', 'common', 'actions.save') }).click();
  await expect(page.getByText(value)).toBeVisible();
};

test('two PCs add a mentee in one programme and edit different fields of one mentor: after exchanging files both have everything', async ({
  browser,
}, testInfo) => {
  const a = await newPc(browser);
  const b = await newPc(browser);

  // PC A: the organisation's data; PC B starts from A's backup.
  const overview = new OverviewPage(a);
  await overview.goto();
  await overview.loadSampleButton.click();
  await expect(overview.mentorsSummary).toBeVisible();
  const base = testInfo.outputPath('base.age');
  await exportTo(a, base);
  await (await importFrom(b, base, 'replace')).importAs('replace');

  // One mentor both coordinators will edit: the first of the list.
  await a.goto('/#/mentors');
  const mentorHref = await a
    .getByRole('list', { name: tr('en', 'mentors', 'list.resultsLabel') })
    .getByRole('link')
    .first()
    .getAttribute('href');
  expect(mentorHref).toMatch(/^#\/mentors\/[0-9a-f-]{36}$/);

  // The day's work, apart: both add a mentee to VS (both get VS-006); A changes the mentor's
  // phone, B their availability.
  await addMentee(a, 'Aliisa');
  await addMentee(b, 'Bence');
  await editMentor(a, String(mentorHref), 'phone', '+36 30 555 0101');
  await editMentor(b, String(mentorHref), 'availability', 'Tuesday evenings');

  const fileA = testInfo.outputPath('a.age');
  const fileB = testInfo.outputPath('b.age');
  await exportTo(a, fileA);
  await exportTo(b, fileB);

  // A merges B's file: the preview names the re-coded mentee; nothing is refused.
  const onA = await importFrom(a, fileB, 'merge');
  await expect(a.getByTestId('merge-recoded')).toContainText('VS-006 →');
  await a.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(a);
  await onA.importAs('merge');
  // B merges A's file the same way.
  await (await importFrom(b, fileA, 'merge')).importAs('merge');

  for (const pc of [a, b]) {
    // Both mentees, with different codes; the old code still finds the re-coded one.
    const mentees = new MenteePages(pc);
    await pc.goto('/#/mentees');
    await mentees.listHeading.waitFor();
    await mentees.search.fill('vs-006');
    await expect(mentees.rows).toHaveCount(2);
    const codes = (await mentees.rows.allInnerTexts()).map((t) => /VS-006(-[0-9A-F]+)?/.exec(t)?.[0]);
    expect(new Set(codes).size).toBe(2);
    // Both edits of the mentor.
    await pc.goto(`/${mentorHref}`);
    await expect(pc.getByText('+36 30 555 0101')).toBeVisible();
    await expect(pc.getByText('Tuesday evenings')).toBeVisible();
  }
  // The same codes on both PCs.
  const codesOf = async (pc: Page) => {
    await pc.goto('/#/mentees');
    const mentees = new MenteePages(pc);
    await mentees.search.fill('vs-006');
    await expect(mentees.rows).toHaveCount(2);
    return (await mentees.rows.allInnerTexts()).map((t) => /VS-006(-[0-9A-F]+)?/.exec(t)?.[0]).sort();
  };
  expect(await codesOf(a)).toEqual(await codesOf(b));
});
