import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppLockCard, LockScreen } from './pages/AppLockPages';
import { OverviewPage } from './pages/OverviewPage';
import { MentorsListPage } from './pages/MentorsListPage';
import { MentorDetailPage } from './pages/MentorDetailPage';
import type { Language } from '../../shared/domain/base';

// Every check of a PIN or passphrase is scrypt at its real work factor: most of a second here.
test.setTimeout(120_000);

/** axe at rest: the pointer off the button it just pressed (its hover shade is darker). */
const checkA11y = async (page: Page) => {
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page);
};

/** Sample data, and the page of one of its mentors: the name this test looks for in the page. */
const openAMentor = async (page: Page, lng: Language): Promise<string> => {
  const overview = new OverviewPage(page, lng);
  await overview.goto();
  await overview.loadSampleButton.click();
  await expect(overview.mentorsSummary).toBeVisible();
  const list = new MentorsListPage(page, lng);
  await list.goto();
  await list.rows.first().click();
  await page.waitForURL(/#\/mentors\/[0-9a-f-]{36}$/);
  await new MentorDetailPage(page, lng).history.waitFor();
  const name = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  expect(name.length).toBeGreaterThan(3);
  return name;
};

for (const lng of ['hu', 'fi'] as const) {
  test.describe(`in ${lng}`, () => {
    test.use({ language: lng });

    test('after the idle minutes the data leaves the page, and only the right passphrase brings it back', async ({
      page,
    }) => {
      await page.clock.install();
      const card = new AppLockCard(page, lng);
      const lock = new LockScreen(page, lng, 'passphrase');
      const passphrase = lng === 'hu' ? 'Kossuth tér 3, második emelet' : 'Hämeenkatu 12, toinen kerros';

      const name = await openAMentor(page, lng);
      const mentorUrl = page.url();

      await card.goto();
      await expect(card.status).toHaveText(card.t('card.off'));
      await expect(card.card).toContainText(card.t('card.disk'));
      await expect(card.card).toContainText(card.t('card.forgotten'));
      await checkA11y(page);

      // The rules are explained in the field, and the backup warning must be acknowledged.
      await card.set('12345', { understood: false });
      await expect(card.card.getByText(card.t('rules.pinTooShort', { digits: 6 }))).toBeVisible();
      await expect(card.card.getByText(card.t('rules.understand'))).toBeVisible();
      await checkA11y(page);
      await card.set(passphrase);
      await expect(card.status).toHaveText(card.t('card.on.passphrase_other', { count: 10 }));
      await expect(page.getByText(card.t('card.setDone'))).toBeVisible();
      await checkA11y(page);

      // Setting the lock does not lock: the coordinator goes on working.
      await page.goto(mentorUrl);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      expect(await page.content()).toContain(name);

      // Ten minutes without mouse or keyboard.
      await page.clock.fastForward('10:01');
      await expect(lock.heading).toBeVisible();
      const locked = await page.content();
      expect(locked).not.toContain(name);
      expect(page.url()).toBe(mentorUrl);
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await page.getByRole('button', { name: lock.t('screen.forgot.passphrase') }).click();
      await expect(page.getByText(lock.t('screen.forgotHelp.intro'))).toBeVisible();
      await checkA11y(page);

      // A wrong passphrase: a message and a wait, growing with the next wrong one.
      await lock.attempt(`${passphrase}!`);
      await expect(lock.message).toContainText(lock.t('screen.wrong.passphrase'));
      await expect(lock.message).toContainText(lock.t('screen.wait_other', { count: 2 }));
      await expect(lock.unlockButton).toBeDisabled();
      await checkA11y(page);
      await page.clock.fastForward(2_500);
      await expect(lock.message).not.toContainText(lock.t('screen.wait_other', { count: 2 }));
      await lock.attempt(passphrase.toUpperCase());
      await expect(lock.message).toContainText(lock.t('screen.wait_other', { count: 4 }));
      await expect(lock.message).toContainText(lock.t('screen.failedCount_other', { count: 2 }));
      // Even the right passphrase waits for the delay.
      await lock.field.fill(passphrase);
      await expect(lock.unlockButton).toBeDisabled();
      expect(await page.content()).not.toContain(name);

      await page.clock.fastForward(4_500);
      await expect(lock.unlockButton).toBeEnabled();
      await lock.unlockButton.click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      expect(page.url()).toBe(mentorUrl);
      expect(await page.content()).toContain(name);
    });
  });
}

test('locks at start and on Lock now, keeps the wait over a reload, and is turned off with the PIN', async ({
  page,
}) => {
  const card = new AppLockCard(page);
  const lock = new LockScreen(page, 'en', 'pin');
  const name = await openAMentor(page, 'en');
  const mentorUrl = page.url();
  await expect(lock.lockNowButton).toHaveCount(0);

  await card.goto();
  await card.set('583920');
  await expect(card.status).toHaveText(card.t('card.on.pin_other', { count: 10 }));

  await page.goto(mentorUrl);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await lock.lockNowButton.click();
  await expect(lock.heading).toBeVisible();
  expect(await page.content()).not.toContain(name);

  // A wrong PIN, then a reload: the wait and the count are still there, the lock too.
  await lock.attempt('583921');
  await expect(lock.message).toContainText(lock.t('screen.wrong.pin'));
  await page.reload();
  await expect(lock.heading).toBeVisible();
  await expect(lock.message).toContainText(lock.t('screen.failedCount_one', { count: 1 }));
  await lock.field.fill('583920');
  expect(await page.content()).not.toContain(name);
  await expect(lock.unlockButton).toBeEnabled({ timeout: 5_000 });
  await lock.unlockButton.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Every start asks for the PIN.
  await page.reload();
  await expect(lock.heading).toBeVisible();
  expect(await page.content()).not.toContain(name);
  await lock.attempt('583920');

  await card.goto();
  await card.remove('pin', '583920');
  await expect(card.status).toHaveText(card.t('card.off'));
  await page.reload();
  await expect(card.card).toBeVisible();
  await expect(lock.heading).toHaveCount(0);
  await expect(lock.lockNowButton).toHaveCount(0);
});
