import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';

/** Care for the carers: Mentors → Load, the "needs support now" card and list, planning a supervision. */
export class CarePages {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  t(key: string, values: Record<string, string | number> = {}) {
    return tr(this.lng, 'care', key, values);
  }

  /** From the mentors list, as a coordinator finds it. */
  async openLoadFromMentors() {
    await this.page.goto('/#/mentors');
    await this.page.getByRole('heading', { level: 1, name: tr(this.lng, 'mentors', 'list.title') }).waitFor();
    await this.page.getByRole('link', { name: this.t('list.link'), exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: this.t('list.title') }).waitFor();
    await this.loadRows.first().waitFor();
  }

  get loadTable() {
    return this.page.getByRole('region', { name: this.t('list.title') }).getByRole('table');
  }

  /** The body rows on screen (the list is virtualised). */
  get loadRows() {
    return this.loadTable.locator('tbody tr[aria-rowindex]');
  }

  /** The cells of a load row, by column: name, status, pairings, …, reasons. */
  async loadRowCells(row: Locator): Promise<string[]> {
    return row.locator('th, td').allInnerTexts();
  }

  sortBy(column: string) {
    return this.loadTable.getByRole('columnheader', { name: new RegExp(`^${this.t(`list.columns.${column}`)}`) });
  }

  async gotoNeedsList() {
    await this.page.goto('/#/mentors/needs-support');
    await this.page.getByRole('heading', { level: 1, name: this.t('card.title') }).waitFor();
  }

  get needsList() {
    return this.page.getByRole('region', { name: this.t('card.title') });
  }

  /** The overview card. */
  get card() {
    return this.page.getByRole('region', { name: this.t('card.title') });
  }

  /** One flagged mentor's entry on the card or the list: the name, the reasons in words, the actions. */
  entry(scope: Locator, name: string) {
    return scope.getByRole('listitem').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  planSupervisionFor(scope: Locator, name: string) {
    return scope.getByRole('link', { name: this.t('actions.planFor', { name }) });
  }
}

/** The steps of a new session and its attendance that this story needs (the sessions specs test the rest). */
export class SessionSteps {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  t(key: string, values: Record<string, string | number> = {}) {
    return tr(this.lng, 'sessions', key, values);
  }

  get titleField() {
    return this.page.getByRole('textbox', { name: this.t('fields.title') });
  }

  async save() {
    await this.page.getByRole('button', { name: tr(this.lng, 'common', 'actions.save'), exact: true }).click();
  }

  /** On the session's page: record that everyone expected was present. */
  async recordAllPresent() {
    await this.page.getByRole('link', { name: this.t('attendance.record') }).click();
    await this.page.getByRole('button', { name: this.t('attendance.markAllPresent') }).click();
    await this.page.getByRole('button', { name: this.t('attendance.save') }).click();
    await this.page.getByText(this.t('attendance.summary', { present: 1, excused: 0, absent: 0 })).waitFor();
  }
}
