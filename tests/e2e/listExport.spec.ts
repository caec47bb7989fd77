import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Download, Page } from '@playwright/test';
import type { Language } from '../../shared/domain/base';
import { expect, test } from './fixtures';
import { checkA11yAtRest, expectNoSeriousA11yViolations } from './axe';
import { MentorsListPage } from './pages/MentorsListPage';
import { OverviewPage } from './pages/OverviewPage';
import { tr } from './pages/i18n';

/*
 * "Export this list" on the list pages: the file holds what the list shows under its filters,
 * in the UI language; mentees go out by code unless real names are asked for (and audited).
 */

const x = (lng: Language, key: string, values?: Record<string, string | number>) =>
  tr(lng, 'spreadsheetExport', key, values);

const loadSample = async (page: Page, lng: Language) => {
  const overview = new OverviewPage(page, lng);
  await overview.goto();
  await overview.loadSampleButton.click();
  await expect(overview.mentorsSummary).toBeVisible();
};

const openMenu = async (page: Page, lng: Language) => {
  await page.getByRole('button', { name: x(lng, 'button'), exact: true }).click();
  // Mantine names the menu by the button that opens it.
  const menu = page.getByRole('menu', { name: x(lng, 'button') });
  await expect(menu).toBeVisible();
  return menu;
};

/** Clicks a menu item (or a confirmation's button) and returns the file it downloads. */
const download = async (page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> => {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  return { file, bytes: readFileSync(await file.path()) };
};

const readXlsx = async (bytes: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
  return { ws, headers: (rows[0] ?? []).slice(1) as string[], data: rows.slice(1).map((r) => r.slice(1)) };
};

/** The "N mentors" line above a list, read as the number. */
const shownCount = async (page: Page, lng: Language, ns: 'mentors' | 'mentees'): Promise<number> => {
  const [before, after] = tr(lng, ns, 'list.count_other', { count: '@' }).split('@') as [string, string];
  const line = page.locator('[aria-live="polite"]').filter({ hasText: new RegExp(`^${before}\\d+${after}$`) });
  await expect(line).toBeVisible();
  return Number(/\d+/.exec((await line.textContent()) ?? '')?.[0]);
};

const FILE_NAME = /^tandem-[a-z-]+-\d{4}-\d{2}-\d{2}\.(xlsx|csv)$/;

test.describe('in Hungarian', () => {
  const lng = 'hu' as const;
  test.use({ language: lng });

  test('the active mentors of the sample office as XLSX and CSV, the headers and statuses in Hungarian', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await loadSample(page, lng);
    const list = new MentorsListPage(page, lng);
    await list.goto();
    await list.filterByStatus('active');
    await expect(list.rows.first()).toBeVisible();
    const count = await shownCount(page, lng, 'mentors');
    expect(count).toBeGreaterThan(0);

    const menu = await openMenu(page, lng);
    await expectNoSeriousA11yViolations(page);
    const { file, bytes } = await download(page, () =>
      menu.getByRole('menuitem', { name: x(lng, 'xlsx'), exact: true }).click(),
    );
    expect(file.suggestedFilename()).toMatch(FILE_NAME);
    expect(file.suggestedFilename()).toContain('tandem-mentorok-');

    const { ws, headers, data } = await readXlsx(bytes);
    expect(ws.name).toBe(x(lng, 'sheet.mentors'));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).font?.bold).toBe(true);
    // The import's columns in Hungarian, family name first, then the extras.
    expect(headers.slice(0, 2)).toEqual([
      tr(lng, 'spreadsheetImport', 'fields.familyName'),
      tr(lng, 'spreadsheetImport', 'fields.givenName'),
    ]);
    expect(headers).toContain(x(lng, 'columns.openPairings'));
    expect(data).toHaveLength(count);
    const status = headers.indexOf(tr(lng, 'spreadsheetImport', 'fields.status'));
    expect(new Set(data.map((r) => r[status]))).toEqual(new Set([tr(lng, 'mentors', 'status.active')]));
    // The first row is the first mentor of the list (family name first on screen too).
    const first = `${String(data[0]![0])} ${String(data[0]![1])}`;
    await expect(list.rows.first()).toContainText(first);
    const joined = data[0]![headers.indexOf(tr(lng, 'spreadsheetImport', 'fields.joinedOn'))];
    expect(joined).toBeInstanceOf(Date);

    const csvMenu = await openMenu(page, lng);
    const csv = await download(page, () => csvMenu.getByRole('menuitem', { name: x(lng, 'csv'), exact: true }).click());
    expect(csv.file.suggestedFilename()).toMatch(/^tandem-mentorok-.*\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]!.split(';').slice(0, 2)).toEqual(headers.slice(0, 2));
    expect(lines).toHaveLength(count + 2);
    // Dates as Hungarian writes them.
    expect(lines[1]).toMatch(/;\d{4}\. \d{2}\. \d{2}\.;/);
    await expect(page.getByText(x(lng, 'exported_other', { count })).last()).toBeVisible();
  });
});

