/* global process, console -- Node */
// Summarises a Chromium .cpuprofile (as `BENCH_PROFILE=<dir>` writes them, see tests/bench/README.md):
// the functions with the most self time and with the most total time (self + callees), in ms.
//   node tests/bench/profileTop.mjs <file.cpuprofile> [rows=25]
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tests/bench/profileTop.mjs <file.cpuprofile> [rows]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample time: each sample lasts until the next one (timeDeltas are in microseconds).
const selfUs = new Map();
const deltas = profile.timeDeltas ?? [];
for (let i = 0; i < profile.samples.length; i++) {
  const dt = deltas[i + 1] ?? 0;
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + dt);
}
const label = (n) => {
  const f = n.callFrame;
  const url = f.url ? f.url.replace(/^.*\//, '') : '';
  return `${f.functionName || '(anonymous)'} ${url}${url ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
};
const self = new Map();
const total = new Map();
for (const [id, us] of selfUs) {
  const n = byId.get(id);
  const key = label(n);
  self.set(key, (self.get(key) ?? 0) + us);
  // Total: once per distinct function on the stack.
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = label(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + us);
  }
}
const all = [...selfUs.values()].reduce((a, b) => a + b, 0);
const idle = [...self].filter(([k]) => /^\((idle|program|garbage collector)\)/.test(k));
const fmt = (us) => (us / 1000).toFixed(1).padStart(8);
console.log(`${file}: ${(all / 1000).toFixed(0)} ms sampled; ${idle.map(([k, v]) => `${k.trim()} ${(v / 1000).toFixed(0)} ms`).join(', ')}`);
console.log('\nself ms  function');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${fmt(v)}  ${k}`);
console.log('\ntotal ms function');
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${fmt(v)}  ${k}`);
