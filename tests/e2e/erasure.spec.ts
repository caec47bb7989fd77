import type { Page } from '@playwright/test';
import type { Language } from '../../shared/domain/base';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { MentorFormPage } from './pages/MentorFormPage';
import { tr } from './pages/i18n';

/*
 * Erasing a mentor from their page, in Hungarian and in Finnish: the confirmation says what goes,
 * the erasure needs a tick, and afterwards nothing of the person is left in the page or in any
 * IndexedDB store of the app.
 */

/** Every store of the app's database, as one string (what a curious person could read). */
const dumpDatabase = (page: Page): Promise<string> =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = [...idb.objectStoreNames];
          const tx = idb.transaction(names, 'readonly');
          const parts: unknown[] = [];
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => parts.push(req.result);
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(JSON.stringify(parts));
          };
        };
      }),
  );

const eraseAMentor = async (
  page: Page,
  lng: Language,
  person: { givenName: string; familyName: string; email: string },
) => {
  const t = (key: string, values: Record<string, string | number> = {}) => tr(lng, 'privacy', key, values);
  const form = new MentorFormPage(page, lng);
  await form.gotoNew();
  await form.fill(person);
  await form.save();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const url = page.url();
  expect(await dumpDatabase(page)).toContain(person.email);

  await page.getByRole('button', { name: t('erase.open') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('erasure-preview')).toBeVisible();
  await expect(dialog.getByText(t('erase.goes.record'))).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const confirm = dialog.getByRole('button', { name: t('erase.confirm'), exact: true });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('checkbox', { name: t('erase.understood') }).check();
  await confirm.click();

  await expect(page.getByText(t('erase.done'))).toBeVisible();
  await expect(page).toHaveURL(/#\/mentors$/);
  await expect(page.getByText(person.familyName)).toHaveCount(0);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const html = await page.content();
  const stored = await dumpDatabase(page);
  for (const s of [person.givenName, person.familyName, person.email]) {
    expect(html).not.toContain(s);
    expect(stored).not.toContain(s);
  }
};

test.describe('in Hungarian', () => {
  test.use({ language: 'hu' });
  test('a mentor erased for good: gone from the page and from every store', async ({ page }) => {
    await eraseAMentor(page, 'hu', {
      givenName: 'Tímeaqx',
      familyName: 'Törlendőqx',
      email: 'torlendo.qx@example.org',
    });
  });
});

test.describe('in Finnish', () => {
  test.use({ language: 'fi' });
  test('a mentor erased for good: gone from the page and from every store', async ({ page }) => {
    await eraseAMentor(page, 'fi', {
      givenName: 'Äiliqx',
      familyName: 'Poistettavaqx',
      email: 'poistettava.qx@example.org',
    });
  });
});
