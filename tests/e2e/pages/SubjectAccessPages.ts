import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';

/** "Everything held about this person" on a person's page: its dialog, the JSON and the print. */
export class SubjectAccessPages {
  constructor(
    readonly page: Page,
    readonly lng: Language,
  ) {}

  t(key: string, values: Record<string, string | number> = {}): string {
    return tr(this.lng, 'subjectAccess', key, values);
  }

  get button(): Locator {
    return this.page.getByRole('button', { name: this.t('button') });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('dialogTitle') });
  }

  async open(): Promise<void> {
    await this.button.click();
    await this.dialog.waitFor();
  }

  /** Chooses the language of the printed document in the open dialog. */
  async chooseLanguage(name: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: tr(this.lng, 'print', 'dialog.language') }).click();
    await this.page.getByRole('option', { name }).click();
  }

  /** Saves the JSON (a download in the browser build) and parses it. */
  async saveJson(): Promise<{ name: string; json: Record<string, unknown> }> {
    const pending = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: this.t('saveJson') }).click();
    const download = await pending;
    const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    return { name: download.suggestedFilename(), json };
  }

  async print(): Promise<void> {
    await this.dialog.getByRole('button', { name: tr(this.lng, 'print', 'dialog.print'), exact: true }).click();
  }

  /** The audit log's entries about a person, read straight from the app's IndexedDB. */
  auditActionsAbout(subjectId: string): Promise<string[]> {
    return this.page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('tandem');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const rows = await new Promise<{ action: string; subjectId: string | null }[]>((resolve, reject) => {
        const req = db.transaction('auditLog').objectStore('auditLog').getAll();
        req.onsuccess = () => resolve(req.result as { action: string; subjectId: string | null }[]);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return rows.filter((r) => r.subjectId === id).map((r) => r.action);
    }, subjectId);
  }
}
