// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { i18n, initI18n, languageOfLocale, setLanguage } from './i18n';

describe('i18n', () => {
  it('maps a browser locale to a shipped language, Serbian by script', () => {
    expect(languageOfLocale('hu-HU')).toBe('hu');
    expect(languageOfLocale('fi')).toBe('fi');
    expect(languageOfLocale('sr-Latn')).toBe('sr-Latn');
    expect(languageOfLocale('sr-RS')).toBe('sr-Cyrl');
    expect(languageOfLocale('de-DE')).toBe('en');
  });

  it('uses the three Serbian plural forms, in both scripts', async () => {
    await initI18n('sr-Latn');
    const count = (n: number) => i18n.t('mentors:list.count', { count: n });
    expect([1, 2, 5, 21, 22, 25].map(count)).toEqual([
      '1 mentor',
      '2 mentora',
      '5 mentora',
      '21 mentor',
      '22 mentora',
      '25 mentora',
    ]);
    expect(i18n.t('sessions:repeat.done', { count: 3 })).toBe('Napravljena su 3 susreta.');
    await setLanguage('sr-Cyrl');
    expect(i18n.t('sessions:repeat.done', { count: 3 })).toBe('Направљена су 3 сусрета.');
    expect(i18n.t('sessions:repeat.done', { count: 11 })).toBe('Направљено је 11 сусрета.');
  });
});
