// Bundles the Electron main process and preload. The preload runs sandboxed, where ES modules
// and Node built-ins are not available (only `require('electron')`), so both are CommonJS
// bundles with `electron` external. The bundled locales/*/menu.json come along with main.cjs.
import { build } from 'esbuild';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Build both bundles into `outDir` (default dist-electron/); returns esbuild's metafiles. */
export const buildElectron = async (outDir = join(root, 'dist-electron')) => {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: false,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
  };
  const main = await build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: join(outDir, 'main.cjs') });
  // The preload is parsed for every window: keep it small.
  const preload = await build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: join(outDir, 'preload.cjs'),
    minify: true,
  });
  return { main: main.metafile, preload: preload.metafile };
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildElectron();
