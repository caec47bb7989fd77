import type { Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';

export class MentorDetailPage {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  get history() {
    return this.page.getByRole('region', { name: tr(this.lng, 'mentors', 'history.title') });
  }

  async edit() {
    await this.page.getByRole('link', { name: tr(this.lng, 'common', 'actions.edit') }).click();
  }

  /** Opens "Change status", picks the status, optionally a reason, and saves. */
  async changeStatus(status: string, reason?: string) {
    await this.page.getByRole('button', { name: tr(this.lng, 'mentors', 'statusChange.open') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: tr(this.lng, 'mentors', 'statusChange.newStatus') }).click();
    await this.page.getByRole('option', { name: tr(this.lng, 'mentors', `status.${status}`), exact: true }).click();
    if (reason)
      await dialog
        .getByRole('textbox', { name: new RegExp(tr(this.lng, 'mentors', 'statusChange.exitReason')) })
        .fill(reason);
    await dialog.getByRole('button', { name: tr(this.lng, 'mentors', 'statusChange.submit') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async delete() {
    await this.page.getByRole('button', { name: tr(this.lng, 'common', 'actions.delete'), exact: true }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: tr(this.lng, 'mentors', 'delete.confirm') })
      .click();
  }

  get undoButton() {
    return this.page.getByRole('button', { name: tr(this.lng, 'common', 'actions.undo') });
  }
}
