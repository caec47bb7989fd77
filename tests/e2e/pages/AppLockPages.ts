import type { Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr } from './i18n';
import { typeNumber } from '../typeNumber';

const t = (lng: Language, key: string, values: Record<string, string | number> = {}) => tr(lng, 'appLock', key, values);

/** The app lock's card on the Privacy page. */
export class AppLockCard {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  t(key: string, values: Record<string, string | number> = {}) {
    return t(this.lng, key, values);
  }

  async goto() {
    await this.page.goto('/#/privacy');
    await this.card.waitFor();
  }

  get card() {
    return this.page.getByRole('region', { name: this.t('card.title') });
  }

  get status() {
    return this.card.getByTestId('app-lock-status');
  }

  async set(secret: string, { idleMinutes, understood = true }: { idleMinutes?: string; understood?: boolean } = {}) {
    await this.card.getByLabel(this.t('card.newSecret'), { exact: true }).fill(secret);
    await this.card.getByLabel(this.t('card.repeat'), { exact: true }).fill(secret);
    if (idleMinutes !== undefined)
      await typeNumber(this.card.getByRole('textbox', { name: this.t('card.idleMinutes') }), idleMinutes);
    if (understood) await this.card.getByRole('checkbox', { name: this.t('card.understand') }).check();
    await this.card.getByRole('button', { name: this.t('card.set') }).click();
  }

  async remove(kind: 'pin' | 'passphrase', current: string) {
    await this.card.getByRole('button', { name: this.t('card.remove.open') }).click();
    const form = this.card.getByRole('form', { name: this.t('card.remove.open') });
    await form.getByLabel(this.t(`card.current.${kind}`), { exact: true }).fill(current);
    await form.getByRole('button', { name: this.t('card.remove.submit') }).click();
  }
}

/** The lock screen: all there is in the page while the app is locked. */
export class LockScreen {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
    readonly kind: 'pin' | 'passphrase' = 'passphrase',
  ) {}

  t(key: string, values: Record<string, string | number> = {}) {
    return t(this.lng, key, values);
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('screen.title') });
  }

  get field() {
    return this.page.getByLabel(this.t(`kind.${this.kind}`), { exact: true });
  }

  get unlockButton() {
    return this.page.getByRole('button', { name: this.t('screen.unlock') });
  }

  get message() {
    return this.page.getByTestId('app-lock-wait');
  }

  async attempt(secret: string) {
    await this.field.fill(secret);
    await this.unlockButton.click();
  }

  get lockNowButton() {
    return this.page.getByRole('button', { name: this.t('lockNow') });
  }
}
