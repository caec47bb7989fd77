import { expect, type Page } from '@playwright/test';
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

  /** Loads the sample office from the empty overview and waits until its figures show. */
  async loadSample() {
    await this.loadSampleButton.click();
    await expect(this.mentorsSummary).toBeVisible();
  }

  /**
   * The sample office as on `time` (a local date-time, e.g. `2026-03-02T09:00:00`): the page's
   * clock is fixed before the app loads, so the sample's dates and "today" are known.
   */
  async loadSampleOn(time: string) {
    await this.page.clock.install({ time: new Date(time) });
    await this.goto();
    await this.loadSample();
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
