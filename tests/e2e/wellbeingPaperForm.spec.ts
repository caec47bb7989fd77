import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { PrintPages } from './pages/PrintPages';
import { uuid } from './pages/seedRecords';
import { tr } from './pages/i18n';
import { WELLBEING_QUESTIONNAIRE_V1 } from '../../shared/care/wellbeingQuestionnaire';
import { pseudonymousRef } from '../../shared/privacy/subjectAccess';
import { MENTOR, NAMES, wellbeingSeed } from './wellbeingSeed';

/*
 * The printed wellbeing form (issue 25), checked the way it reaches a mentor: Chromium renders
 * the printable route to PDF and pdftotext reads it back. In every language it is one page with
 * the mentor's code, the date and every statement with its number, and the mentor's name,
 * e-mail and phone are nowhere on it.
 */

const CODE = pseudonymousRef('mentor', MENTOR);
const squash = (s: string) => s.replace(/\s+/g, ' ');
const q = WELLBEING_QUESTIONNAIRE_V1;

const LANGUAGES = [
  { lng: 'en', date: '20/11/2026' },
  { lng: 'hu', date: '2026. 11. 20.' },
  { lng: 'fi', date: '20.11.2026' },
  { lng: 'sr-Latn', date: '20.11.2026.' },
  { lng: 'sr-Cyrl', date: '20.11.2026.' },
] as const;

for (const L of LANGUAGES) {
  test(`the wellbeing form prints on one page in ${L.lng}, with the mentor's code and the date and no name`, async ({
    page,
  }) => {
    const print = new PrintPages(page);
    await print.openApp();
    await print.seed(wellbeingSeed());
    await print.open(`/print/wellbeing-form/${MENTOR}?date=2026-11-20&lang=${L.lng}`);

    const pages = await print.pdfPages();
    expect(pages).toHaveLength(1);
    const text = squash(pages[0]!);
    for (const expected of [
      'Sorstárs Egyesület',
      tr(L.lng, 'care', 'paper.title'),
      q.title[L.lng],
      tr(L.lng, 'care', 'paper.code'),
      CODE,
      tr(L.lng, 'care', 'paper.date'),
      L.date,
      tr(L.lng, 'care', 'paper.comments'),
      tr(L.lng, 'care', 'paper.version', { version: 1 }),
      // The scale's words head the boxes (a two-word label may wrap in its narrow column).
      ...q.scale.labels.flatMap((label) => label[L.lng].split(' ')),
    ])
      expect(text).toContain(expected);
    // Every statement with its row of boxes 1–5 (and the boxes' heading), numbered 1.–6. as on
    // the screen where the answers are typed back in. A long statement wraps in its cell, so its
    // lines come out between its number and its boxes: read without those, each is whole.
    // (The heading's numbers come out in one run too, unless a wrapped label splits them.)
    expect(text.split(' 1 2 3 4 5').length - 1).toBeGreaterThanOrEqual(q.items.length);
    expect(text.split(' 1 2 3 4 5').length - 1).toBeLessThanOrEqual(q.items.length + 1);
    for (const n of q.items.keys()) expect(text).toMatch(new RegExp(`(^| )${n + 1}\\. `));
    const statements = text.replaceAll(' 1 2 3 4 5', '').replace(/(^| )\d\. /g, ' ');
    for (const item of q.items) expect(statements).toContain(item.text[L.lng]);
    for (const name of NAMES) expect(text).not.toContain(name);
  });
}

test('the wellbeing form on screen passes axe', async ({ page }) => {
  const print = new PrintPages(page);
  await print.openApp();
  await print.seed(wellbeingSeed());
  await print.open(`/print/wellbeing-form/${MENTOR}?date=2026-11-20`);
  await expect(page.getByRole('heading', { level: 1, name: q.title.en })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('an unknown mentor shows what is wrong and never becomes ready', async ({ page }) => {
  const print = new PrintPages(page);
  await print.openApp();
  await page.goto(`/#/print/wellbeing-form/${uuid(3, 77)}`);
  await expect(page.getByRole('alert')).toContainText(tr('en', 'care', 'paper.notFound'));
  await expect(page.locator('[data-print-ready="true"]')).toHaveCount(0);
});
