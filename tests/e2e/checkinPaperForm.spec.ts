import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { PrintPages } from './pages/PrintPages';
import { menteeRow, mentorRow, pairingRow, programmeRow, settingsRow, uuid, type SeedRows } from './pages/seedRecords';
import { tr } from './pages/i18n';
import { GOOD_FIT_TEXT, PAIRING_QUESTIONNAIRE_V1 } from '../../shared/checkins/questionnaire';

/*
 * The paper check-in form, checked the way it reaches a mentor or mentee: Chromium renders the
 * printable route to PDF and pdftotext reads it back. The pairing's code and the date are on it,
 * the statements are in the chosen language, and no name of either person is anywhere.
 */

const MENTOR = uuid(3, 1);
const MENTEE = uuid(5, 1);
const PAIRING = uuid(11, 1);
const CODE = 'HF-007';
const NAMES = ['Aino', 'Korhonen', 'Titkos', 'Ügyfél'];

const seed = (): SeedRows => ({
  settings: [settingsRow({ organisationName: 'Sorstárs Egyesület', address: '1071 Budapest, Példa utca 1.' })],
  programmes: [programmeRow()],
  mentors: [
    mentorRow(MENTOR, {
      givenName: 'Aino',
      familyName: 'Korhonen',
      email: 'aino@example.org',
      phone: '+358 40 123 4567',
      preferredLanguage: 'fi',
    }),
  ],
  mentees: [menteeRow(MENTEE, { code: CODE, givenName: 'Titkos', familyName: 'Ügyfél', status: 'paired' })],
  pairings: [pairingRow(PAIRING, { mentorId: MENTOR, menteeId: MENTEE })],
});

const squash = (s: string) => s.replace(/\s+/g, ' ');
const item = PAIRING_QUESTIONNAIRE_V1.items[1]!;

const LANGUAGES = [
  { lng: 'en', date: '20/11/2026', kind: 'Check-in form — mentee', respondent: 'mentee' },
  { lng: 'hu', date: '2026. 11. 20.', kind: 'Visszajelző kérdőív — mentor', respondent: 'mentor' },
  { lng: 'fi', date: '20.11.2026', kind: 'Kuulumiskysely — tuettava', respondent: 'mentee' },
] as const;

for (const L of LANGUAGES) {
  test(`the ${L.respondent}'s paper form prints on one page in ${L.lng}, with the code and date and no names`, async ({
    page,
  }) => {
    const print = new PrintPages(page);
    await print.openApp();
    await print.seed(seed());
    await print.open(`/print/checkin-form/${PAIRING}?respondent=${L.respondent}&date=2026-11-20&lang=${L.lng}`);

    const pages = await print.pdfPages();
    expect(pages).toHaveLength(1);
    const text = squash(pages[0]!);
    for (const expected of [
      'Sorstárs Egyesület',
      L.kind,
      PAIRING_QUESTIONNAIRE_V1.title[L.lng],
      tr(L.lng, 'checkins', 'paper.code'),
      CODE,
      L.date,
      item.text[L.lng],
      GOOD_FIT_TEXT.question[L.lng],
      GOOD_FIT_TEXT.answers.notSure[L.lng],
      tr(L.lng, 'checkins', 'paper.note'),
    ])
      expect(text).toContain(expected);
    // Every statement has its row of boxes 1–5, numbered as on the screen where it is typed back.
    expect(text).toContain(`8. ${PAIRING_QUESTIONNAIRE_V1.items[7]!.text[L.lng]}`);
    for (const name of [...NAMES, '@example.org', '+358']) expect(text).not.toContain(name);
  });
}

test('the paper form on screen passes axe', async ({ page }) => {
  const print = new PrintPages(page);
  await print.openApp();
  await print.seed(seed());
  await print.open(`/print/checkin-form/${PAIRING}?respondent=mentor&date=2026-11-20`);
  await expect(page.getByRole('heading', { level: 1, name: PAIRING_QUESTIONNAIRE_V1.title.en })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a deleted or unknown pairing shows what to do and never becomes ready', async ({ page }) => {
  const print = new PrintPages(page);
  await print.openApp();
  await page.goto(`/#/print/checkin-form/${uuid(11, 77)}`);
  await expect(page.getByRole('alert')).toContainText(tr('en', 'checkins', 'paper.notFound'));
  await expect(page.locator('[data-print-ready="true"]')).toHaveCount(0);
});

test('"Print mentee\'s paper form" on the pairing page prints it in the chosen language with today\'s date', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-22T09:00:00') });
  const print = new PrintPages(page);
  await print.recordPrints();
  await print.openApp();
  await print.seed(seed());
  await page.goto(`/#/pairings/${PAIRING}`);
  const panel = page.locator('[data-panel="checkins"]');
  await panel.getByRole('button', { name: tr('en', 'checkins', 'paper.button.mentee') }).click();
  const dialog = page.getByRole('dialog', { name: tr('en', 'checkins', 'paper.dialogTitle.mentee') });
  await expect(dialog).toBeVisible();
  // The app's language is the default; the coordinator picks the mentee's.
  await expect(dialog.getByRole('combobox', { name: tr('en', 'checkins', 'paper.language') })).toHaveValue('English');
  await dialog.getByRole('combobox', { name: tr('en', 'checkins', 'paper.language') }).click();
  await page.getByRole('option', { name: 'Suomi' }).click();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: tr('en', 'print', 'dialog.print'), exact: true }).click();

  // The browser build shows the form, prints it, and comes back to the pairing.
  const prints = await print.printedAndBackTo(new RegExp(`#/pairings/${PAIRING}$`));
  expect(prints).toHaveLength(1);
  expect(prints[0]!.hash).toBe(`#/print/checkin-form/${PAIRING}?respondent=mentee&date=2026-11-22&lang=fi`);
  expect(prints[0]!.ready).toBe(true);
  for (const expected of [CODE, '22.11.2026', item.text.fi, 'Kuulumiskysely — tuettava'])
    expect(prints[0]!.text).toContain(expected);
  for (const name of NAMES) expect(prints[0]!.text).not.toContain(name);
});
