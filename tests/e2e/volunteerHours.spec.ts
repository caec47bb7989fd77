import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { OverviewPage } from './pages/OverviewPage';
import { PrintPages } from './pages/PrintPages';
import { tr } from './pages/i18n';

/*
 * A mentor's volunteer hours statement on the sample office, printed in Hungarian and read back
 * from the PDF with pdftotext. The clock stands in mid-January, so the year offered is the one
 * just finished and the sample's sessions of the new year must stay off the statement.
 */

const TODAY = '2027-01-15';
const YEAR = 2026;
const hu = (key: string, values?: Record<string, string | number>) => tr('hu', 'reports', key, values);
const en = (key: string) => tr('en', 'reports', key);
const squash = (s: string) => s.replace(/\s+/g, ' ');
/** Numbers as the Hungarian statement prints them (decimal comma, at most two decimals). */
const huNumber = (n: number) => new Intl.NumberFormat('hu-HU', { maximumFractionDigits: 2 }).format(n);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Expected = {
  id: string;
  givenName: string;
  familyName: string;
  lines: { category: 'training' | 'shadowing' | 'supervision' | 'contact'; count: number; hours: number }[];
  total: number;
};

/**
 * What each mentor's statement for `year` must say, counted straight from the app's IndexedDB
 * (not through the app's code): present rows at live training and supervision sessions,
 * shadowing entries, contacts of the mentor's live pairings; tombstones never count.
 */
const expectedStatements = (page: Page, year: number): Promise<Expected[]> =>
  page.evaluate(async (y) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tandem');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error);
      });
    type Row = Record<string, unknown> & { deletedAt: string | null };
    const [mentors, sessions, attendance, shadowing, pairings, logs] = await Promise.all(
      ['mentors', 'sessions', 'attendance', 'shadowing', 'pairings', 'contactLogs'].map((s) => all<Row>(s)),
    );
    db.close();
    const inYear = (d: unknown) => typeof d === 'string' && d.startsWith(`${y}-`);
    const live = (r: Row) => r.deletedAt === null;
    const liveSessions = new Set(sessions!.filter(live).map((s) => s.id));
    const round2 = (n: number) => Math.round(n * 100) / 100;
    return mentors!.filter(live).map((m) => {
      const attended = (kind: string) =>
        attendance!.filter(
          (a) =>
            live(a) &&
            a.personId === m.id &&
            a.status === 'present' &&
            a.sessionKind === kind &&
            inYear(a.sessionDate) &&
            liveSessions.has(a.sessionId),
        );
      const mine = new Set(pairings!.filter((p) => live(p) && p.mentorId === m.id).map((p) => p.id));
      const parts = {
        training: attended('training').map((a) => a.hours as number),
        shadowing: shadowing!
          .filter((s) => live(s) && s.mentorId === m.id && inYear(s.date))
          .map((s) => s.hours as number),
        supervision: attended('supervision').map((a) => a.hours as number),
        contact: logs!
          .filter((l) => live(l) && mine.has(l.pairingId) && inYear(l.date))
          .map((l) => (l.durationMinutes as number) / 60),
      };
      const lines = (['training', 'shadowing', 'supervision', 'contact'] as const).map((category) => ({
        category,
        count: parts[category].length,
        hours: round2(parts[category].reduce((a, b) => a + b, 0)),
      }));
      return {
        id: m.id as string,
        givenName: m.givenName as string,
        familyName: m.familyName as string,
        lines,
        total: round2(lines.reduce((a, l) => a + l.hours, 0)),
      };
    });
  }, year);

test("a mentor's volunteer hours statement for last year, printed in Hungarian, read back from the PDF", async ({
  page,
}) => {
  // Sample data, two axe runs and a PDF: well over the default minute on a busy 2-core PC.
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00`) });
  const print = new PrintPages(page);
  await print.recordPrints();
  const overview = new OverviewPage(page);
  await overview.goto();
  await overview.loadSampleButton.click();
  await expect(overview.mentorsSummary).toBeVisible();

  // The mentor with hours in most categories (then the most hours) in the year just finished,
  // preferring one who has hours in the new year too: those must stay off the statement.
  const candidates = await expectedStatements(page, YEAR);
  const inNewYear = new Set((await expectedStatements(page, YEAR + 1)).filter((e) => e.total > 0).map((e) => e.id));
  expect(inNewYear.size, 'sample hours dated in the new year').toBeGreaterThan(0);
  const busiest = (e: Expected) =>
    (inNewYear.has(e.id) ? 1e6 : 0) + e.lines.filter((l) => l.hours > 0).length * 1e4 + e.total;
  const mentor = [...candidates].sort((a, b) => busiest(b) - busiest(a))[0]!;
  expect(
    mentor.lines.filter((l) => l.hours > 0).length,
    'a sample mentor with hours of several kinds',
  ).toBeGreaterThanOrEqual(3);

  // From the mentor's page: the year offered is the one just finished; print it in Hungarian.
  await page.goto(`/#/mentors/${mentor.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `${mentor.givenName} ${mentor.familyName}` })).toBeVisible();
  await page.getByRole('button', { name: en('volunteerHours.button') }).click();
  const dialog = page.getByRole('dialog', { name: en('volunteerHours.dialogTitle') });
  await expect(dialog.getByRole('combobox', { name: en('volunteerHours.year') })).toHaveValue(String(YEAR));
  await dialog.getByRole('combobox', { name: 'Language of the sheet' }).click();
  await page.getByRole('option', { name: 'Magyar' }).click();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Print', exact: true }).click();

  // The browser build shows the statement, prints it and comes back to the mentor.
  const prints = await print.printedAndBackTo(new RegExp(`#/mentors/${mentor.id}$`));
  const route = `/print/volunteer-hours/${mentor.id}?year=${YEAR}&lang=hu`;
  expect(prints.map((p) => [p.hash, p.ready])).toEqual([[`#${route}`, true]]);

  // The same route on paper: one A4 page, the name family name first, every figure as counted.
  await print.open(route);
  await expect(page.getByRole('heading', { level: 1, name: hu('volunteerHours.title') })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const pages = await print.pdfPages();
  expect(pages).toHaveLength(1);
  const text = squash(pages[0]!);
  expect(text).toContain('Híd–Silta Peer Support Association');
  expect(text).toContain(hu('volunteerHours.title'));
  expect(text).toContain(`${mentor.familyName} ${mentor.givenName}`);
  expect(text).toContain(hu('volunteerHours.body', { year: YEAR }));
  for (const line of mentor.lines)
    expect(text).toMatch(
      new RegExp(
        `${escape(hu(`volunteerHours.categories.${line.category}`))} ${line.count} ${escape(huNumber(line.hours))}(?: |$)`,
      ),
    );
  expect(text).toMatch(new RegExp(`${escape(hu('volunteerHours.total'))} ${escape(huNumber(mentor.total))}(?: |$)`));
  expect(text).toContain(hu('volunteerHours.definitions.contact'));
  // Made on the (frozen) day it was printed, with a line for the signature.
  expect(text).toContain(hu('volunteerHours.date', { date: '2027. 01. 15.' }));
  expect(text).toContain(hu('volunteerHours.signature'));
});

test('a statement without a year says what to do and never becomes ready', async ({ page }) => {
  const print = new PrintPages(page);
  await print.openApp();
  await page.goto('/#/print/volunteer-hours/00000000-0000-4000-8000-000000000001');
  await expect(page.getByRole('alert')).toContainText(en('volunteerHours.invalidYear'));
  await expect(page.locator('[data-print-ready="true"]')).toHaveCount(0);
});
