import type { ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { createServerClock, type ServerClock } from '../fakes/clock/server-clock';
import { startTestDnsServer } from '../fakes/dns/dns-server';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/openai/server';
import { engineResponder } from '../../src/modules/generate/engine/test-helpers/engine-responder';
import {
  DEMO_PASSWORD,
  enterAdminSession,
  expectMailsInOutbox,
  expectNoHorizontalOverflow,
  openEmptyProjectForm,
  publishFromStudio,
  signIn,
  signInAs,
  signUp,
  uniqueEmail,
  type TotpClock,
} from './helpers';
import { startOwnAppServer, stopOwnAppServer } from './own-app-server';
import { createAndGenerateSite } from './studio-helpers';
import { chromiumLaunchOptions } from './chromium';

// Issue 33: the journeys that need an app of their own (a paced model, a test clock, a custom
// domain) — a generation cancelled mid-stream, a custom domain's primary switch and removal, the
// monthly report mailed on the 1st. Desktop and 360 px (in MOBILE_SPECS), as journeys.spec.ts.

// The custom domain: an apex (padaria-<id>.com.br) with its www, both mapped to loopback for the
// browser (as in domains.spec) and answered by the test DNS server the app asks
// (scripts/e2e-server.mjs).
test.use({
  locale: 'en-US',
  launchOptions: chromiumLaunchOptions(['--host-resolver-rules=MAP padaria-*.com.br 127.0.0.1, MAP www.padaria-*.com.br 127.0.0.1']),
});

/** What the app's front server answers for `host` (no redirect followed): status and Location. */
function askHost(port: number, host: string, path: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: 'localhost', port, path, headers: { host: `${host}:${port}` } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    });
    req.on('error', reject);
    req.end();
  });
}

test.describe('a custom domain', () => {
  let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
  test.beforeAll(async ({ baseURL }) => {
    dns = await startTestDnsServer({ port: Number(new URL(baseURL!).port) + 20000 });
  });
  test.afterAll(async () => {
    await dns?.close();
  });

  test('with its www: the main address switched answers 301 from the old one to the new one; removed, the name is no longer served', async ({
    page,
    context,
    baseURL,
  }, info) => {
    test.setTimeout(180_000);
    const port = Number(new URL(baseURL!).port);
    const APEX = `padaria-${Date.now().toString(36)}.com.br`;
    const WWW = `www.${APEX}`;
    // tests/e2e/fixtures/journeys.sql: a Basic client (3 domains; an apex and its www are two).
    await signInAs(page, 'domains-journey@e2e.test', DEMO_PASSWORD);
    const slug = `padaria-${Date.now().toString(36)}`;
    await createAndGenerateSite(page, { name: `Padaria ${slug}`, slug, prompt: 'Uma padaria vegana em Lisboa chamada Pão Verde' });
    await publishFromStudio(page, slug, baseURL);

    // Add the apex with its www (www is the main address by default), create the records, check.
    await page.goto('/dashboard/domains');
    await page.getByLabel('Domain', { exact: true }).fill(APEX);
    await page.getByRole('button', { name: 'Add domain' }).click();
    const card = (name: string) => page.getByTestId('domain-card').filter({ has: page.getByRole('heading', { name, exact: true }) });
    await expect(card(APEX)).toBeVisible();
    await expect(card(WWW)).toBeVisible();
    for (const name of [APEX, WWW]) {
      const txt = (await card(name).getByTestId('dns-record').nth(0).locator('code').nth(1).textContent())!;
      dns.set(`_pagemagic.${name}`, { TXT: [txt] });
    }
    dns.set(APEX, { A: ['127.0.0.1'] });
    dns.set(WWW, { CNAME: 'cname.localhost' });
    for (const name of [APEX, WWW]) {
      await card(name).getByRole('button', { name: 'Check now' }).click();
      await expect(card(name).getByTestId('domain-status')).toHaveText('Live');
    }
    await expect(card(WWW).getByText('Main address', { exact: true })).toBeVisible();
    await expect
      .poll(() => askHost(port, APEX, '/contato?from=ad'), { timeout: 15_000 })
      .toEqual({
        status: 301,
        location: `http://${WWW}:${port}/contato?from=ad`,
      });

    // The apex becomes the main address: the old one (www) now sends visitors there, path kept.
    await card(APEX).getByRole('button', { name: 'Make main address' }).click();
    await expect(page.getByText('This is now the main address.')).toBeVisible();
    await expect(card(APEX).getByText('Main address', { exact: true })).toBeVisible();
    await expect
      .poll(() => askHost(port, WWW, '/contato?from=ad'), { timeout: 15_000 })
      .toEqual({
        status: 301,
        location: `http://${APEX}:${port}/contato?from=ad`,
      });
    // …and the new one serves, from the first request on (no redirect back: a loop).
    expect(await askHost(port, APEX, '/')).toEqual({ status: 200, location: undefined });
    expect(await askHost(port, `${slug}.localhost`, '/')).toEqual({ status: 301, location: `http://${APEX}:${port}/` });
    // A visitor typing the old address lands on the new one.
    const visitor = await context.newPage();
    await visitor.goto(`http://${WWW}:${port}/`);
    expect(visitor.url()).toBe(`http://${APEX}:${port}/`);
    await expect(visitor.locator('h1').first()).toBeVisible();
    await visitor.close();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: info.outputPath('domains-switched.png'), fullPage: true });

    // Removed: the www name is served no longer (its records still point here); the apex still is.
    await card(WWW).getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByText('Domain removed.')).toBeVisible();
    await expect(card(WWW)).toHaveCount(0);
    await expect.poll(async () => (await askHost(port, WWW, '/')).status, { timeout: 15_000 }).toBe(404);
    expect((await askHost(port, WWW, '/')).location).toBeUndefined();
    expect((await askHost(port, APEX, '/')).status).toBe(200);
    await page.screenshot({ path: info.outputPath('domains-removed.png'), fullPage: true });
  });
});

