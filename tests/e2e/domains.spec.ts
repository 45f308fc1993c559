import { expect, test } from '@playwright/test';
import { startTestDnsServer } from '../fakes/dns/dns-server';
import { expectNoHorizontalOverflow, publishFromStudio, signInAsAdmin, signUp, uniqueEmail } from './helpers';
import { createAndGenerateSite } from './studio-helpers';
import { chromiumLaunchOptions } from './chromium';

// Custom domains as a person connects one: add it, read the exact records, create them (here: the
// test DNS server the app asks, see scripts/e2e-server.mjs), press Check now, see Live, open the
// site on the custom host. Chromium maps the test domain to loopback (--host-resolver-rules).

const ZONE = 'e2e-padaria.com.br';
test.use({
  locale: 'en-US',
  launchOptions: chromiumLaunchOptions([`--host-resolver-rules=MAP *.${ZONE} 127.0.0.1`]),
});

let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
test.beforeAll(async ({ baseURL }) => {
  dns = await startTestDnsServer({ port: Number(new URL(baseURL!).port) + 20000 });
});
test.afterAll(async () => {
  await dns?.close();
});

test('add a domain, create its records, Check now shows Live, and the site answers on the custom host', async ({
  page,
  context,
  baseURL,
}, info) => {
  test.setTimeout(180_000);
  const port = new URL(baseURL!).port;
  const slug = `dominio-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('domains'));
  await createAndGenerateSite(page, { name: 'Padaria Domínio', slug, prompt: 'Uma padaria vegana em Lisboa chamada Pão Verde' });
  await publishFromStudio(page, slug, baseURL);

  const domain = `loja-${Date.now().toString(36)}.${ZONE}`;
  await page.goto('/dashboard/domains');
  await expect(page.getByText('0 of 1 domains on your plan.')).toBeVisible();
  await page.getByLabel('Domain', { exact: true }).fill(`  ${domain.toUpperCase()}. `);
  await page.getByRole('button', { name: 'Add domain' }).click();

  const card = page.getByTestId('domain-card');
  await expect(card.getByRole('heading', { name: domain })).toBeVisible();
  await expect(card.getByTestId('domain-status')).toHaveText('Waiting for DNS');
  const records = card.getByTestId('dns-record');
  await expect(records).toHaveCount(2);
  await expect(records.nth(0)).toContainText(`_pagemagic.${domain}`);
  const txtValue = (await records.nth(0).locator('code').nth(1).textContent())!;
  expect(txtValue).toMatch(/^pagemagic-verify=[0-9a-f]{32}$/);
  await expect(records.nth(1)).toContainText('cname.localhost');
  await expect(card.getByRole('button', { name: 'Copy the value of the TXT record' })).toBeVisible();
  await info.attach('waiting', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  // Check now before the records exist: still waiting, each record says what is missing.
  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(records.nth(0)).toContainText('Not found yet');

  dns.set(`_pagemagic.${domain}`, { TXT: [txtValue] });
  dns.set(domain, { CNAME: 'cname.localhost' });
  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(card.getByTestId('domain-status')).toHaveText('Live');
  await expect(records.nth(0)).toContainText('Found');
  await expect(records.nth(1)).toContainText('Found');
  await page.screenshot({ path: info.outputPath(`domains-${info.project.name}.png`), fullPage: true });
  const pt = await context
    .browser()!
    .newContext({ locale: 'pt-BR', storageState: await context.storageState(), viewport: page.viewportSize() ?? undefined });
  const ptPage = await pt.newPage();
  await ptPage.goto(`${baseURL}/dashboard/domains`);
  await expect(ptPage.getByTestId('domain-status')).toHaveText('No ar');
  await ptPage.screenshot({ path: info.outputPath(`domains-pt-BR-${info.project.name}.png`), fullPage: true });
  await pt.close();

  const site = await context.newPage();
  const response = await site.goto(`http://${domain}:${port}/`);
  expect(response?.status()).toBe(200);
  await expect(site.locator('h1').first()).toBeVisible();
  // The site is rebuilt for its primary custom domain (a job): canonical and Open Graph use it.
  await expect
    .poll(
      async () => {
        await site.goto(`http://${domain}:${port}/`);
        return site.locator('link[rel="canonical"]').getAttribute('href');
      },
      { timeout: 60_000, intervals: [500, 1_000, 2_000] },
    )
    .toBe(`http://${domain}:${port}/`);
  await expect(site.locator('meta[property="og:url"]')).toHaveAttribute('content', `http://${domain}:${port}/`);
  // The <slug> address now sends visitors to the custom domain (301, path kept).
  await site.goto(`http://${slug}.localhost:${port}/`);
  expect(new URL(site.url()).host).toBe(`${domain}:${port}`);
});

test('the agency sees every client’s domain with its status, owner and last check, in English and Portuguese', async ({
  page,
  browser,
  baseURL,
}, info) => {
  await signInAsAdmin(page);
  await page.goto('/admin/domains');
  await expect(page.getByRole('heading', { name: 'Custom domains' })).toBeVisible();
  // A page at a time in name order: find the client's domain by searching, as an admin would.
  await page.getByRole('searchbox', { name: 'Search by domain or client email' }).fill('no-such-domain-anywhere');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('No domain matches')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search by domain or client email' }).fill(ZONE);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  const table = page.getByTestId('agency-domains');
  const row = table.getByTestId('agency-domain-row').filter({ hasText: ZONE }).first();
  await expect(row).toBeVisible();
  await expect(row.getByText('Live', { exact: true })).toBeVisible();
  await expect(row).toContainText('@e2e.test');
  await expect(row.getByRole('button', { name: /^Re-check / })).toBeVisible();
  await row.getByText('Status history').click();
  await expect(row.getByText('Added', { exact: false }).first()).toBeVisible();
  // The wide table scrolls inside its box; the page itself never scrolls sideways on a phone.
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`admin-domains-en-${info.project.name}.png`), fullPage: true });

  const pt = await browser.newContext({
    locale: 'pt-BR',
    storageState: await page.context().storageState(),
    viewport: page.viewportSize() ?? undefined,
  });
  const ptPage = await pt.newPage();
  await ptPage.goto(`${baseURL}/admin/domains?q=${encodeURIComponent(ZONE)}`);
  await expect(ptPage.getByRole('heading', { name: 'Domínios próprios' })).toBeVisible();
  await expect(ptPage.getByTestId('agency-domain-row').filter({ hasText: ZONE }).first().getByText('Verificar de novo')).toBeVisible();
  await ptPage.screenshot({ path: info.outputPath(`admin-domains-pt-BR-${info.project.name}.png`), fullPage: true });
  await pt.close();
});
