import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Chromium flags for this machine: headless, no sandbox (root), no background
// networking (the network is closed; see shared/MACHINE-NOTES.md).
const launchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    // A missing element fails its step in 30 s, not at the test's whole timeout (a renamed button
    // once cost CI 4 minutes per spec and viewport).
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined, launchOptions } },
    {
      name: 'mobile-360',
      // pwa-update starts app servers of its own twice; it runs once, on desktop, and checks the 360 px
      // layout itself. request-guards (HTTP only), generate-ai-stream (stream timing) and pwa-share (the
      // share target's POST) test nothing a viewport changes: once is enough.
      testIgnore: /(pwa-update|request-guards|generate-ai-stream|pwa-share)\.spec\.ts/,
      use: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, launchOptions },
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${port}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
