import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the production build of the renderer (served by `vite preview`) in
 * Debian's Chromium: Electron's and Playwright's own browsers cannot be downloaded here.
 * E2E_PORT / E2E_DIST let several builds be tested side by side on one machine.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: process.env.E2E_OUT ?? './test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // Recording a trace of every test costs the suite minutes on two cores: it is recorded on the
    // retry of a failed test in CI; locally, rerun a failing spec with `--trace on`.
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --outDir ${dist.startsWith('/') ? dist : `../${dist}`}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
