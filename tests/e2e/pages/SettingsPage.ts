import type { Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';

export class SettingsPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  async goto() {
    await this.page.goto('/#/settings');
    await this.page.getByRole('heading', { level: 1, name: tr(this.lng, 'settings', 'title') }).waitFor();
  }

  get organisationName() {
    return this.page.getByRole('textbox', { name: tr(this.lng, 'settings', 'organisation.name') });
  }

  async save() {
    await this.page.getByRole('button', { name: tr(this.lng, 'settings', 'save') }).click();
  }

  /**
   * Add a programme. Its curriculum starts empty unless asked otherwise: the default one, or a
   * copy of the programme whose option in the list matches `copyFrom`.
   */
  async addProgramme(
    name: string,
    codePrefix: string,
    curriculum: 'empty' | 'default' | { copyFrom: RegExp } = 'empty',
    whileOpen?: () => Promise<void>,
  ) {
    await this.page.getByRole('button', { name: tr(this.lng, 'programmes', 'add') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: tr(this.lng, 'programmes', 'fields.name') }).fill(name);
    await dialog.getByRole('textbox', { name: tr(this.lng, 'programmes', 'fields.codePrefix') }).fill(codePrefix);
    if (curriculum === 'empty')
      await dialog.getByRole('radio', { name: tr(this.lng, 'programmes', 'curriculum.empty') }).check();
    else if (typeof curriculum === 'object') {
      await dialog.getByRole('radio', { name: tr(this.lng, 'programmes', 'curriculum.copy') }).check();
      await dialog.getByRole('combobox', { name: tr(this.lng, 'programmes', 'curriculum.copyFrom') }).click();
      await this.page.getByRole('option', { name: curriculum.copyFrom }).click();
    }
    await whileOpen?.();
    await dialog.getByRole('button', { name: tr(this.lng, 'common', 'actions.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
