import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { LOCALE_TAG } from '../../../shared/i18n/collation';
import { tr, typedDate } from './i18n';

/** A `YYYY-MM-DD` as the app shows it in the language (formatDate). */
export const shownDate = (lng: Language, iso: string): string =>
  new Intl.DateTimeFormat(LOCALE_TAG[lng], { year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(`${iso}T12:00:00`),
  );

/** The consent ledger on a person's page, and the flag above it. */
export class ConsentSectionPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  t(key: string, values: Record<string, string | number> = {}) {
    return tr(this.lng, 'consents', key, values);
  }

  get section() {
    return this.page.getByRole('region', { name: this.t('title'), exact: true });
  }

  get flag() {
    return this.page.getByTestId('no-processing-consent');
  }

  /** One purpose's part of the ledger: its heading, state and history. */
  purpose(purposeKind: string): Locator {
    return this.section.getByRole('region', { name: this.t(`purpose.${purposeKind}`) });
  }

  history(purposeKind: string): Locator {
    return this.page.getByRole('table', { name: this.t('historyFor', { purpose: this.t(`purpose.${purposeKind}`) }) });
  }

  private async fillEntry(values: { date: string; method?: string; notes?: string }) {
    const dialog = this.page.getByRole('dialog');
    const date = dialog.getByRole('textbox', {
      name: new RegExp(`^(${this.t('fields.givenOn')}|${this.t('fields.withdrawnOn')})`),
    });
    await date.fill(typedDate(this.lng, values.date));
    // Leave the field, as a coordinator would: its calendar closes.
    await date.press('Tab');
    if (values.method) {
      await dialog.getByRole('combobox', { name: this.t('fields.method') }).click();
      await this.page.getByRole('option', { name: this.t(`method.${values.method}`), exact: true }).click();
    }
    if (values.notes) await dialog.getByRole('textbox', { name: this.t('fields.notes') }).fill(values.notes);
    await dialog.getByRole('button', { name: tr(this.lng, 'common', 'actions.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** "Record consent" for a purpose of the list. */
  async give(purposeKind: string, values: { date: string; method?: string; notes?: string }) {
    await this.section.getByRole('button', { name: this.t('add') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: new RegExp(`^${this.t('fields.purposeKind')}`) }).click();
    await this.page.getByRole('option', { name: this.t(`purpose.${purposeKind}`), exact: true }).click();
    await this.fillEntry(values);
  }

  async withdraw(purposeKind: string, values: { date: string; method?: string; notes?: string }) {
    await this.page
      .getByRole('button', { name: this.t('withdrawFor', { purpose: this.t(`purpose.${purposeKind}`) }) })
      .click();
    await this.fillEntry(values);
  }

  async giveAgain(purposeKind: string, values: { date: string; method?: string; notes?: string }) {
    await this.page
      .getByRole('button', { name: this.t('giveAgainFor', { purpose: this.t(`purpose.${purposeKind}`) }) })
      .click();
    await this.fillEntry(values);
  }
}

/** Privacy → people without a valid consent for processing. */
export class MissingConsentsPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  t(key: string, values: Record<string, string | number> = {}) {
    return tr(this.lng, 'consents', key, values);
  }

  async goto() {
    await this.page.goto('/#/privacy/consents');
    await this.heading.waitFor();
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('list.title') });
  }

  get table() {
    return this.page.getByTestId('missing-consents');
  }

  row(name: string) {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
