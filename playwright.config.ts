import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the real renderer against the real Node-side handlers.
 * - default: the browser fallback server (`scripts/start.mjs --browser`) in Debian's Chromium (no browser download);
 * - ISOTHERM_E2E_ELECTRON=1: the same specs against Electron via Playwright's `_electron` (where its binary exists).
 * Install Chromium with `apt-get install -y chromium` (the test script does it). Screenshots go to e2e/screenshots/.
 */
const chromium = process.env.ISOTHERM_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './e2e/fixtures/globalSetup.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]]
    : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
