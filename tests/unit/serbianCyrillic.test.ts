import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cyrillicLocale } from '../../shared/i18n/serbianLocales';

const root = join(__dirname, '../../locales');
const read = (lng: string, file: string) =>
  JSON.parse(readFileSync(join(root, lng, file), 'utf8')) as Record<string, unknown>;
const strings = (o: unknown): string[] =>
  typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(strings) : [];

describe('Serbian Cyrillic translations', () => {
  const files = readdirSync(join(root, 'sr-Latn')).filter((f) => f.endsWith('.json'));

  it('are generated from the Latin ones (run `node scripts/generate-sr-cyrl.mjs` after editing sr-Latn)', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(read('sr-Cyrl', f), f).toEqual(cyrillicLocale(read('sr-Latn', f)));
  });

  it('contain no Serbian Latin letters outside placeholders, acronyms, product names and language names', () => {
    const leftovers = files.flatMap((f) =>
      strings({ ...read('sr-Cyrl', f), language: undefined })
        .map((s) =>
          s.replace(
            /{{[^}]*}}|\$t\([^)]*\)|\S+@\S+|[\w-]*\.(age|json|csv|xlsx|pdf)\b|\b[A-Z]{2,}\b|\b\w*[qwxyQWXY]\w*\b|\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b|\bage\b|\b(?:BitLocker|FileVault|macOS)\b/g,
            '',
          ),
        )
        .filter((s) => /[a-zčćžšđ]/i.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(leftovers).toEqual([]);
  });
});