test.describe('in English', () => {
  const lng = 'en' as const;
  test.use({ language: lng });

  test('mentees by code, then with real names behind a confirmation that is audited', async ({ page }) => {
    test.setTimeout(150_000);
    await loadSample(page, lng);
    await page.goto('/#/mentees');
    await expect(page.getByRole('heading', { level: 1, name: tr(lng, 'mentees', 'list.title') })).toBeVisible();
    const count = await shownCount(page, lng, 'mentees');

    const menu = await openMenu(page, lng);
    const byCode = await download(page, () =>
      menu.getByRole('menuitem', { name: x(lng, 'xlsx'), exact: true }).click(),
    );
    expect(byCode.file.suggestedFilename()).toMatch(/^tandem-mentees-.*\.xlsx$/);
    const coded = await readXlsx(byCode.bytes);
    expect(coded.data).toHaveLength(count);
    expect(coded.headers[0]).toBe(tr(lng, 'spreadsheetImport', 'fields.code'));
    expect(coded.data.every((r) => /^[A-Z]+-\d{3,}/.test(String(r[0])))).toBe(true);
    for (const field of ['familyName', 'givenName', 'needs', 'goals', 'notes'])
      expect(coded.headers).not.toContain(tr(lng, 'spreadsheetImport', `fields.${field}`));

    // With real names: a confirmation first (checked by axe), then the file.
    const again = await openMenu(page, lng);
    await expect(again.getByText(x(lng, 'byCode'))).toBeVisible();
    // Checked once the menu has finished fading in (half-transparent labels fail contrast).
    await expect(again).toHaveCSS('opacity', '1');
    await checkA11yAtRest(page);
    await again.getByRole('menuitem', { name: x(lng, 'csvNames') }).click();
    const dialog = page.getByRole('dialog', { name: x(lng, 'confirm.title') });
    await expect(dialog).toContainText(x(lng, 'confirm.body_other', { count }));
    await expect(dialog).toContainText(x(lng, 'confirm.audit'));
    // Once the menu has gone and the dialog has faded in.
    await expect(again).toBeHidden();
    await expect(dialog).toHaveCSS('opacity', '1');
    await checkA11yAtRest(page);
    const named = await download(page, () => dialog.getByRole('button', { name: x(lng, 'confirm.go') }).click());
    const text = named.bytes.subarray(3).toString('utf8');
    const header = text.split('\r\n')[0]!.split(',');
    expect(header).toContain(tr(lng, 'spreadsheetImport', 'fields.familyName'));
    expect(text.split('\r\n')).toHaveLength(count + 2);

    // The audit log holds one list export of mentees, with the count and no name.
    await page.goto('/#/privacy/audit');
    const rows = page
      .getByTestId('audit-table')
      .getByRole('row')
      .filter({ hasText: tr(lng, 'audit', 'action.exportList') });
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(String(count));
  });

  test('past sessions with attendance counts, and contacts found by a search', async ({ page }) => {
    test.setTimeout(150_000);
    await loadSample(page, lng);
    await page.goto('/#/sessions');
    await page
      .locator('label')
      .filter({ hasText: tr(lng, 'sessions', 'list.past') })
      .click();
    await expect(page.getByRole('region', { name: tr(lng, 'sessions', 'list.past') })).toBeVisible();
    const menu = await openMenu(page, lng);
    const sessions = await download(page, () =>
      menu.getByRole('menuitem', { name: x(lng, 'xlsx'), exact: true }).click(),
    );
    expect(sessions.file.suggestedFilename()).toMatch(/^tandem-sessions-.*\.xlsx$/);
    const { headers, data } = await readXlsx(sessions.bytes);
    expect(headers).toEqual(
      [
        'date',
        'startTime',
        'endTime',
        'kind',
        'subKind',
        'title',
        'programme',
        'place',
        'capacity',
        'expected',
        'present',
        'excused',
        'absent',
        'hours',
        'attendedHours',
      ].map((k) => x(lng, `columns.${k}`)),
    );
    expect(data.length).toBeGreaterThan(0);
    // Most recent first, as the past list shows; the sample recorded attendance for past sessions.
    const dates = data.map((r) => (r[0] as Date).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(data.some((r) => Number(r[10]) > 0)).toBe(true);

    await page.goto('/#/contacts');
    const search = page.getByRole('textbox', { name: tr(lng, 'common', 'actions.search') });
    const firstName =
      (await page
        .getByRole('region', { name: tr(lng, 'contacts', 'listLabel') })
        .getByRole('link')
        .first()
        .textContent()) ?? '';
    expect(firstName).not.toBe('');
    const family = firstName.split(' ').at(-1) ?? '';
    await search.fill(family);
    // The list follows the search a moment later (debounced), and the export takes what it shows.
    const links = page.getByRole('region', { name: tr(lng, 'contacts', 'listLabel') }).getByRole('link');
    await expect.poll(async () => (await links.allTextContents()).every((text) => text.includes(family))).toBe(true);
    // By keyboard: the menu opens on its first item, the arrow moves to CSV, Enter exports.
    await page.getByRole('button', { name: x(lng, 'button'), exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: x(lng, 'xlsx'), exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: x(lng, 'csv'), exact: true })).toBeFocused();
    const contacts = await download(page, () => page.keyboard.press('Enter'));
    const lines = contacts.bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes(family))).toBe(true);
  });
});
