import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

const keysOf = (o: unknown, prefix = ''): string[] =>
  Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

const load = (lng: string) => {
  const out = new Map<string, string>();
  for (const f of readdirSync(join(root, lng)).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(join(root, lng, f), 'utf8')) as unknown;
    const flat = (o: unknown, p = ''): [string, string][] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
        v && typeof v === 'object' ? flat(v, `${p}${k}.`) : [[`${p}${k}`, String(v)] as [string, string]],
      );
    for (const [k, v] of flat(json)) out.set(`${f}:${k}`, v);
  }
  return out;
};

describe('locales', () => {
  const languages = readdirSync(root).filter((d) => !d.startsWith('.'));
  const en = load('en');

  it('ships English, Hungarian, Finnish and Serbian in Latin and Cyrillic script', () => {
    expect(languages.sort()).toEqual(['en', 'fi', 'hu', 'sr-Cyrl', 'sr-Latn']);
    expect(keysOf({ a: { b: 1 } })).toEqual(['a.b']);
  });

  for (const lng of ['hu', 'fi', 'sr-Latn', 'sr-Cyrl']) {
    it(`${lng} has exactly the keys of English (plural forms aside)`, () => {
      const other = load(lng);
      const norm = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL, '')));
      const missing = [...norm(en.keys())].filter((k) => !norm(other.keys()).has(k));
      const extra = [...norm(other.keys())].filter((k) => !norm(en.keys()).has(k));
      expect(missing, `missing in ${lng}`).toEqual([]);
      expect(extra, `only in ${lng}`).toEqual([]);
    });

    it(`${lng} keeps every {{placeholder}} of English`, () => {
      const other = load(lng);
      const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
      const wrong = [...en.entries()]
        .filter(([k]) => other.has(k))
        .filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(other.get(k) ?? '')))
        .map(([k]) => k);
      expect(wrong).toEqual([]);
    });
  }

  /** The plural categories each language's grammar needs (what i18next asks Intl.PluralRules for). */
  for (const lng of ['en', 'hu', 'fi', 'sr-Latn', 'sr-Cyrl']) {
    it(`${lng} has every plural form its grammar needs`, () => {
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      const keys = [...load(lng).keys()];
      const plural = new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      const missing = [...plural].flatMap((base) =>
        categories.filter((c) => !keys.includes(`${base}_${c}`)).map((c) => `${base}_${c}`),
      );
      expect(missing).toEqual([]);
      if (lng.startsWith('sr')) expect([...categories].sort()).toEqual(['few', 'one', 'other']);
    });
  }

  it('has no empty strings', () => {
    for (const lng of languages) for (const [k, v] of load(lng)) expect(v.trim(), `${lng} ${k}`).not.toBe('');
  });
});
