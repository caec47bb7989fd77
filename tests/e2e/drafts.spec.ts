import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { MentorFormPage } from './pages/MentorFormPage';
import { tr } from './pages/i18n';

/**
 * Drafts are never lost (issue 23): a mentor half-typed key by key survives a reload, is offered
 * back, and goes once saved or discarded.
 */

/** The drafts this PC keeps, read straight from IndexedDB (the app's `drafts` store). */
const drafts = (page: Page): Promise<{ id: string; values: Record<string, unknown> }[]> =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('drafts').objectStore('drafts').getAll();
          read.onsuccess = () => {
            db.close();
            resolve(read.result as { id: string; values: Record<string, unknown> }[]);
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );

const notes = (page: Page) => page.getByRole('textbox', { name: tr('en', 'mentors', 'fields.notes') });
const banner = (page: Page) => page.getByTestId('draft-banner');

test('a half-typed mentor survives a reload, is continued and saved, and its draft goes', async ({ page }) => {
  const form = new MentorFormPage(page);
  await form.gotoNew();
  await form.field('givenName').pressSequentially('Aino');
  await form.field('familyName').pressSequentially('Kor');
  await notes(page).pressSequentially('Called about the training in March.');
  // Written a second after the last key.
  await expect.poll(async () => (await drafts(page)).map((d) => d.id)).toEqual(['mentor:new']);
  await expect.poll(async () => (await drafts(page))[0]?.values.notes).toBe('Called about the training in March.');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: tr('en', 'mentors', 'form.createTitle') }).waitFor();
  await expect(banner(page)).toBeVisible();
  await expect(form.field('givenName')).toHaveValue('');
  await expectNoSeriousA11yViolations(page);
  const cont = page.getByRole('button', { name: /^Continue the draft from \d{2}:\d{2}$/ });
  await cont.click();
  await expect(banner(page)).toHaveCount(0);
  await expect(form.field('givenName')).toHaveValue('Aino');
  await expect(form.field('familyName')).toHaveValue('Kor');
  await expect(notes(page)).toHaveValue('Called about the training in March.');

  // Go on typing at the end of what was restored.
  await form.field('familyName').click();
  await page.keyboard.press('End');
  await page.keyboard.type('honen');
  await expect(form.field('familyName')).toHaveValue('Korhonen');
  await form.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Aino Korhonen' })).toBeVisible();
  await expect.poll(async () => (await drafts(page)).length).toBe(0);

  // A new form starts empty, with nothing to offer.
  await form.gotoNew();
  await expect(form.field('givenName')).toHaveValue('');
  await page.waitForTimeout(500);
  await expect(banner(page)).toHaveCount(0);
});

test('a draft can be discarded, and then nothing is offered again', async ({ page }) => {
  const form = new MentorFormPage(page);
  await form.gotoNew();
  await form.field('givenName').pressSequentially('Erkki');
  await expect.poll(async () => (await drafts(page)).length).toBe(1);
  await page.reload();
  await expect(banner(page)).toBeVisible();
  await page.getByRole('button', { name: tr('en', 'common', 'drafts.discard') }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(form.field('givenName')).toHaveValue('');
  await expect.poll(async () => (await drafts(page)).length).toBe(0);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: tr('en', 'mentors', 'form.createTitle') }).waitFor();
  await page.waitForTimeout(500);
  await expect(banner(page)).toHaveCount(0);
});
