import { expect, test, type Page } from '@playwright/test';
import { axeViolations as violations } from './axe';
import { DEMO_PASSWORD, enterAdminSession, expectNoHorizontalOverflow, signIn, signUp, uniqueEmail } from './helpers';
import { canvasOf, createAndGenerateSite, openEditorTool } from './studio-helpers';

// An automated accessibility scan (axe-core, WCAG 2.0/2.1 A and AA rules) of the pages people
// use most, on a computer and on a 360 px phone: the editor with its panels open (issue 12:
// "keyboard and screen-reader access to the whole editor"), the studio, the projects list and
// the public analyzer. axe finds what rules can find (names, roles, contrast, labels, landmarks);
// it does not replace the keyboard and screen-reader checks in the other specs.

// The scan is of the app's own page: the site in the editor's canvas is its own document.

test.use({ locale: 'en-US' });

test('the analyzer and the sign-up pages pass an accessibility scan', async ({ page }) => {
  for (const path of ['/', '/analyze', '/analyze/00000000-0000-4000-8000-00000000a11e', '/sign-up', '/sign-in', '/terms', '/privacy']) {
    await page.goto(path);
    await expect(page.locator('main').first()).toBeVisible();
    expect(await violations(page), path).toEqual([]);
    await expectNoHorizontalOverflow(page);
  }
});

test('the projects list, the studio and the editor with its panels pass an accessibility scan', async ({ page, isMobile }) => {
  test.setTimeout(180_000);
  await signUp(page, uniqueEmail('a11y'));
  expect(await violations(page), 'projects').toEqual([]);
  await createAndGenerateSite(page, {
    name: 'Crumb Access',
    slug: `a11y-${Date.now().toString(36)}`,
    prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Access, with opening hours and WhatsApp orders',
    english: true,
  });
  expect(await violations(page), 'studio').toEqual([]);
  await page.getByRole('link', { name: 'Open the editor' }).click();
  await page.waitForURL(/\/edit$/);
  await expect(canvasOf(page).locator('main [data-pm-section]').first()).toBeVisible();
  expect(await violations(page), 'editor').toEqual([]);

  // A section selected: its properties (a bottom sheet on a phone).
  await canvasOf(page)
    .locator('main [data-pm-section]')
    .nth(1)
    .click({ position: { x: 8, y: 8 } });
  if (isMobile) await openEditorTool(page, page.getByRole('button', { name: 'Properties', exact: true }));
  expect(await violations(page), 'editor, properties').toEqual([]);
  if (isMobile) await page.keyboard.press('Escape');

  // Every side panel: theme, pages and SEO, versions, sharing.
  for (const [open, close] of [
    ['open-theme', 'Close the theme'],
    ['open-pages', 'Close pages and SEO'],
    ['open-versions', 'Close the versions'],
    ['open-share', 'Close sharing'],
  ] as const) {
    await openEditorTool(page, page.getByTestId(open));
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page), `editor, ${open}`).toEqual([]);
    await page.getByRole('button', { name: close }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
});

/** Each page of `paths` (and, for a link matching `follow` on the first, the page it opens) scanned. */
async function scanPages(page: Page, paths: readonly string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('main').first()).toBeVisible();
    // Charts and lists fill in after the first paint: scan what the person ends up seeing.
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
    // The phone run's layout check for every page scanned: nothing wider than a 360 px screen.
    await expectNoHorizontalOverflow(page);
  }
}

test('a client’s dashboard pages, with data in them, pass an accessibility scan', async ({ page }) => {
  test.setTimeout(120_000);
  // tests/e2e/fixtures/insights-dashboard.sql: a client with sites, domains, tickets, insights and leads.
  await signIn(page, 'insights-client@e2e.test', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await scanPages(page, [
    '/dashboard',
    '/dashboard/domains',
    '/dashboard/files',
    '/dashboard/usage',
    '/dashboard/billing',
    '/dashboard/tickets',
    '/dashboard/leads',
    '/dashboard/reports',
    '/dashboard/notifications',
    '/dashboard/notifications/settings',
    '/dashboard/account',
    '/dashboard/account/api-keys',
    '/dashboard/webhooks',
  ]);
  // A project's page and its insights.
  await page.goto('/dashboard');
  await page.getByRole('link', { name: 'Bakery Lumen' }).first().click();
  await page.waitForURL(/\/dashboard\/projects\/[0-9a-f-]{36}$/);
  const project = new URL(page.url()).pathname;
  await scanPages(page, [project, `${project}/insights`]);
});

test('the agency’s admin pages pass an accessibility scan', async ({ page }) => {
  test.setTimeout(120_000);
  await enterAdminSession(page);
  await scanPages(page, [
    '/admin',
    '/admin/tickets',
    '/admin/analyzer',
    '/admin/billing',
    '/admin/domains',
    '/admin/jobs',
    '/admin/legal',
    '/admin/audit',
    '/admin/outbox',
  ]);
});
