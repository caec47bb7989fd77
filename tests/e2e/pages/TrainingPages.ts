import { expect, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr, typedDate } from './i18n';
import { putRows } from './seedRecords';
import { typeNumber } from '../typeNumber';
import { DECIMAL_SEPARATOR } from '../../../renderer/components/numberText';

/** A number as a coordinator types it in the language ("1,5" in Hungarian); text is typed as given. */
const numberText = (n: number | string, lng: Language): string =>
  typeof n === 'string' ? n : String(n).replace('.', DECIMAL_SEPARATOR[lng]);

/** Rows to put straight into the app's IndexedDB, by table name (setup only, never the thing under test). */
export type TrainingSeed = Record<string, Record<string, unknown>[]>;

const NOW = '2026-11-01T10:00:00.000Z';
export const seedMeta = (id: string) => ({ id, createdAt: NOW, updatedAt: NOW, deletedAt: null });

/** Writes rows into the app's database after it has opened it (so the schema exists), then reloads. */
export const seedDatabase = async (page: Page, rows: TrainingSeed): Promise<void> => {
  await page.goto('/');
  await expect(page.getByRole('navigation')).toBeVisible();
  await putRows(page, rows);
};

/** Reads a table of the app's database (to check what was recorded, e.g. a status history). */
export const readTable = async (page: Page, table: string): Promise<Record<string, unknown>[]> =>
  page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tandem');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows;
  }, table);

export class CurriculumPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  private t(key: string, values?: Record<string, string | number>) {
    return tr(this.lng, 'training', key, values);
  }

  async goto() {
    await this.page.goto('/#/training/curriculum');
    await this.page.getByRole('heading', { level: 1, name: this.t('curriculum.title') }).waitFor();
  }

  async chooseProgramme(name: string) {
    await this.page.getByRole('combobox', { name: this.t('curriculum.programme') }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  async createDefault() {
    await this.page.getByRole('button', { name: this.t('curriculum.createDefault') }).click();
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  row(moduleName: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByText(moduleName, { exact: true }) });
  }

  async addModule(values: { name: string; description?: string; hours: number | string; mandatory?: boolean }) {
    await this.page.getByRole('button', { name: this.t('curriculum.addModule') }).click();
    await this.fillModule(values);
  }

  async editModule(
    current: string,
    values: { name: string; description?: string; hours: number | string; mandatory?: boolean },
  ) {
    await this.page.getByRole('button', { name: this.t('curriculum.editModule', { name: current }) }).click();
    await this.fillModule(values);
  }

  private async fillModule({
    name,
    description,
    hours,
    mandatory = true,
  }: {
    name: string;
    description?: string;
    hours: number | string;
    mandatory?: boolean;
  }) {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: this.t('module.name') }).fill(name);
    if (description !== undefined)
      await dialog.getByRole('textbox', { name: this.t('module.description') }).fill(description);
    await typeNumber(
      dialog.getByRole('textbox', { name: this.t('module.requiredHours') }),
      numberText(hours, this.lng),
    );
    const box = dialog.getByRole('checkbox', { name: this.t('module.mandatory') });
    if ((await box.isChecked()) !== mandatory) await box.click();
    await dialog.getByRole('button', { name: tr(this.lng, 'common', 'actions.save') }).click();
  }

  async deleteModule(name: string) {
    await this.page.getByRole('button', { name: this.t('curriculum.deleteModule', { name }) }).click();
  }

  async moveUp(name: string) {
    await this.page.getByRole('button', { name: this.t('curriculum.moveUp', { name }) }).click();
  }

  /** Module names in the order the table shows them. */
  async moduleNames(): Promise<string[]> {
    const cells = this.table.locator('tbody tr td:nth-child(2) p:first-child');
    return cells.allTextContents();
  }
}

export class TrainingOverviewPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  private t(key: string, values?: Record<string, string | number>) {
    return tr(this.lng, 'training', key, values);
  }

  async goto() {
    await this.page.goto('/#/training');
    await this.page.getByRole('heading', { level: 1, name: this.t('overview.title') }).waitFor();
  }

  get matrix(): Locator {
    return this.page.getByRole('region', { name: this.t('overview.matrixLabel') });
  }

  mentorRow(name: string): Locator {
    return this.matrix.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  private async choose(label: string, option: string) {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async filterProgramme(name: string) {
    await this.choose(this.t('overview.filterProgramme'), name);
  }

  async filterReadiness(which: 'all' | 'ready' | 'notReady') {
    await this.choose(this.t('overview.filterReadiness'), this.t(`overview.readiness.${which}`));
  }

  async exportCsv(): Promise<Buffer> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: this.t('overview.export') }).click();
    const file = await download;
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    return readFileSync(path);
  }
}

/** The training panel on a mentor's page (progress + shadowing log). */
export class TrainingPanel {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  private t(key: string, values?: Record<string, string | number>) {
    return tr(this.lng, 'training', key, values);
  }

  get root(): Locator {
    return this.page.getByTestId('training-panel');
  }

  get readyState(): Locator {
    return this.root.getByRole('status');
  }

  moduleRow(name: string): Locator {
    return this.root
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  }

  async logShadowing(values: {
    professional: string;
    date: string;
    hours: number | string;
    area: string;
    modules: string[];
    notes?: string;
  }) {
    await this.root.getByRole('button', { name: this.t('shadowing.add') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: this.t('shadowing.professionalName') }).fill(values.professional);
    await dialog.getByRole('textbox', { name: this.t('shadowing.date') }).fill(typedDate(this.lng, values.date));
    await typeNumber(
      dialog.getByRole('textbox', { name: this.t('shadowing.hours') }),
      numberText(values.hours, this.lng),
    );
    await dialog.getByRole('textbox', { name: this.t('shadowing.area') }).fill(values.area);
    const modulesField = dialog.getByRole('combobox', { name: this.t('shadowing.modules') });
    const modulesList = this.page.getByRole('listbox', { name: this.t('shadowing.modules') });
    for (const m of values.modules) {
      // Not forced: the date field's calendar stays over the modules while it fades out, and a
      // forced click lands on it and opens nothing. Playwright waits until the field is uncovered.
      await modulesField.click();
      await expect(modulesList).toBeVisible();
      await modulesList.getByRole('option', { name: m, exact: true }).click();
    }
    // Leave the multi-select (its dropdown closes on blur) before going on.
    await this.page.keyboard.press('Tab');
    if (values.notes) await dialog.getByRole('textbox', { name: this.t('shadowing.notes') }).fill(values.notes);
    await dialog.getByRole('button', { name: tr(this.lng, 'common', 'actions.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
