import type { Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';

export class MentorsListPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  async goto() {
    await this.page.goto('/#/mentors');
    await this.heading.waitFor();
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: tr(this.lng, 'mentors', 'list.title') });
  }

  get search() {
    return this.page.getByRole('searchbox', { name: tr(this.lng, 'mentors', 'list.search') });
  }

  get results() {
    return this.page.getByRole('list', { name: tr(this.lng, 'mentors', 'list.resultsLabel') });
  }

  get rows() {
    return this.results.getByRole('link');
  }

  row(name: string | RegExp) {
    return this.results.getByRole('link', { name });
  }

  async filterByStatus(status: string) {
    await this.page.getByRole('combobox', { name: tr(this.lng, 'mentors', 'fields.status'), exact: true }).click();
    await this.page.getByRole('option', { name: tr(this.lng, 'mentors', `status.${status}`), exact: true }).click();
  }

  get addButton() {
    return this.page.getByRole('link', { name: tr(this.lng, 'mentors', 'actions.add') });
  }
}
