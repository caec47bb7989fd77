import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type BuildElectron = (outDir: string) => Promise<unknown>;
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('scripts/build-electron.mjs', () => {
  it('bundles a CommonJS preload that requires nothing but electron (a sandboxed preload cannot)', async () => {
    const script = pathToFileURL(join(__dirname, '../../scripts/build-electron.mjs')).href;
    const { buildElectron } = (await import(/* @vite-ignore */ script)) as { buildElectron: BuildElectron };
    const out = await mkdtemp(join(tmpdir(), 'tandem-bundle-'));
    dirs.push(out);
    await buildElectron(out);

    const preload = await readFile(join(out, 'preload.cjs'), 'utf8');
    const requires = new Set([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]));
    expect([...requires]).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld');

    const main = await readFile(join(out, 'main.cjs'), 'utf8');
    // The menu labels are bundled, not read from disk at run time.
    expect(main).toContain('Biztonsági mentés exportálása');
    expect(main).toContain('registerSchemesAsPrivileged');
  }, 60_000);
});
