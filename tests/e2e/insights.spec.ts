import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectNoHorizontalOverflow, signIn } from './helpers';
import { shotInPortuguese } from './tickets-helpers';

// Issue 18: the dashboard home opens on what needs attention first and each site's figures; a
// site's insights page shows its charts. tests/e2e/fixtures/insights-dashboard.sql: a Basic
// client with two published sites — Bakery Lumen (a custom domain whose records stopped matching,
// three leads, uptime, traffic and speed tests this month, the latest a drop to C) and Studio Nara (its newest publish
// failed) — and a ticket waiting for the client. Read-only: both projects share the client.
// The uptime cron may check the fixture's sites while this runs, so figures it could move are
// matched loosely (a percentage, a status that is one of two), never exactly.

test.use({ locale: 'en-US' });

const CLIENT = 'insights-client@e2e.test';

/** Each panel of a site's insights page has drawn its charts (Recharts' SVG), not an empty state. */
async function expectChartsDrawn(page: Page) {
  for (const panel of ['uptime-panel', 'performance-panel', 'traffic-panel']) {
    await expect(page.getByTestId(panel).locator('.recharts-surface').first()).toBeVisible();
  }
}

test('the dashboard home: what needs attention first, then each site with its status and month’s figures', async ({
  page,
  browser,
}, info) => {
  await signIn(page, CLIENT, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();

  const attention = page.getByTestId('attention');
  await expect(attention.getByRole('heading', { name: /need your attention/ })).toBeVisible();
  const items = attention.getByTestId('attention-item');
  await expect(items.filter({ hasText: 'bakery-lumen.example no longer points to Bakery Lumen' })).toBeVisible();
  await expect(items.filter({ hasText: 'Bakery Lumen got slower: grade C' })).toBeVisible();
  await expect(items.filter({ hasText: 'The last publish of Studio Nara failed' })).toBeVisible();
  await expect(items.filter({ hasText: 'A ticket waits for your reply' })).toBeVisible();
  // The order is the product's: a domain problem, a score drop, a failed publish, a ticket.
  const kinds = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-kind')));
  expect(kinds.indexOf('domain_problem')).toBeLessThan(kinds.indexOf('performance_drop'));
  expect(kinds.indexOf('performance_drop')).toBeLessThan(kinds.indexOf('publish_failed'));
  expect(kinds.indexOf('publish_failed')).toBeLessThan(kinds.indexOf('ticket_waiting'));
  await expect(attention.getByRole('link', { name: /Fix the domain/ })).toHaveAttribute('href', '/dashboard/domains');

  await expect(page.getByTestId('month-leads')).toHaveText('3');
  const bakery = page.getByTestId('project-row').filter({ hasText: 'Bakery Lumen' });
  await expect(bakery.getByTestId('site-status')).toHaveText(/Needs attention|Down/);
  await expect(bakery.getByTestId('site-leads')).toHaveText('3');
  await expect(bakery.getByTestId('site-grade')).toContainText('C');
  await expect(bakery.getByTestId('site-grade')).toContainText('getting worse');
  // 1,234 from the fixture, plus any page view of the site while the run goes on.
  expect(Number((await bakery.getByTestId('site-visits').innerText()).replace(/,/g, ''))).toBeGreaterThanOrEqual(1234);
  await expect(bakery.getByTestId('site-uptime')).toHaveText(/^\d{1,3}(\.\d+)?%$/);
  const studio = page.getByTestId('project-row').filter({ hasText: 'Studio Nara' });
  await expect(studio.getByTestId('site-status')).toHaveText(/Needs attention|Down/);
  await expect(studio.getByTestId('site-leads')).toHaveText('0');

  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`home-${info.project.name}.png`), fullPage: true });
  await shotInPortuguese(browser, page, info, '/dashboard', 'home', 'não aponta mais para Bakery Lumen');
});

test('a site’s insights page: uptime, traffic and performance of this month', async ({ page, browser }, info) => {
  await signIn(page, CLIENT, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await page.getByTestId('project-row').filter({ hasText: 'Bakery Lumen' }).getByRole('link', { name: 'Insights', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bakery Lumen' })).toBeVisible();
  await expectChartsDrawn(page);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`site-insights-${info.project.name}.png`), fullPage: true });

  // In Portuguese, once the charts have been laid out (a chart is drawn after its container is measured).
  const pt = await browser.newContext({
    locale: 'pt-BR',
    storageState: await page.context().storageState(),
    viewport: page.viewportSize() ?? undefined,
  });
  try {
    const ptPage = await pt.newPage();
    await ptPage.goto(new URL(page.url()).pathname);
    await expect(ptPage.getByRole('link', { name: 'Voltar aos seus sites' })).toBeVisible();
    await expect(ptPage.getByRole('heading', { name: 'Disponibilidade', exact: true })).toBeVisible();
    await expectChartsDrawn(ptPage);
    await expectNoHorizontalOverflow(ptPage);
    await ptPage.screenshot({ path: info.outputPath(`site-insights-pt-BR-${info.project.name}.png`), fullPage: true });
  } finally {
    await pt.close();
  }
});
