import { test as base, expect } from '@playwright/test';
import type { Language } from '../../shared/domain/base';

/**
 * Every test starts from an empty database in a fresh browser context, in the language it
 * asks for (set before the app's first script runs, as if chosen earlier on this PC).
 */
export const test = base.extend<{ language: Language }>({
  language: ['en', { option: true }],
  page: async ({ page, language }, use) => {
    await page.addInitScript((lng) => {
      if (!localStorage.getItem('tandem.language')) localStorage.setItem('tandem.language', lng);
    }, language);
    await use(page);
  },
});
export { expect };
