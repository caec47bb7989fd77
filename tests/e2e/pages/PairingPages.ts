import type { Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';
import { typeNumber } from '../typeNumber';

/** Suggestions, the pairing page with its contact log and closure, and the monitoring list. */
export class PairingPages {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  t(key: string, values: Record<string, string | number> = {}) {
    return tr(this.lng, 'pairings', key, values);
  }

  get suggestions() {
    return this.page.getByRole('list', { name: this.t('new.suggestionsLabel') }).getByRole('listitem');
  }

  /** Choose the best-ranked mentor and confirm, giving a reason when a warning asks for one. */
  async acceptTopSuggestion(reason = 'Paras yhteensopivuus') {
    await this.suggestions
      .first()
      .getByRole('button', { name: this.t('new.choose'), exact: false })
      .click();
    const dialog = this.page.getByRole('dialog', { name: this.t('confirm.title') });
    await dialog.waitFor();
    const reasonBox = dialog.getByRole('textbox', { name: this.t('confirm.reason') });
    if (await reasonBox.isVisible()) await reasonBox.fill(reason);
    await dialog.getByRole('button', { name: new RegExp(`^${this.t('confirm.submit')}`) }).click();
  }

  get statusBadge() {
    return this.page.locator('.mantine-Badge-root').first();
  }

  async activate() {
    await this.page.getByRole('button', { name: this.t('actions.activate') }).click();
  }

  /** `whileOpen` runs with the dialog open (an accessibility check, say). */
  async logContact({
    crisis,
    notes,
    minutes,
    whileOpen,
  }: {
    crisis: boolean;
    notes: string;
    /** Typed key by key into the duration field; the default (60) stays when not given. */
    minutes?: string;
    whileOpen?: () => Promise<void>;
  }) {
    await this.page.getByRole('button', { name: this.t('actions.logContact') }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t('contacts.addTitle') });
    await dialog.waitFor();
    await whileOpen?.();
    if (minutes !== undefined)
      await typeNumber(dialog.getByRole('textbox', { name: this.t('contacts.duration') }), minutes);
    if (crisis) await dialog.getByRole('checkbox', { name: this.t('contacts.crisis') }).check();
    await dialog.getByRole('textbox', { name: this.t('contacts.notes') }).fill(notes);
    await dialog.getByRole('button', { name: this.t('contacts.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  get contactRows() {
    return this.page
      .getByRole('table')
      .filter({ has: this.page.getByRole('columnheader', { name: this.t('contacts.kindLabel') }) })
      .getByRole('row');
  }

  async openMonitoringFromNav() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: tr(this.lng, 'common', 'nav.pairings') })
      .click();
    await this.page.getByRole('heading', { level: 1, name: this.t('list.title') }).waitFor();
    await this.page.getByRole('link', { name: this.t('monitoring.title') }).click();
    await this.page.getByRole('heading', { level: 1, name: this.t('monitoring.title') }).waitFor();
  }

  /** The monitoring list's row of this mentee code (the whole row is a link to the pairing). */
  monitoringRow(code: string) {
    return this.page
      .getByRole('list', { name: this.t('monitoring.listLabel') })
      .getByRole('listitem')
      .filter({ hasText: code });
  }

  async close(whileOpen?: () => Promise<void>) {
    await this.page.getByRole('button', { name: this.t('actions.close') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    await whileOpen?.();
    await dialog.getByRole('checkbox', { name: this.t('close.conversation') }).check();
    await dialog.getByRole('radio', { name: this.t('close.menteeClosed') }).check();
    await dialog.getByRole('button', { name: this.t('close.submit') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
