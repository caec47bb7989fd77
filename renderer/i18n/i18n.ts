import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/hu';
import 'dayjs/locale/fi';
import 'dayjs/locale/en';
import 'dayjs/locale/sr';
import 'dayjs/locale/sr-cyrl';
import { DAYJS_LOCALE } from '../components/localDate';
import { LanguageSchema, type Language } from '../../shared/domain/base';

/**
 * Every `locales/<lng>/<namespace>.json` is bundled: one namespace per feature, the same keys
 * in every language (a unit test checks parity). Nothing is fetched at run time.
 */
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });

export const buildResources = (): Resource => {
  const resources: Resource = {};
  for (const [path, content] of Object.entries(files)) {
    const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m) continue;
    const [, lng, ns] = m as unknown as [string, string, string];
    resources[lng] ??= {};
    resources[lng][ns] = content;
  }
  return resources;
};

export const NAMESPACES = [...new Set(Object.keys(files).map((p) => /([^/]+)\.json$/.exec(p)?.[1] ?? 'common'))];

const STORAGE_KEY = 'tandem.language';

/** The language chosen on this PC, else the browser's if we have it, else English. */
export const initialLanguage = (): Language => {
  const stored = LanguageSchema.safeParse(globalThis.localStorage?.getItem(STORAGE_KEY));
  if (stored.success) return stored.data;
  return languageOfLocale(globalThis.navigator?.language ?? '');
};

/**
 * A browser or OS locale ("hu-HU", "sr-Latn-RS", "sr") to a language we ship, else English.
 * Serbian without a script is Cyrillic, the official script in Serbia.
 */
export const languageOfLocale = (locale: string): Language => {
  const lower = locale.toLowerCase();
  if (lower.startsWith('sr')) return lower.includes('latn') ? 'sr-Latn' : 'sr-Cyrl';
  const short = LanguageSchema.safeParse(lower.slice(0, 2));
  return short.success ? short.data : 'en';
};

export const i18n = i18next.createInstance();

export const initI18n = async (lng: Language = initialLanguage()): Promise<typeof i18n> => {
  if (!i18n.isInitialized) {
    await i18n.use(initReactI18next).init({
      resources: buildResources(),
      lng,
      fallbackLng: 'en',
      ns: NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  dayjs.locale(DAYJS_LOCALE[lng]);
  document.documentElement.lang = lng;
  return i18n;
};

/** Switch the UI language now and remember it on this PC. */
export const setLanguage = async (lng: Language): Promise<void> => {
  globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  dayjs.locale(DAYJS_LOCALE[lng]);
  document.documentElement.lang = lng;
  await i18n.changeLanguage(lng);
};

/** The active UI language, narrowed to the ones we ship. */
export const currentLanguage = (): Language => {
  const parsed = LanguageSchema.safeParse(i18n.language);
  return parsed.success ? parsed.data : 'en';
};
