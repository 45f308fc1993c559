import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { startUnsplashStandIn, type UnsplashStandIn } from '../fakes/unsplash/server';
import { startOwnAppServer, stopOwnAppServer } from './own-app-server';
import { DEMO_PASSWORD, expectNoHorizontalOverflow, openEmptyProjectForm, publishFromStudio, signIn } from './helpers';

// Issue 32, photos that fit, with a provider configured: a generated bakery site gets stock
// photos in its hero (and gallery), the studio says whose they are, the live site serves them
// from our own storage (never hotlinked) and credits the photographer as Unsplash requires, and
// every photo used was reported to Unsplash's download endpoint.
//
// The suite's app runs the embedded default (no provider), so this spec starts an app server of
// its own (E2E_PORT + 11, its own data) pointed at the Unsplash stand-in on loopback. Desktop only:
// the phone run's site-photos spec covers the same published markup at 360 px.

const port = Number(process.env.E2E_PORT ?? 3210) + 11;
const origin = `http://localhost:${port}`;
test.use({ locale: 'en-US', baseURL: origin });

let server: ChildProcess | undefined;
let unsplash: UnsplashStandIn | undefined;

test.beforeAll(async () => {
  unsplash = await startUnsplashStandIn('e2e-unsplash-key');
  server = await startOwnAppServer(port, {
    dataSuffix: '-stock',
    env: { UNSPLASH_ACCESS_KEY: 'e2e-unsplash-key', UNSPLASH_API_URL: unsplash.url },
  });
});

test.afterAll(async () => {
  await stopOwnAppServer(server);
  server = undefined;
  await unsplash?.close();
});

test('a generated site gets fitting stock photos, copied into our storage and credited on the live site', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(180_000);
  const slug = `stock-${Date.now().toString(36)}`;
  // This server's database is its own and fresh: the seeded demo Pro client.
  await signIn(page, 'pro@pagemagic.local', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Crumb Stock');
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Crumb Stock' }).click();
  await page
    .getByLabel('Describe your site')
    .fill('A landing page for a vegan bakery in Lisbon called Crumb Stock, with a photo gallery of our breads');
  await page.getByRole('checkbox', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1', { timeout: 60_000 });

  // The studio's Photos panel says whose photo the hero is (not "Your photo").
  const slots = page.getByTestId('photo-slots');
  const heroRow = slots.locator('li').filter({ hasText: 'Hero image' }).first();
  await expect(heroRow).toContainText(/Photo by .+ on Unsplash/);
  await expect(heroRow.getByRole('button', { name: /^Replace: Hero image/ })).toBeVisible();
  // Each photo placed was reported to Unsplash's download endpoint, as its guidelines require.
  expect(unsplash!.downloads.length).toBeGreaterThan(0);

  // The picker offers stock photos too: search, pick one, and it replaces the hero with its credit.
  await heroRow.getByRole('button', { name: /^Replace: Hero image/ }).click();
  const picker = page.getByTestId('image-picker');
  await picker.getByRole('tab', { name: /Stock photos/ }).click();
  await picker.getByRole('searchbox', { name: 'Search free photos' }).fill('wedding garden');
  const found = picker.getByRole('list', { name: 'Stock photos' }).getByRole('button').first();
  await expect(found).toBeVisible({ timeout: 30_000 });
  await found.click();
  const alt = picker.getByLabel('Alt text');
  await expect(alt).toBeVisible({ timeout: 30_000 });
  await alt.fill('Our garden terrace');
  await picker.getByRole('button', { name: 'Use this photo' }).click();
  await expect(picker).toBeHidden({ timeout: 30_000 });
  await expect(heroRow).toContainText(/Photo by .+ on Unsplash/);
  await page.getByTestId('photo-slots').screenshot({ path: testInfo.outputPath('stock-photo-slots.png') });

  const siteUrl = await publishFromStudio(page, slug, origin);
  const site = await context.newPage();
  expect((await site.goto(`${siteUrl}/`))?.status()).toBe(200);
  const heroImg = site.locator('section#hero picture img');
  await expect(heroImg).toHaveAttribute('alt', 'Our garden terrace');
  await expect.poll(() => heroImg.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // Served by the site's own host, never the provider's image host.
  const sources = await site
    .locator('picture img, picture source')
    .evaluateAll((nodes) =>
      nodes.flatMap((node) => [node.getAttribute('src'), ...(node.getAttribute('srcset') ?? '').split(',')]).filter(Boolean),
    );
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) expect(source!.trim()).not.toContain(new URL(unsplash!.url).host);
  const current = await heroImg.evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(new URL(current).origin).toBe(new URL(siteUrl).origin);

  // The credit line: each photographer linked to their Unsplash page, and Unsplash itself.
  await expect(site.getByText(/Photos? by .+ on Unsplash/)).toBeVisible();
  const creditLinks = await site
    .locator('a[href^="https://unsplash.com/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(creditLinks.some((href) => /unsplash\.com\/@/.test(href))).toBe(true);
  expect(creditLinks.every((href) => href.includes('utm_source=') && href.includes('utm_medium=referral'))).toBe(true);
  await expectNoHorizontalOverflow(site);
  await site.screenshot({ path: testInfo.outputPath('site-stock-photos.png'), fullPage: true });
});
