/* global URL, process, fetch, setTimeout, clearTimeout, console, indexedDB, document, performance, MutationObserver, requestAnimationFrame, HTMLInputElement, Event -- Node and, inside page.evaluate, browser globals */
// Benchmark of the mentors list with 5,000 mentors, in Debian's Chromium against the built app.
// `npm run bench` builds first; this script serves dist/ with `vite preview` on port 4399, seeds
// the app's own IndexedDB, measures, prints a table and writes bench/results.json.
//
// To add a figure, append to MEASUREMENTS: { name, unit, run(ctx) → number[] } (one sample per
// repetition); the summary (median, min, max) and the output are shared.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 4399;
const BASE = `http://127.0.0.1:${PORT}/`;
const MENTORS = 5000;
// The same browser flags as playwright.config.ts.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Bundle tests/bench/seed.ts (TypeScript using the app's shared code) into an importable module. */
const loadSeed = async () => {
  const out = join(tmpdir(), `tandem-bench-seed-${process.pid}.mjs`);
  await build({ entryPoints: [join(ROOT, 'tests/bench/seed.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
  return import(pathToFileURL(out).href);
};

const startPreview = async () => {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopPreview(server);
  throw new Error(`vite preview did not start on ${BASE}:\n${log}`);
};

// The server runs in its own process group (detached), so the whole group (npx → vite) stops.
const stopPreview = (server) => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

/** Write the records straight into the app's database, after the app created its schema. */
const seed = async (page, data) => {
  await page.goto(BASE);
  await page.getByRole('navigation').waitFor();
  await page.evaluate(async ({ programmes, mentors }) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('tandem');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['programmes', 'mentors'], 'readwrite');
      for (const p of programmes) tx.objectStore('programmes').put(p);
      for (const m of mentors) tx.objectStore('mentors').put(m);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, data);
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** In the page: type `text` into the search box and resolve with ms until its results are painted. */
const typeAndMeasure = (page, text) =>
  page.evaluate(
    (q) =>
      new Promise((resolve, reject) => {
        const input = document.querySelector('input[type="search"]');
        const box = document.querySelector('[data-results-for]');
        if (!input || !box) return reject(new Error('mentors list not on screen'));
        const done = () => {
          const current = document.querySelector('[data-results-for]');
          if (current?.getAttribute('data-results-for') !== q) return false;
          // Results for this text are in; rows must show names, not loading placeholders.
          const first = current.querySelector('[role="listitem"]');
          return !first || first.querySelector('a[data-mentor-id]') !== null;
        };
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          // The next frame is when the update is on screen.
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no update for "${q}" within 5 s`));
        }, 5000);
        observer.observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        // React listens to the native input event; set the value the way a keystroke does.
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setter.call(input, q);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    text,
  );

const firstRowsAfterReload = async (page) => {
  await page.goto(`${BASE}#/mentors`);
  await page.reload();
  await page.locator('a[data-mentor-id]').first().waitFor({ timeout: 30000 });
  // Milliseconds since the navigation started: app start, database open, first page of rows.
  return page.evaluate(() => performance.now());
};

const MEASUREMENTS = [
  {
    name: `mentors list: reload to first rows (${MENTORS.toLocaleString('en')} mentors)`,
    unit: 'ms',
    run: async ({ page }) => {
      const samples = [];
      for (let i = 0; i < 5; i++) samples.push(await firstRowsAfterReload(page));
      return samples;
    },
  },
  {
    name: 'mentors list: search keystroke to updated rows',
    unit: 'ms',
    run: async ({ page }) => {
      await page.goto(`${BASE}#/mentors`);
      await page.locator('a[data-mentor-id]').first().waitFor();
      // Words typed letter by letter, as a coordinator would (every step changes the query).
      const words = ['kovacs', 'nieminen', 'anna k', 'mäk', 'juha'];
      const samples = [];
      for (const word of words) {
        for (let i = 1; i <= word.length; i++) samples.push(await typeAndMeasure(page, word.slice(0, i)));
        samples.push(await typeAndMeasure(page, ''));
      }
      return samples;
    },
  },
];

const main = async () => {
  const { benchData } = await loadSeed();
  const now = new Date();
  const data = benchData(MENTORS, now.toISOString().slice(0, 10), now.toISOString());
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results = [];
  try {
    const page = await browser.newPage();
    await seed(page, data);
    for (const m of MEASUREMENTS) {
      const samples = await m.run({ page });
      results.push({
        name: m.name,
        unit: m.unit,
        runs: samples.length,
        median: Math.round(median(samples) * 10) / 10,
        min: Math.round(Math.min(...samples) * 10) / 10,
        max: Math.round(Math.max(...samples) * 10) / 10,
      });
    }
  } finally {
    await browser.close();
    stopPreview(server);
  }
  console.table(Object.fromEntries(results.map(({ name, ...rest }) => [name, rest])));
  const out = join(ROOT, 'bench/results.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: now.toISOString(), mentors: MENTORS, results }, null, 2)}\n`);
  console.log(`written ${out}`);
};

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
