import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { OverviewPage } from './pages/OverviewPage';
import { tr } from './pages/i18n';

const lng = 'fi' as const;
const t = (key: string, values?: Record<string, string | number>) => tr(lng, 'reports', key, values);

test.use({ language: lng });

const download = async (page: Page, button: string): Promise<Buffer> => {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await pending).path());
};

test('reports in Finnish: a period on sample data, exported, saved as sent and reopened', async ({ page }) => {
  // Sample data, two exports and axe on a long report page: more than a minute on a busy 2-core PC.
  test.setTimeout(150_000);
  const overview = new OverviewPage(page, lng);
  await overview.goto();
  await overview.loadSampleButton.click();
  await expect(overview.mentorsSummary).toBeVisible();

  // The overview's card: this quarter's key figures and the way to the report.
  const card = page.getByRole('region', { name: t('card.title') });
  await expect(card.locator('[data-card-figure="activeAtEnd"]')).toContainText(t('figures.activeAtEnd.label'));
  await expect(card.getByRole('link', { name: t('card.open') })).toBeVisible();

  await page.getByRole('link', { name: tr(lng, 'common', 'nav.reports') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('title') })).toBeVisible();

  await page.getByRole('combobox', { name: t('period') }).click();
  await page.getByRole('option', { name: t('presets.thisYear'), exact: true }).click();
  const active = page.locator('[data-figure="activeAtEnd"]');
  await expect(active).toContainText(t('figures.activeAtEnd.label'));
  await expect(active).toContainText(t('figures.activeAtEnd.definition'));
  // The sample office has active mentors: the figure is a positive whole number.
  await expect(active.locator('td').nth(2)).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole('heading', { level: 2, name: t('sections.supervision') })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const csv = await download(page, t('export.csv'));
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.subarray(3).toString('utf8');
  expect(text).toContain(`${t('cover.title')}\r\n`);
  expect(text).toMatch(new RegExp(`${t('sections.mentors')};${t('figures.activeAtEnd.label')};;[1-9]\\d*;\\d+\\r\\n`));

  const xlsx = await download(page, t('export.xlsx'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toContain(t('sections.training'));
  expect(wb.worksheets[0]?.getColumn(2).values).toContain(t('figures.activeAtEnd.definition'));

  // Small numbers hidden: no count from 1 to 4 is left on screen.
  const smallCounts = page.locator('[data-unit="count"] td:nth-child(3)').filter({ hasText: /^[1-4]$/ });
  const hadSmall = await smallCounts.count();
  await page.getByRole('switch', { name: t('hideSmall') }).click({ force: true });
  await expect(smallCounts).toHaveCount(0);
  await expect(page.locator('[data-unit="count"] td:nth-child(3)').filter({ hasText: t('fewerThan5') })).toHaveCount(
    hadSmall,
  );

  await page.getByRole('button', { name: t('sent.save') }).click();
  const dialog = page.getByRole('dialog', { name: t('sent.title') });
  await dialog.getByRole('textbox', { name: t('sent.recipient') }).fill('Säätiö');
  await dialog.getByRole('textbox', { name: t('sent.note') }).fill('Vuosiraportti');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: t('sent.confirm') }).click();
  await expect(dialog).toHaveCount(0);
  const savedRow = page.getByRole('row', { name: /Säätiö/ });
  await expect(savedRow).toContainText('Vuosiraportti');

  await savedRow.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /Säätiö/ })).toBeVisible();
  await expect(page.getByTestId('saved-differences')).toHaveText(t('sent.noDifferences'));
  await expect(page.locator('[data-figure="activeAtEnd"] td').nth(2)).toHaveText(/^([5-9]|\d{2,}|alle 5)$/);
  await expectNoSeriousA11yViolations(page);

  // On paper: the printable route with the organisation, every figure and its definition.
  const year = new Date().getFullYear();
  await page.goto(`/#/print/report?from=${year}-01-01&to=${year}-12-31&hide=1`);
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: t('cover.title') })).toBeVisible();
  await expect(page.getByText(t('figures.crisisContacts.definition'))).toBeVisible();
  await expect(page.locator('caption', { hasText: t('sections.pairings') })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
