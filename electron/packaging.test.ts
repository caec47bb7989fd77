import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// electron-builder's own YAML loader and schema validator (installed with electron-builder).
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (s: string) => unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const root = join(__dirname, '..');
type Config = {
  appId: string;
  productName: string;
  files: string[];
  publish: unknown;
  electronFuses: Record<string, boolean>;
  win: { target: string[]; icon: string };
  linux: { target: string; icon: string };
  mac: { target: string; icon: string };
  nsis: { deleteAppDataOnUninstall: boolean };
};
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('packages the bundles only, publishes nothing, keeps data on uninstall', () => {
    expect(config.productName).toBe('Tandem');
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/**/*', 'dist-electron/**/*', 'package.json', '!node_modules/**/*']),
    );
    expect(config.publish).toBeNull();
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.linux.target).toBe('AppImage');
    expect(config.mac.target).toBe('dmg');
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    for (const icon of [config.win.icon, config.linux.icon, config.mac.icon])
      expect(existsSync(join(root, icon)), icon).toBe(true);
  });

  it('agrees with package.json on the entry point the shell is built to', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });
});
