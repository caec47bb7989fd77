import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { MenteePages } from './pages/MenteePages';
import { OverviewPage } from './pages/OverviewPage';
import { tr } from './pages/i18n';

/**
 * Two PCs (two browser contexts) sync through a shared folder. Each context's origin-private
 * folder (`navigator.storage.getDirectory()`) stands in for the folder the coordinator picks; the
 * test plays the sync engine by copying the `tandem-sync-…` files from one to the other.
 */

// Scrypt and a merge of the sample office's data in each look: slow on a loaded 2-core machine.
test.setTimeout(360_000);

const PASSPHRASE = 'seven quiet otters share one river';
const t = (key: string, values: Record<string, string | number> = {}) => tr('en', 'sharedFolder', key, values);

const newPc = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (!localStorage.getItem('tandem.language')) localStorage.setItem('tandem.language', 'en');
    // The directory picker answers with a folder in the origin-private file system.
    Object.assign(window, {
      showDirectoryPicker: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('shared', { create: true }),
    });
  });
  return page;
};

/** The sync files in a PC's shared folder, by name, with their bytes (base64). */
const syncFiles = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('shared', { create: true });
    const out: Record<string, string> = {};
    for await (const [name, handle] of (
      dir as unknown as { entries: () => AsyncIterable<[string, FileSystemHandle]> }
    ).entries()) {
      if (handle.kind !== 'file' || !name.startsWith('tandem-sync-')) continue;
      const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      out[name] = btoa(binary);
    }
    return out;
  });

/** The sync engine: every sync file of `from` copied into `to`'s folder. */
const carry = async (from: Page, to: Page): Promise<void> => {
  const files = await syncFiles(from);
  expect(Object.keys(files).length).toBeGreaterThan(0);
  await to.evaluate(async (files) => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('shared', { create: true });
    for (const [name, base64] of Object.entries(files)) {
      const binary = atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(bytes);
      await writable.close();
    }
  }, files);
};

/** Settings through the sidebar, as a coordinator goes there. */
const openSettings = async (page: Page): Promise<void> => {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: tr('en', 'common', 'nav.settings') })
    .click();
  await expect(page.getByTestId('shared-folder-panel')).toBeVisible();
};

const setUp = async (page: Page, pcName: string): Promise<void> => {
  await openSettings(page);
  const panel = page.getByTestId('shared-folder-panel');
  await panel.getByRole('button', { name: t('setUp.choose') }).click();
  await expect(panel.getByTestId('shared-folder-chosen')).toHaveText(t('setUp.chosen', { folder: 'shared' }));
  await panel.getByRole('textbox', { name: t('setUp.pcName') }).fill(pcName);
  await panel.getByLabel(t('setUp.passphrase')).fill(PASSPHRASE);
  await panel.getByRole('button', { name: t('setUp.start') }).click();
  await expect(panel.getByTestId('shared-folder-written')).toContainText('last written', { timeout: 120_000 });
};

const syncNow = async (page: Page): Promise<void> => {
  await openSettings(page);
  const panel = page.getByTestId('shared-folder-panel');
  const button = panel.getByRole('button', { name: t('status.syncNow') });
  await button.click();
  await expect(button).not.toHaveAttribute('data-loading', 'true', { timeout: 120_000 });
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
  await expect(mentees.codeHeading).toBeVisible();
};

const expectMentee = async (page: Page, givenName: string): Promise<void> => {
  const mentees = new MenteePages(page);
  await page.goto('/#/mentees');
  await mentees.search.fill(givenName);
  await expect(mentees.rows).toHaveCount(1, { timeout: 60_000 });
};

test('two PCs sync through a shared folder: a new PC joins, a mentee added on each reaches the other, the browser asks the passphrase again after a reload', async ({
  browser,
}) => {
  const a = await newPc(browser);
  const b = await newPc(browser);

  // PC A holds the organisation's data and sets up the folder.
  const overview = new OverviewPage(a);
  await overview.goto();
  await overview.loadSampleButton.click();
  await expect(overview.mentorsSummary).toBeVisible();
  await addMentee(a, 'Aliisa');
  await setUp(a, 'Szeged office');
  await a.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(a);
  expect(Object.keys(await syncFiles(a))).toEqual([expect.stringMatching(/^tandem-sync-.+-szeged-office\.age$/)]);

  // PC B is new: with the folder and the passphrase its first look brings everything.
  await b.goto('/');
  await carry(a, b);
  await setUp(b, 'Helsinki desk');
  await expect(b.getByTestId('sync-status-line').first()).toContainText('In step with Szeged office', {
    timeout: 120_000,
  });
  await expectMentee(b, 'Aliisa');

  // B adds a mentee; its file reaches A, and A merges it.
  await addMentee(b, 'Bence');
  await syncNow(b);
  await carry(b, a);
  await syncNow(a);
  await expectMentee(a, 'Bence');
  // The mentee shows as soon as the merge is written; the peer's state is recorded when the whole
  // cycle ends, after A has written its own file again (an encryption that took over 10 s in CI).
  await expect(a.getByTestId('sync-status-line').first()).toContainText('Helsinki desk', { timeout: 60_000 });
  await openSettings(a);
  await expect(a.getByTestId('shared-folder-peers')).toContainText('Helsinki desk');
  await a.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(a);

  // After a reload the browser has forgotten the passphrase: syncing waits until it is typed.
  await a.reload();
  await openSettings(a);
  const panel = a.getByTestId('shared-folder-panel');
  await expect(panel.getByRole('button', { name: t('unlock.resume') })).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousA11yViolations(a);
  await panel.getByLabel(t('setUp.passphrase'), { exact: true }).fill(PASSPHRASE);
  await panel.getByRole('button', { name: t('unlock.resume') }).click();
  await expect(panel.getByRole('button', { name: t('unlock.resume') })).toHaveCount(0, { timeout: 30_000 });
  await expect(panel.getByRole('button', { name: t('status.syncNow') })).toBeVisible();
});