test.describe('on an app of its own', () => {
  // An app of this describe's own (E2E_PORT + 41, its own data) with a model — the fake
  // OpenAI-compatible server, paced like a GPU (~20 tokens/s, so a site's plan takes seconds) — and
  // a clock set to the agency's 1st of next month just after midnight (America/Sao_Paulo, the
  // default support time zone): the hourly report cron (minute 17) has not run since the month
  // ended. The fixture client of tests/e2e/fixtures/reports.sql had 4 leads and 500 visits in it.
  const port = Number(process.env.E2E_PORT ?? 3210) + 41;
  const appUrl = `http://localhost:${port}`;
  const zone = 'America/Sao_Paulo';
  const now = new TZDate(Date.now(), zone);
  const first = new TZDate(now.getFullYear(), now.getMonth() + 1, 1, 0, 5, 0, zone);
  const lastMonthDay = new Date(first.getTime() - 86_400_000);
  const reportMonth = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: zone }).format(lastMonthDay);
  const reportMonthValue = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone: zone })
    .format(lastMonthDay)
    .slice(0, 7);
  let app: ChildProcess | undefined;
  let model: FakeOpenAIServer;
  let clock: ServerClock;
  let adminClock: TotpClock;

  test.use({ baseURL: appUrl });
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    model = await startFakeOpenAI({ model: 'e2e-model', responder: engineResponder(), timeToFirstTokenMs: 600, tokensPerSecond: 20 });
    clock = createServerClock(`journeys-own-${port}`, first);
    adminClock = { id: `journeys-own-${port}-${Date.now().toString(36)}`, now: () => clock.now().getTime() };
    app = await startOwnAppServer(port, {
      dataSuffix: '-journeys-own',
      env: { ...clock.env, VLLM_BASE_URL: model.url, VLLM_MODEL: 'e2e-model' },
    });
  });
  test.afterAll(async () => {
    await stopOwnAppServer(app);
    await model?.close();
    clock?.remove();
  });

  test('a generation cancelled mid-stream is not charged: the quota, the plan’s usage and the AI tokens stay at zero', async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    await signUp(page, uniqueEmail('cancel-gen'));
    await openEmptyProjectForm(page);
    await page.getByLabel('Project name').fill('Forno Parado');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('link', { name: 'Forno Parado' }).click();
    const quota = page.getByTestId('generation-quota');
    await expect(quota).toContainText('0 of 30 generations used this month');

    await page.getByLabel('Describe your site').fill('Forno Parado, a bakery in Porto: sourdough, cakes to order, a contact form.');
    const streaming = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/generate'));
    await page.getByRole('button', { name: 'Generate my site' }).click();
    // Mid-stream: the server reserved the generation and is streaming (the answer has begun), the
    // page frame is in the preview and the model is writing the plan.
    expect((await streaming).status()).toBe(200);
    await expect(page.locator('iframe[title="Preview"]')).toBeVisible();
    const status = page.getByTestId('studio-status');
    await expect(status).toHaveText('Planning your site…');
    await page.getByTestId('generation-status').getByRole('button', { name: 'Cancel' }).click();
    await expect(status).toHaveText('Cancelled — nothing was charged');
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: info.outputPath('cancelled-generation.png'), fullPage: true });
    // What the server recorded, read again: no generation counted against the month's quota.
    await page.reload();
    await expect(quota).toContainText('0 of 30 generations used this month');
    await expect(page.getByRole('button', { name: 'Generate my site' })).toBeEnabled();
    await page.goto('/dashboard/billing');
    await expect(page.getByTestId('billing-meter-page_generate')).toContainText('0 of 30 included');
    await expect(page.getByTestId('billing-meter-ai_token')).toContainText('0 of 300,000 included');
    await page.screenshot({ path: info.outputPath('cancelled-generation-billing.png'), fullPage: true });
    // The metered usage (what Stripe is sent, day by day on Usage): no generation, no AI tokens.
    await page.goto('/dashboard/usage');
    await expect(page.getByRole('figure', { name: 'No generations used this month yet.' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'No AI tokens used this month yet.' })).toBeVisible();
    await page.screenshot({ path: info.outputPath('cancelled-generation-usage.png'), fullPage: true });
  });

  test('on the 1st the hourly cron mails every client last month’s report with its PDF; the client downloads the same month', async ({
    page,
  }, info) => {
    test.setTimeout(150_000);
    const client = 'reports-client@e2e.test';
    // 00:17 on the 1st: the cron's tick (the clock only moves forward: a later time if it is past it).
    const tick = new TZDate(first.getFullYear(), first.getMonth(), 1, 0, 17, 0, zone);
    if (clock.now() < tick) clock.set(tick);

    await enterAdminSession(page, adminClock);
    await expectMailsInOutbox(page, client, [`Your Page Magic report for ${reportMonth}`]);
    const mail = page
      .getByRole('listitem')
      .filter({ hasText: `Your Page Magic report for ${reportMonth}` })
      .filter({ hasText: client });
    await expect(mail.getByTestId('outbox-body')).toContainText(
      `Hello Rita (reports), your monthly report is attached: traffic, leads, performance, uptime, support and usage of your sites in ${reportMonth}.`,
    );
    // Sent on the 1st, after the tick.
    const sentAt = new Date((await mail.locator('time').getAttribute('datetime'))!);
    expect(sentAt.getTime()).toBeGreaterThanOrEqual(tick.getTime());
    expect(new TZDate(sentAt, zone).getDate()).toBe(1);
    await page.screenshot({ path: info.outputPath('report-outbox.png'), fullPage: true });
    // The client's page in the admin area: the month's report, emailed.
    await page.goto('/admin/clients/00000000-0000-4000-8000-0000000e2e51');
    const adminRow = page
      .getByRole('region', { name: 'Monthly report' })
      .getByTestId('reports')
      .getByRole('listitem')
      .filter({ hasText: reportMonth });
    await expect(adminRow).toContainText('Emailed');
    await page.context().clearCookies();

    // The client: the same month under Reports, its PDF with the month's figures.
    await signIn(page, client, DEMO_PASSWORD);
    await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
    await page.goto('/dashboard/reports');
    const row = page.getByTestId('reports').getByRole('listitem').filter({ hasText: reportMonth });
    await expect(row).toContainText('Emailed');
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: info.outputPath('report-client.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: `Download the report for ${reportMonth}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`page-magic-report-${reportMonthValue}.pdf`);
    const pdfPath = info.outputPath('report.pdf');
    await download.saveAs(pdfPath);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(pdfPath))), { mergePages: true });
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain(`Monthly report · ${reportMonth}`);
    expect(words).toContain('4 leads this month');
    expect(words).toMatch(/Visits 500 Requests 1,400\b/);
  });
});
