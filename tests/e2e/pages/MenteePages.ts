import { expect, type Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';

/** The mentees list, form and detail page. */
export class MenteePages {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  private t(key: string, values: Record<string, string | number> = {}) {
    return tr(this.lng, 'mentees', key, values);
  }

  async openListFromNav() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: tr(this.lng, 'common', 'nav.mentees') })
      .click();
    await this.listHeading.waitFor();
  }

  get listHeading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('list.title') });
  }

  get rows() {
    return this.page.getByRole('list', { name: this.t('list.resultsLabel') }).getByRole('link');
  }

  /**
   * Waits until every row in view shows its mentee (none still a placeholder while its page of
   * records loads), so the rows can be focused without being replaced under the keyboard.
   */
  async rowsLoaded() {
    const items = this.page.getByRole('list', { name: this.t('list.resultsLabel') }).getByRole('listitem');
    await expect
      .poll(async () => {
        const [shown, links] = await Promise.all([items.count(), this.rows.count()]);
        return shown > 0 && shown === links;
      })
      .toBe(true);
  }

  get search() {
    return this.page.getByRole('searchbox', { name: this.t('list.search') });
  }

  async openCreateForm() {
    await this.page
      .getByRole('link', { name: this.t('actions.add') })
      .first()
      .click();
    await this.page.getByRole('heading', { level: 1, name: this.t('form.createTitle') }).waitFor();
  }

  /** Pick an option of a Mantine Select or MultiSelect by the field's label. */
  async choose(labelKey: string, option: string) {
    await this.page.getByRole('combobox', { name: this.t(labelKey) }).click();
    await this.page.getByRole('option', { name: option }).first().click();
  }

  async chooseProgramme(namePart: string | RegExp) {
    await this.page.getByRole('combobox', { name: this.t('fields.programme') }).click();
    await this.page.getByRole('option', { name: namePart }).first().click();
  }

  async save() {
    await this.page.getByRole('button', { name: this.t('actions.create') }).click();
  }

  /** The detail page's heading is the generated code. */
  get codeHeading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get showNameButton() {
    return this.page.getByRole('button', { name: this.t('detail.showName') });
  }

  get findMentorLink() {
    return this.page.getByRole('link', { name: this.t('actions.findMentor') });
  }
}
