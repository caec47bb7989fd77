import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { OverviewPage } from './pages/OverviewPage';
import { PrintPages } from './pages/PrintPages';
import { meta, mentorRow, settingsRow, uuid, type SeedRows } from './pages/seedRecords';
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
  await overview.loadSample();

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

/*
 * The printed report read back from the PDF: a small hand-built office whose figures for 2026
 * are known, printed by Chromium and read with pdftotext (figures, definitions, page numbers)
 * and pdfimages (the logo).
 */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const PNG_1PX =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const [AINO, EERO] = [uuid(3, 1), uuid(3, 2)];
const [FIRST_DAY, LAST_DAY, YEAR_BEFORE] = [uuid(2, 1), uuid(2, 2), uuid(2, 3)];

/** A mentor of no programme, active since `since`. */
const mentor = (id: string, givenName: string, familyName: string, since: string) =>
  mentorRow(id, {
    givenName,
    familyName,
    programmeIds: [],
    statusHistory: [{ status: 'active', date: since, reason: '', override: null }],
  });

const caseDiscussion = (id: string, date: string, endTime: string) => ({
  ...meta(id),
  title: 'Tapauskonsultaatio',
  kind: 'supervision',
  subKind: 'caseDiscussion',
  programmeId: null,
  date,
  startTime: '14:00',
  endTime,
  place: '',
  facilitators: [],
  capacity: 10,
  topic: '',
  expected: [],
  confidentialNotes: '',
  followUps: [],
  moduleIds: [],
  language: null,
  seriesId: null,
  warnings: [],
  facilitatorIds: [],
  expectedIds: [],
});

const attended = (sessionId: string, sessionDate: string, personId: string, status: string, hours: number) => ({
  ...meta(`${sessionId.slice(0, 24)}${personId.slice(24)}`),
  sessionId,
  personKind: 'mentor',
  personId,
  walkInName: '',
  status,
  hours,
  sessionDate,
  sessionKind: 'supervision',
});

const reportSeed = (): SeedRows => ({
  settings: [
    settingsRow({
      organisationName: 'Vertaistuki ry',
      address: 'Hämeenkatu 1, 33100 Tampere',
      logoDataUrl: PNG_1PX,
      defaultLanguage: 'fi',
    }),
  ],
  // Aino joined on the year's first day; Eero has been active since 2025.
  mentors: [mentor(AINO, 'Aino', 'Virtanen', '2026-01-01'), mentor(EERO, 'Eero', 'Korhonen', '2025-03-01')],
  // Case discussions on the year's first and last day (2 h and 1.5 h) and on the day before it.
  sessions: [
    caseDiscussion(FIRST_DAY, '2026-01-01', '16:00'),
    caseDiscussion(LAST_DAY, '2026-12-31', '15:30'),
    caseDiscussion(YEAR_BEFORE, '2025-12-31', '16:00'),
  ],
  attendance: [
    attended(FIRST_DAY, '2026-01-01', AINO, 'present', 2),
    attended(FIRST_DAY, '2026-01-01', EERO, 'absent', 0),
    attended(LAST_DAY, '2026-12-31', AINO, 'present', 1.5),
    attended(YEAR_BEFORE, '2025-12-31', EERO, 'present', 2),
  ],
});

test('the printed report in Finnish, read back from the PDF: figures, definitions, logo and page numbers', async ({
  page,
}) => {
  const print = new PrintPages(page);
  await print.openApp();
  await print.seed(reportSeed());
  await print.open('/print/report?from=2026-01-01&to=2026-12-31');

  // The logo is printed beside the organisation's name, so it is decorative: an empty alt.
  const logo = page.locator('img.tp-logo');
  await expect(logo).toHaveAttribute('alt', '');
  await expect(logo).toHaveAttribute('src', PNG_1PX);
  await expect(page.locator('.tp-org-name')).toHaveText('Vertaistuki ry');

  const { pages, imagePages } = await print.pdf();
  // The logo is in the PDF, once, on the first page.
  expect(imagePages).toEqual([1]);
  // Every page is numbered at its foot: "Sivu 1 / 3" …
  expect(pages.length).toBeGreaterThan(1);
  const pageNumber = (n: number) => tr(lng, 'print', 'sheet.page', { page: n, pages: pages.length });
  pages.forEach((text, i) =>
    expect(text.trimEnd().endsWith(pageNumber(i + 1)), `page ${i + 1} ends "${pageNumber(i + 1)}"`).toBe(true),
  );
  const text = squash(pages.map((p, i) => p.trimEnd().slice(0, -pageNumber(i + 1).length)).join('\n'));

  expect(squash(pages[0]!)).toContain('Vertaistuki ry');
  expect(squash(pages[0]!)).toContain(t('cover.title'));
  expect(squash(pages[0]!)).toContain('01.01.2026 – 31.12.2026');

  // Figures with the previous year (2025) beside them, as counted by hand from the seed.
  const row = (figure: string, detail: string, value: string, previous: string) =>
    new RegExp(`${t(`figures.${figure}.label`)} ${detail ? `${detail} ` : ''}${value} ${previous}(?: |$)`);
  const caseDiscussions = tr(lng, 'sessions', 'subKinds.caseDiscussion');
  expect(text).toMatch(row('activeAtEnd', '', '2', '1'));
  expect(text).toMatch(row('newApplicants', '', '1', '1'));
  expect(text).toMatch(row('supervisionSessions', caseDiscussions, '2', '1'));
  expect(text).toMatch(row('supervisionHours', caseDiscussions, '3,5', '2'));
  expect(text).toMatch(row('supervisionParticipants', caseDiscussions, '1', '1'));
  expect(text).toMatch(row('mentorsWithoutSupervision', '', '1', '0'));
  expect(text).toMatch(row('trainingSessions', '', '0', '0'));

  // Every section, and the definition of every figure, in words the funder can read.
  for (const section of ['mentors', 'training', 'supervision', 'groups', 'events', 'pairings', 'contacts', 'mentees'])
    expect(text).toContain(t(`sections.${section}`));
  expect(text).toContain(t('columns.definition'));
  for (const figure of [
    'activeAtEnd',
    'supervisionSessions',
    'supervisionHours',
    'mentorsWithoutSupervision',
    'contactHours',
    'crisisContacts',
    'menteesByStatusAtEnd',
  ])
    expect(text).toContain(squash(t(`figures.${figure}.definition`)));
  // Names of people are never in the report.
  for (const name of ['Aino', 'Virtanen', 'Eero', 'Korhonen']) expect(text).not.toContain(name);
});
