import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../shared/domain/base';
import { createAppTheme, cssVariablesResolver } from '../../renderer/app/theme';
import { i18n, initI18n } from '../../renderer/i18n/i18n';

/*
 * Component tests (in a `// @vitest-environment jsdom` file): call `prepareComponentTests()` in
 * `beforeAll`, then `renderWithProviders(<Thing />)` instead of `render`.
 */

/** What Mantine needs from a browser that jsdom does not have. Safe to call more than once. */
const installBrowserShims = (): void => {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // Comboboxes scroll the active option into view.
  Element.prototype.scrollIntoView ??= () => {};
  // The autosizing textarea listens for web fonts loading.
  if (!('fonts' in document))
    Object.defineProperty(document, 'fonts', { value: { addEventListener: () => {}, removeEventListener: () => {} } });
};

/**
 * jsdom has no layout: every box is 0 px high, so a virtualised list renders no rows. Gives every
 * element a `clientHeight` of `px` (what the virtualiser reads of its scroll box); the function
 * returned puts jsdom's own back.
 */
export const giveBoxesHeight = (px: number): (() => void) => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => px });
  return () => {
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  };
};

/** Browser shims and the real translations (all namespaces, as bundled for the app). */
export const prepareComponentTests = async (lng: Language = 'en'): Promise<void> => {
  installBrowserShims();
  await initI18n(lng);
};

/**
 * The providers the app puts around every page: translations, Mantine with the app's theme
 * (`env="test"`: no transitions), the modals manager and the notifications outlet.
 */
const Providers = ({ children }: { children: ReactNode }) => (
  <I18nextProvider i18n={i18n}>
    <MantineProvider
      env="test"
      theme={createAppTheme(i18n.t('common:actions.close'))}
      cssVariablesResolver={cssVariablesResolver}
    >
      <ModalsProvider>
        <Notifications />
        {children}
      </ModalsProvider>
    </MantineProvider>
  </I18nextProvider>
);

export const renderWithProviders = (ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>): RenderResult =>
  render(ui, { wrapper: Providers, ...options });
