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

  async addProgramme(name: string, codePrefix: string) {
    await this.page.getByRole('button', { name: tr(this.lng, 'programmes', 'add') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: tr(this.lng, 'programmes', 'fields.name') }).fill(name);
    await dialog.getByRole('textbox', { name: tr(this.lng, 'programmes', 'fields.codePrefix') }).fill(codePrefix);
    await dialog.getByRole('button', { name: tr(this.lng, 'common', 'actions.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
