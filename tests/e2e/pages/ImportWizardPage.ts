import { expect, type Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';

export type ImportKindUnderTest = 'mentors' | 'mentees' | 'contacts' | 'attendance';
export type WizardStepUnderTest = 'file' | 'sheet' | 'mapping' | 'values' | 'preview' | 'done';

const LIST_PATH: Record<ImportKindUnderTest, string> = {
  mentors: '/mentors',
  mentees: '/mentees',
  contacts: '/contacts',
  attendance: '/sessions',
};

/** The spreadsheet import wizard, driven as a coordinator would: by the names on screen. */
export class ImportWizardPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  /** A text of the wizard (`spreadsheetWizard`). */
  t(key: string, values: Record<string, string | number> = {}) {
    return tr(this.lng, 'spreadsheetWizard', key, values);
  }

  /** A text of the import's reading and checking (`spreadsheetImport`). */
  ti(key: string, values: Record<string, string | number> = {}) {
    return tr(this.lng, 'spreadsheetImport', key, values);
  }

  /** From the list page, as a coordinator gets there: the list's Import button. */
  async openFromList(kind: ImportKindUnderTest) {
    await this.page.goto(`/#${LIST_PATH[kind]}`);
    const label = kind === 'attendance' ? this.t('buttonAttendance') : this.t('button');
    await this.page.getByRole('link', { name: label }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t(`title.${kind}`) })).toBeVisible();
    await this.expectStep('file');
  }

  stepHeading(step: WizardStepUnderTest) {
    return this.page.getByRole('heading', {
      level: 2,
      name: step === 'done' ? this.t('done.title') : this.t(`steps.${step}`),
    });
  }

  /** The step is shown and its heading has the focus (where a screen reader starts reading). */
  async expectStep(step: WizardStepUnderTest) {
    await expect(this.stepHeading(step)).toBeVisible({ timeout: 30_000 });
    await expect(this.stepHeading(step)).toBeFocused();
  }

  async chooseFile(file: { name: string; mimeType: string; buffer: Buffer }) {
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.t('file.choose') }).click();
    await (await choosing).setFiles(file);
  }

  get error() {
    return this.page.getByTestId('import-error');
  }

  get sample() {
    return this.page.getByTestId('import-sample');
  }

  /** Picks an option of a (Mantine) select found by its accessible name. */
  async select(name: string, option: string) {
    await this.page.getByRole('combobox', { name, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** The select of a column in the mapping step. */
  columnSelect(header: string) {
    return this.page.getByRole('combobox', { name: this.t('mapping.fieldFor', { header }), exact: true });
  }

  async mapColumn(header: string, fieldLabel: string) {
    await this.select(this.t('mapping.fieldFor', { header }), fieldLabel);
  }

  async next() {
    await this.page.getByRole('button', { name: this.t('nav.next') }).click();
  }

  count(which: 'total' | 'new' | 'duplicate' | 'error') {
    return this.page.getByTestId('preview-counts').locator(`[data-count="${which}"] td`);
  }

  previewRow(row: number) {
    return this.page.locator(`[data-testid="preview-row"][data-row="${row}"]`);
  }

  /** Presses "Import N rows" and waits for the result. */
  async importRows(n: number) {
    const label = this.t(n === 1 ? 'preview.import_one' : 'preview.import_other', { n });
    await this.page.getByRole('button', { name: label }).click();
    await this.expectStep('done');
  }

  get result() {
    return this.page.getByTestId('import-result');
  }

  /** Undo last import from the result, confirmed in its dialog (`check` runs while the dialog is open). */
  async undo(check?: (page: Page) => Promise<void>) {
    await this.page.getByRole('button', { name: this.t('done.undo') }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t('done.undoConfirmTitle') });
    await expect(dialog).toBeVisible();
    if (check) await check(this.page);
    await dialog.getByRole('button', { name: this.t('done.undo') }).click();
    await expect(this.page.getByTestId('import-undo-result')).toHaveText(this.t('done.undone'));
  }
}

export type StoredPerson = { givenName: string; familyName: string; email: string; phone: string; status?: string };

/** Test-only reading of the browser's IndexedDB: the live records of a people table. */
export const livePeople = (page: Page, table: 'mentors' | 'contacts') =>
  page.evaluate(
    (name) =>
      new Promise<StoredPerson[]>((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            const rows = (req.result as (StoredPerson & { deletedAt: string | null })[]).filter((r) => !r.deletedAt);
            open.result.close();
            resolve(
              rows.map(({ givenName, familyName, email, phone, status }) => ({
                givenName,
                familyName,
                email,
                phone,
                status,
              })),
            );
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
