import type { Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';

export class OverviewPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  async goto() {
    await this.page.goto('/#/');
    await this.heading.waitFor();
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: tr(this.lng, 'dashboard', 'title') });
  }

  get loadSampleButton() {
    return this.page.getByRole('button', { name: tr(this.lng, 'dashboard', 'empty.loadSample') });
  }

  get addMentorButton() {
    return this.page.getByRole('button', { name: tr(this.lng, 'dashboard', 'empty.addMentor') });
  }

  /** The summary card's heading, e.g. "24 mentors". */
  get mentorsSummary() {
    return this.page.getByRole('heading', { level: 2, name: /\d/ });
  }

  statusCount(status: string) {
    return this.page.getByRole('link', { name: new RegExp(tr(this.lng, 'dashboard', `mentors.status.${status}`)) });
  }
}
