// Writes locales/sr-Cyrl/*.json from locales/sr-Latn/*.json with the tested transliteration in
// shared/i18n/transliterate.ts, so the Cyrillic text is never edited by hand:
//   node scripts/generate-sr-cyrl.mjs
// tests/unit/serbianCyrillic.test.ts fails when the Cyrillic files are out of date.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundled = await build({
  entryPoints: [join(root, 'shared/i18n/serbianLocales.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { cyrillicLocale } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const from = join(root, 'locales/sr-Latn');
const to = join(root, 'locales/sr-Cyrl');
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from).filter((f) => f.endsWith('.json'))) {
  const latin = JSON.parse(readFileSync(join(from, file), 'utf8'));
  writeFileSync(join(to, file), `${JSON.stringify(cyrillicLocale(latin), null, 2)}\n`);
}
process.stdout.write(`wrote ${to}\n`);
