import type { Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';

export type MentorFields = { givenName?: string; familyName?: string; email?: string; phone?: string };

export class MentorFormPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  async gotoNew() {
    await this.page.goto('/#/mentors/new');
    await this.page.getByRole('heading', { level: 1, name: tr(this.lng, 'mentors', 'form.createTitle') }).waitFor();
  }

  field(key: 'givenName' | 'familyName' | 'email' | 'phone') {
    return this.page.getByRole('textbox', { name: tr(this.lng, 'mentors', `fields.${key}`) });
  }

  /** A number field; type into it with typeNumber (key by key), never fill. */
  number(key: 'capacity' | 'birthYear') {
    return this.page.getByRole('textbox', { name: tr(this.lng, 'mentors', `fields.${key}`) });
  }

  async fill(values: MentorFields) {
    for (const [key, value] of Object.entries(values) as [keyof MentorFields, string][])
      await this.field(key).fill(value);
  }

  async save() {
    await this.page.getByRole('button', { name: tr(this.lng, 'common', 'actions.save') }).click();
  }
}
