import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../../shared/domain/base';

/**
 * The app's own translations, so page objects find controls by the names a coordinator sees in
 * each language (and a missing translation fails the test instead of hiding behind English).
 */
export const tr = (lng: Language, ns: string, key: string, values: Record<string, string | number> = {}): string => {
  const json = JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../locales/${lng}/${ns}.json`, import.meta.url)), 'utf8'),
  ) as Record<string, unknown>;
  const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], json);
  if (typeof value !== 'string') throw new Error(`missing translation ${lng}/${ns}:${key}`);
  return value.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(values[name] ?? ''));
};

/**
 * A `YYYY-MM-DD` date as a coordinator types it in the language (what the app's date field
 * reads): 05/12/2026, 2026. 12. 05., 5.12.2026.
 */
export const typedDate = (lng: Language, iso: string): string => {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const formats: Record<Language, string> = {
    en: `${d}/${m}/${y}`,
    hu: `${y}. ${m}. ${d}.`,
    fi: `${Number(d)}.${Number(m)}.${y}`,
    'sr-Latn': `${d}.${m}.${y}.`,
    'sr-Cyrl': `${d}.${m}.${y}.`,
  };
  return formats[lng];
};
