import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/chromium';

/**
 * Two lanes, each a Playwright worker with an app server of its own (its own port and data
 * directory), so the run takes about half as long with no test seeing another's data: CI's limit is
 * 90 minutes and one lane took 65–88. A lane is the worker's parallel index, which Playwright sets
 * in the worker process before it loads this file there, so `use.baseURL` below and `E2E_PORT` /
 * `E2E_DATA_DIR` (from which specs derive their own servers' ports and data) are the lane's. In the
 * runner process (no index) they are lane 0's. E2E_LANES=1 gives the old single-server run.
 */
const lanes = Math.max(1, Number(process.env.E2E_LANES ?? 2));
// The run's own settings, kept before this file rewrites E2E_PORT / E2E_DATA_DIR in a worker.
process.env.E2E_BASE_PORT ??= process.env.E2E_PORT ?? '3210';
process.env.E2E_BASE_DATA_DIR ??= process.env.E2E_DATA_DIR || '.data-e2e';
const basePort = Number(process.env.E2E_BASE_PORT);
// Specs' own servers use offsets up to +1100 (and +10 000, +20 000): 500 apart, no two collide.
const laneStride = 500;
const lanePort = (lane: number) => basePort + lane * laneStride;
const laneDataDir = (lane: number) => (lane === 0 ? process.env.E2E_BASE_DATA_DIR! : `${process.env.E2E_BASE_DATA_DIR}-lane${lane}`);
const lane = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const port = lanePort(lane);
if (process.env.TEST_PARALLEL_INDEX !== undefined) {
  process.env.E2E_PORT = String(port);
  process.env.E2E_DATA_DIR = laneDataDir(lane);
}
// Chromium flags for this machine (tests/e2e/chromium.ts).
const launchOptions = chromiumLaunchOptions();

/** Specs that run again at 360 px (see the mobile-360 project). */
const MOBILE_SPECS = [
  'a11y',
  'brief',
  'publish',
  'site-forms',
  'editor',
  'editor-canvas',
  'editor-samples',
  // Issue 34: the editor's header, canvas position and theme panel differ by viewport.
  'editor-screen',
  'files',
  'tickets',
  // Issue 33's journeys, desktop and phone alike (the issue asks for both); the own-app journeys
  // (custom domains, the monthly cron's mail) are server flows a viewport does not change.
  'journeys',
  // Issue 34: the first hour without a dead end (local-mode domains and the landing on a phone;
  // where a limit message leads does not change with the viewport).
  'local-mode',
  // Issue 34: the terms editor and the pt-PT interface (three language buttons in a phone's top bar).
  'legal-ptpt',
  // Issue 35: the client's NFS-e list on the Billing page, at 360 px as well.
  'nfse',
  // Issue 35: a plan change's preview dialog and the read-only sites after it, on a phone too.
  'billing-plan-change',
  // Not again at 360 px (CI ran 72 min with them, its goal is ~50): specs with no step that differs
  // by viewport — the generation's progress samples (journeys runs the first draft on a phone),
  // the projects list, a service worker's push and click, the landing's message catalogue, the
  // webhook endpoint form, the photo picker and the insights charts; a11y.spec scans each of
  // those pages at 360 px (axe, no sideways overflow).
];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // One worker per lane: the files of a spec run in one worker, one after another.
  workers: lanes,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    // A missing element fails its step in 30 s, not at the test's whole timeout (a renamed button
    // once cost CI 4 minutes per spec and viewport).
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    // No trace unless asked for (E2E_TRACE=1): recording one films every paint of every test, and
    // that screencast was a third of Chromium's CPU on two cores — about a fifth of the e2e run
    // (brief + editor-canvas specs, one lane: 82 s of tests with traces, 63 s without). CI keeps
    // no trace file anyway; a failure there is read from its message, its screenshot and the log.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined, launchOptions } },
    {
      name: 'mobile-360',
      // The phone run covers the flows whose interaction is different on a phone (sheets instead of
      // side panels, touch, the installed app) and the first hour of a new user; every other page's
      // 360 px layout is checked by a11y.spec's scans (axe plus no sideways overflow), which visit
      // each dashboard and admin page. Running every spec twice cost CI ~30 minutes for flows a
      // viewport does not change (admin tables, billing webhooks, version history, conflicts).
      testMatch: new RegExp(`/(${MOBILE_SPECS.join('|')})\\.spec\\.ts$`),
      use: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, launchOptions },
    },
  ],
  webServer: Array.from({ length: lanes }, (_, lane) => ({
    command: `node scripts/e2e-server.mjs ${lanePort(lane)}`,
    url: `http://localhost:${lanePort(lane)}/api/health`,
    env: { E2E_DATA_DIR: laneDataDir(lane) },
    // Both lanes' servers seed their data at once on two cores.
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
  })),
});
