import { expect, type Download, type Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';

/** Something a test does while a backup is being made or opened (the progress is showing). */
export type WhileWorking = (page: Page) => Promise<void>;

/** The backup page: export, open (import or drill), undo. */
export class BackupPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  t(key: string, values: Record<string, string | number> = {}) {
    return tr(this.lng, 'backup', key, values);
  }

  async goto() {
    await this.page.goto('/#/backup');
    await this.heading.waitFor();
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('title') });
  }

  /** Suggests a passphrase, makes the backup and returns the passphrase and the download. */
  async exportWithSuggestedPassphrase(
    whileWorking?: WhileWorking,
  ): Promise<{ passphrase: string; download: Download }> {
    await this.page.getByRole('button', { name: this.t('export.suggest') }).click();
    const passphrase = (
      await this.page.getByTestId('suggested-passphrase').locator('pre, code').first().innerText()
    ).trim();
    return { passphrase, download: await this.makeBackup(whileWorking) };
  }

  async exportWithTypedPassphrase(passphrase: string): Promise<Download> {
    await this.page.getByLabel(this.t('export.passphrase'), { exact: true }).fill(passphrase);
    await this.page.getByLabel(this.t('export.repeat'), { exact: true }).fill(passphrase);
    return this.makeBackup();
  }

  private async makeBackup(whileWorking?: WhileWorking): Promise<Download> {
    const downloading = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.page.getByRole('button', { name: this.t('export.start') }).click();
    if (whileWorking) await whileWorking(this.page);
    const download = await downloading;
    await expect(this.page.getByTestId('backup-saved')).toBeVisible({ timeout: 60_000 });
    return download;
  }

  private panel(mode: 'import' | 'drill') {
    return this.page.getByTestId(`backup-${mode}-panel`);
  }

  async chooseFile(mode: 'import' | 'drill', path: string) {
    const choosing = this.page.waitForEvent('filechooser');
    await this.panel(mode)
      .getByRole('button', { name: this.t('open.choose') })
      .click();
    await (await choosing).setFiles(path);
    await expect(this.panel(mode).getByText(this.t('open.chosen', { name: '' }).trim())).toBeVisible();
  }

  async open(mode: 'import' | 'drill', passphrase: string, whileWorking?: WhileWorking) {
    await this.panel(mode).getByLabel(this.t('open.passphrase')).fill(passphrase);
    await this.panel(mode)
      .getByRole('button', { name: mode === 'import' ? this.t('open.check') : this.t('open.test') })
      .click();
    if (whileWorking) await whileWorking(this.page);
  }

  error(mode: 'import' | 'drill') {
    return this.panel(mode).getByTestId('backup-error');
  }

  ok(mode: 'import' | 'drill') {
    return this.panel(mode).getByTestId(`backup-${mode}-ok`);
  }

  reportRow(mode: 'import' | 'drill', table: string) {
    return this.panel(mode).getByTestId(`report-row-${table}`);
  }

  /** Replace or merge, confirmed in the dialog; waits until the import is done. */
  async importAs(action: 'replace' | 'merge') {
    await this.panel('import')
      .getByRole('button', { name: this.t(`import.${action}`) })
      .click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: this.t(`import.${action}`) })
      .click();
    await expect(this.page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });
  }

  async undoLastImport() {
    await this.page.getByRole('button', { name: this.t('undo.button') }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: this.t('undo.button') })
      .click();
    await expect(this.page.getByTestId('undo-result')).toHaveText(this.t('undo.done'));
  }
}

/**
 * In the page: the name of the database holding the app's data. A Replace writes a new database
 * and points `tandem-pointer` at it (renderer/db/databaseSwitch.ts); without a pointer it is
 * `tandem`. The pointer is only read when it exists, so reading it never creates it.
 */
const currentDatabase = async (): Promise<string> => {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('tandem-pointer')) return 'tandem';
  return new Promise<string>((resolve, reject) => {
    const open = indexedDB.open('tandem-pointer');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const conn = open.result;
      if (!conn.objectStoreNames.contains('pointer')) {
        conn.close();
        resolve('tandem');
        return;
      }
      const req = conn.transaction('pointer').objectStore('pointer').get('database');
      req.onsuccess = () => {
        conn.close();
        resolve((req.result as { current?: string } | undefined)?.current ?? 'tandem');
      };
      req.onerror = () => reject(req.error);
    };
  });
};

/** Test-only access to the browser's IndexedDB (setup and checks, not an app path). */
export const idb = {
  /** Deletes every database of the app (its data, a kept undo, the pointer) and reloads: a PC with no data. */
  wipe: async (page: Page) => {
    await page.evaluate(async () => {
      for (const { name } of await indexedDB.databases()) {
        if (!name?.startsWith('tandem')) continue;
        await new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase(name);
          req.onsuccess = () => resolve();
          req.onerror = () => reject(req.error);
        });
      }
    });
    await page.reload();
  },
  /** Live (not deleted) records of a table. */
  countLive: async (page: Page, table: string) =>
    page.evaluate(
      ([name, dbName]) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open(dbName);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => {
              resolve((req.result as { deletedAt: string | null }[]).filter((r) => !r.deletedAt).length);
              open.result.close();
            };
          };
        }),
      [table, await page.evaluate(currentDatabase)] as const,
    ),
  /** Adds one valid contact record directly. */
  addContact: async (page: Page, familyName: string) =>
    page.evaluate(
      ([family, dbName]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(dbName);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const now = new Date().toISOString();
            const tx = open.result.transaction('contacts', 'readwrite');
            tx.objectStore('contacts').put({
              id: crypto.randomUUID(),
              createdAt: now,
              updatedAt: now,
              deletedAt: null,
              givenName: 'Merge',
              familyName: family,
              organisation: '',
              role: '',
              phone: '',
              email: '',
              notes: '',
              searchTokens: ['merge', family.toLowerCase()],
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [familyName, await page.evaluate(currentDatabase)] as const,
    ),
};
