import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import {
  enterAdminSession,
  expectNoHorizontalOverflow,
  expectMailsInOutbox,
  leaveAdminSession,
  signInAsAdmin,
  uniqueEmail,
} from './helpers';
import { startOwnAppServer, stopOwnAppServer } from './own-app-server';

// The free URL analyzer (issue 16), as a visitor uses it.
//
// The e2e app server runs the production build with NODE_ENV=production, where the test-only
// loopback allow-list can never be on — so it refuses a site on this machine like any other
// internal address (checked below). To analyze a local test site, this spec starts a second app
// server of its own from the same build (E2E_PORT + 30, its own data) with NODE_ENV=test and
// ANALYZER_TEST_LOOPBACK=1: the allow-list is read from the environment at run time
// (getEnv → isTestLoopbackAllowed), so the same compiled code refuses under production and allows
// loopback here. That server also runs with the real rate limits (scale 1).

const SHOTS = process.env.ANALYZER_SHOTS_DIR;
const FIXTURE_ID = '00000000-0000-4000-8000-00000000a11e';
const testPort = Number(process.env.E2E_PORT ?? 3210) + 30;
const testOrigin = `http://localhost:${testPort}`;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${test.info().project.name}.png`, fullPage: true });
}

/** Types a URL into the analyzer and presses Analyze, as a visitor does. */
async function analyze(page: Page, url: string) {
  await page.goto('/analyze');
  await page.getByLabel("Your site's address").fill(url);
  await page.getByRole('button', { name: 'Analyze' }).click();
}

test.describe('a local test site, through a test-mode server of its own', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ locale: 'en-US', baseURL: testOrigin });

  let site: Server;
  let siteUrl = '';
  /** Paths whose first request never gets an answer (a server that hangs once, then recovers). */
  const hungOnce = new Set<string>();
  let app: ChildProcess | undefined;
  let firstResult = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    site = createServer((request, response) => {
      if (request.url?.startsWith('/slow-') && !hungOnce.has(request.url)) {
        // Headers never come: the analysis runs out of time. The next request is answered.
        hungOnce.add(request.url);
        return;
      }
      if (request.url === '/logo.svg') {
        response.setHeader('content-type', 'image/svg+xml');
        response.end('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><circle cx="40" cy="40" r="40" fill="teal"/></svg>');
        return;
      }
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
          `<title>Corner Bakery</title><meta name="description" content="Bread every morning"></head>` +
          `<body><main><h1>Corner Bakery</h1><img src="/logo.svg" width="80" height="80" alt="Logo"><p>${'Fresh bread. '.repeat(40)}</p></main></body></html>`,
      );
    });
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
    app = await startOwnAppServer(testPort, {
      dataSuffix: '-analyzer',
      // A visitor's budget of 45 s instead of 90 (ANALYZER_TIMEOUT_SECONDS): the slow site below
      // would otherwise hold the suite for a minute and a half. Not 20: with the run's two lanes on
      // two cores, an ordinary analysis once took longer than that.
      env: { NODE_ENV: 'test', ANALYZER_TEST_LOOPBACK: '1', E2E_RATE_LIMIT_SCALE: '1', ANALYZER_TIMEOUT_SECONDS: '45' },
      timeoutMs: 150_000,
    });
  });

  test.afterAll(async () => {
    await stopOwnAppServer(app);
    app = undefined;
    site?.closeAllConnections();
    await new Promise((done) => site?.close(done));
  });

  test('a visitor analyzes a site, watches the progress and sees the scores', async ({ page }) => {
    test.setTimeout(150_000);
    await analyze(page, siteUrl);
    await expect(page).toHaveURL(/\/analyze\/[0-9a-f-]{36}$/);
    firstResult = page.url();
    // Progress first (queued, loading, measuring or scoring), then the report.
    await expect(page.getByText(/In line|Loading your page in a phone browser|Measuring speed|Adding up the scores/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Scores on a phone' })).toBeVisible({ timeout: 120_000 });
    for (const category of ['Performance', 'Accessibility', 'Best practices', 'SEO']) {
      await expect(page.getByRole('listitem').filter({ hasText: category }).first()).toContainText(/\d+/);
    }
    await expect(page.getByRole('heading', { name: 'Speed measurements' })).toBeVisible();
    await expect(page.getByText('Largest content shows up').first()).toBeVisible();
    await expect(page.getByRole('img', { name: 'Your page as the phone showed it at the end' })).toBeVisible();
    // The side-by-side names where Page Magic's numbers come from.
    await expect(page.getByRole('heading', { name: 'Next to a typical Page Magic site' })).toBeVisible();
    await expect(page.getByText(/our demo bakery site, built by Page Magic and measured with this same analyzer/)).toBeVisible();
    // No CrUX key on this server: no field data section at all.
    await expect(page.getByRole('heading', { name: 'What real visitors experienced' })).toHaveCount(0);
    await expectNoHorizontalOverflow(page);
    await shot(page, 'analyze-result');
  });

  test('the visitor asks for the report just analyzed by email; the report and the welcome mail land in the outbox', async ({
    page,
    browser,
  }) => {
    expect(firstResult, 'the first analysis ran').not.toBe('');
    const email = uniqueEmail('fresh-lead');
    await page.goto(firstResult);
    const form = page.getByRole('form', { name: 'Get this report by email' });
    await form.getByRole('textbox', { name: 'Email' }).fill(email);
    await form.getByRole('checkbox', { name: /I agree that Page Magic may use these details/ }).check();
    await form.getByRole('button', { name: 'Email me this report' }).click();
    await expect(page.getByText(`Done! The report is on its way to ${email}.`)).toBeVisible();
    // This server has data of its own: its admin signs in here (the run's shared admin session
    // belongs to the main server).
    const context = await browser.newContext({ baseURL: testOrigin, locale: 'en-US' });
    try {
      const admin = await context.newPage();
      await signInAsAdmin(admin);
      await expectMailsInOutbox(admin, email, ["Your site's check-up: 127.0.0.1", 'Welcome to Page Magic']);
    } finally {
      await context.close();
    }
  });

  test('the same address again is answered from the cache at once', async ({ page }) => {
    expect(firstResult, 'the first analysis ran').not.toBe('');
    // Spelled differently, the same normalized URL.
    await analyze(page, `${siteUrl.replace('http://', 'HTTP://')}#top`);
    await expect(page).toHaveURL(firstResult, { timeout: 10_000 });
    // No queue and no progress: the finished report straight away.
    await expect(page.getByRole('heading', { name: 'Scores on a phone' })).toBeVisible({ timeout: 5_000 });
    await expect(page.getByText(/In line|Loading your page in a phone browser/)).toHaveCount(0);
  });

  test('an internal address is refused at once, saying why', async ({ page }) => {
    await analyze(page, 'http://169.254.169.254/latest/meta-data/');
    await expect(page.getByText('“169.254.169.254” points to a private or reserved network address, which we never visit.')).toBeVisible();
    await expect(page).toHaveURL(/\/analyze$/);
    await analyze(page, 'http://10.0.0.1/');
    await expect(page.getByText('“10.0.0.1” points to a private or reserved network address, which we never visit.')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'analyze-refused');
  });

  test('a page too slow to load: the visitor can try again, asks to be emailed, and the report arrives by mail', async ({
    page,
    browser,
  }) => {
    test.setTimeout(330_000);
    const project = test.info().project.name;
    // A network of its own, so this test's analyses do not count against the others'.
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${project === 'desktop' ? 31 : 32}` });
    await analyze(page, `${siteUrl}slow-${project}-${Date.now()}`);
    await expect(page).toHaveURL(/\/analyze\/[0-9a-f-]{36}$/);
    // The whole budget (45 s on this server) at most, then the page that keeps the visitor.
    await expect(page.getByText('The page took too long to load, so the analysis was stopped after 45 seconds.')).toBeVisible({
      timeout: 150_000,
    });
    await expect(page.getByRole('heading', { name: 'What we measured before it stopped' })).toBeVisible();
    // A server that never answered: nothing was measured, and the page says so rather than showing empty scores.
    await expect(page.getByText('Nothing yet: the page did not show anything on the phone before we had to stop.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Build me a faster site' })).toHaveAttribute('href', '/sign-up');
    await expect(page.getByRole('link', { name: 'Analyze another site' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'analyze-timeout');
    const desktopSize = page.viewportSize();
    await page.setViewportSize({ width: 360, height: 780 });
    await expectNoHorizontalOverflow(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/analyze-timeout-360-${project}.png`, fullPage: true });
    if (desktopSize) await page.setViewportSize(desktopSize);

    // "Email me when it finishes": a wrong address is refused next to the field, a right one accepted.
    const form = page.getByRole('form', { name: 'Email me when it finishes' });
    await form.getByRole('textbox', { name: 'Your email' }).fill('not-an-address');
    await form.getByRole('button', { name: 'Email me when it finishes' }).click();
    await expect(form.getByText('Enter a valid email address.')).toBeVisible();
    const email = uniqueEmail('slow-site');
    await form.getByRole('textbox', { name: 'Your email' }).fill(email);
    await form.getByRole('button', { name: 'Email me when it finishes' }).click();
    await expect(
      page.getByText('Done! We are checking the site again and will email you the report as soon as it finishes.'),
    ).toBeVisible();
    await shot(page, 'analyze-timeout-notified');

    // The background run (the site answers now) mails the link to its report.
    const context = await browser.newContext({ baseURL: testOrigin, locale: 'en-US' });
    try {
      const admin = await context.newPage();
      await signInAsAdmin(admin);
      await expect
        .poll(
          async () => {
            await admin.goto('/admin/outbox');
            return (await admin.getByRole('listitem').filter({ hasText: email }).allInnerTexts()).join('\n');
          },
          { timeout: 180_000, intervals: [3_000], message: `the report mail to ${email}` },
        )
        .toContain('Your report is ready: 127.0.0.1');
    } finally {
      await context.close();
    }
  });

  test('past the hourly limit for a network the visitor is told how long to wait', async ({ page }) => {
    // One visitor's network (the app trusts this machine as a proxy, so the header names the client).
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${test.info().project.name === 'desktop' ? 7 : 8}` });
    for (let i = 1; i <= 5; i++) {
      await analyze(page, `${siteUrl}page-${i}`);
      await expect(page).toHaveURL(/\/analyze\/[0-9a-f-]{36}$/);
    }
    await analyze(page, `${siteUrl}page-6`);
    await expect(page.getByText(/You have run many analyses in a short time\. Try again in \d+ minutes?\./)).toBeVisible();
    await expect(page).toHaveURL(/\/analyze$/);
    await shot(page, 'analyze-rate-limited');
  });
});

test.describe('the production-mode app server', () => {
  test.use({ locale: 'en-US' });

  test('refuses a site on this machine: the test allow-list is never on under NODE_ENV=production', async ({ page }) => {
    await analyze(page, 'http://127.0.0.1/');
    await expect(page.getByText('“127.0.0.1” points to a private or reserved network address, which we never visit.')).toBeVisible();
    await analyze(page, 'http://localhost/');
    await expect(page.getByText('“localhost” points to a private or reserved network address, which we never visit.')).toBeVisible();
  });

  test('the landing page leads to the analyzer, which speaks Portuguese too', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Is your current site slow? Check it for free →' }).click();
    await expect(page).toHaveURL(/\/analyze$/);
    await expect(page.getByRole('heading', { name: 'How fast is your site?' })).toBeVisible();
    await page.context().addCookies([{ name: 'pm-locale', value: 'pt-BR', url: page.url() }]);
    await page.goto('/');
    await page.getByRole('link', { name: 'Seu site atual é lento? Confira de graça →' }).click();
    await expect(page.getByRole('heading', { name: 'Seu site é rápido?' })).toBeVisible();
    await page.getByLabel('Endereço do seu site').fill('http://10.0.0.1/');
    await page.getByRole('button', { name: 'Analisar' }).click();
    await expect(page.getByText('“10.0.0.1” aponta para um endereço de rede privado ou reservado, que nunca visitamos.')).toBeVisible();
    // The refused form keeps what was typed.
    await expect(page.getByLabel('Endereço do seu site')).toHaveValue('http://10.0.0.1/');
    await expectNoHorizontalOverflow(page);
    await shot(page, 'analyze-form-pt');
  });

  test('a shared result link is kept out of search engines; the analyzer page itself is not', async ({ page }) => {
    await page.goto(`/analyze/${FIXTURE_ID}`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /nofollow/);
    await page.goto('/analyze');
    await expect(page.locator('meta[name="robots"][content*="noindex"]')).toHaveCount(0);
  });

  test('a finished report with real-user data downloads as a PDF', async ({ page }) => {
    await page.goto(`/analyze/${FIXTURE_ID}`);
    await expect(page.getByRole('heading', { name: 'What real visitors experienced' })).toBeVisible();
    await expect(page.getByText(/Chrome users on phones across your whole site/)).toBeVisible();
    await expect(page.getByText('Answer to taps and clicks')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'analyze-fixture');
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the report (PDF)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('page-magic-report-fixture-bakery.example.pdf');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (SHOTS) await download.saveAs(`${SHOTS}/report-${test.info().project.name}.pdf`);
    // In Portuguese too (the reader's language, not the analysis's).
    await page.context().addCookies([{ name: 'pm-locale', value: 'pt-BR', url: page.url() }]);
    const pt = await page.request.get(`/analyze/${FIXTURE_ID}/pdf`);
    expect(pt.headers()['content-type']).toBe('application/pdf');
    expect(pt.headers()['content-disposition']).toContain('attachment');
    expect(pt.headers()['x-robots-tag']).toContain('noindex');
    if (SHOTS) writeFileSync(`${SHOTS}/report-pt-${test.info().project.name}.pdf`, await pt.body());
    await page.reload();
    await expect(page.getByRole('heading', { name: 'O que visitantes reais viveram' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ao lado de um site típico da Page Magic' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'analyze-fixture-pt');
  });

  test('agency admins see the analyses and the funnel by week', async ({ page }) => {
    await enterAdminSession(page);
    await page.goto('/admin/analyzer');
    await expect(page.getByRole('heading', { name: 'URL analyzer' })).toBeVisible();
    await expect(page.getByText('Funnel by week')).toBeVisible();
    // The analyses list (the leads list above it may name the same site).
    const analyses = page.getByRole('region', { name: 'Latest analyses' });
    await expect(analyses.getByRole('link', { name: 'https://fixture-bakery.example/' })).toBeVisible();
    const row = analyses.getByRole('row').filter({ hasText: 'https://fixture-bakery.example/' });
    await expect(row).toContainText('42');
    await expect(row).toContainText('Done');
    await expectNoHorizontalOverflow(page);
    await shot(page, 'admin-analyzer');
    await page.context().addCookies([{ name: 'pm-locale', value: 'pt-BR', url: page.url() }]);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Analisador de sites' })).toBeVisible();
    await expect(page.getByText('Funil por semana')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'admin-analyzer-pt');
    await page.context().clearCookies({ name: 'pm-locale' });
    await leaveAdminSession(page);
    // Not an admin: the page does not exist for them.
    const response = await page.goto('/admin/analyzer');
    expect(response?.status()).toBe(404);
  });
});
