import { expect, test } from '@playwright/test';
import { startTestDnsServer } from '../fakes/dns/dns-server';
import { publishFromStudio, signUp, uniqueEmail } from './helpers';

// Custom domains as a person connects one: add it, read the exact records, create them (here: the
// test DNS server the app asks, see scripts/e2e-server.mjs), press Check now, see Live, open the
// site on the custom host. Chromium maps the test domain to loopback (--host-resolver-rules).

const ZONE = 'e2e-padaria.com.br';
test.use({
  locale: 'en-US',
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--host-resolver-rules=MAP *.${ZONE} 127.0.0.1`,
    ],
  },
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
  await page.getByLabel('Project name').fill('Padaria Domínio');
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Padaria Domínio' }).click();
  await page.getByLabel('Describe your site').fill('Uma padaria vegana em Lisboa chamada Pão Verde');
  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1');
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

  const site = await context.newPage();
  const response = await site.goto(`http://${domain}:${port}/`);
  expect(response?.status()).toBe(200);
  await expect(site.locator('h1').first()).toBeVisible();
  // The <slug> address now sends visitors to the custom domain (301, path kept).
  await site.goto(`http://${slug}.localhost:${port}/`);
  expect(new URL(site.url()).host).toBe(`${domain}:${port}`);
});
