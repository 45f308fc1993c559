import type { ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { createServerClock, type ServerClock } from '../fakes/clock/server-clock';
import { startStripeStandIn, type StripeStandIn } from '../fakes/stripe/server';
import {
  DEMO_PASSWORD,
  enterAdminSession,
  expectMailsInOutbox,
  expectNoHorizontalOverflow,
  openEmptyProjectForm,
  signInAs,
  signUp,
  uniqueEmail,
  type TotpClock,
} from './helpers';
import { startOwnAppServer, stopOwnAppServer } from './own-app-server';

// Issue 33: the journeys whose interaction differs on a phone — the Billing page and Stripe's
// Customer Portal, the usage notices, a ticket's SLA reaching the agency — at desktop and 360 px
// (this spec is in MOBILE_SPECS). The journeys that need an app of their own are in journeys-own-app.spec.ts.
//
// One app of this spec's own (the same build, its own data, E2E_PORT + 40) with Stripe configured
// against the Stripe stand-in, whose hosted pages (Checkout, the Customer Portal) a person clicks
// through and which posts signed webhooks as Stripe does; and with a server clock the spec moves
// (tests/fakes/clock): the crons run on the app's own schedule, and "five minutes later" or "three
// hours later" is the clock moved forward, not a wait. The clock only moves forward, a few minutes
// for the usage cron and hours for the SLA, all within the day the server started (and within one
// month: see startOfRoomyMonth).

const appPort = Number(process.env.E2E_PORT ?? 3210) + 40;
const appUrl = `http://localhost:${appPort}`;
const WEBHOOK_SECRET = 'whsec_e2e_journeys';
let standIn: StripeStandIn;
let app: ChildProcess | undefined;
let clock: ServerClock;
let adminClock: TotpClock;

test.use({ baseURL: appUrl, locale: 'en-US' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  clock = createServerClock(`journeys-${appPort}`, startOfRoomyMonth(new Date()));
  adminClock = { id: `journeys-${appPort}-${Date.now().toString(36)}`, now: () => clock.now().getTime() };
  standIn = await startStripeStandIn({
    webhook: { url: `${appUrl}/api/webhooks/stripe`, secret: WEBHOOK_SECRET },
    clock: () => clock.now().getTime(),
  });
  await setupStripeCatalog(createStripeClient('sk_test_e2e', standIn.url, { maxNetworkRetries: 0 })); // npm run stripe:setup
  app = await startOwnAppServer(appPort, {
    dataSuffix: '-journeys',
    env: { ...clock.env, STRIPE_SECRET_KEY: 'sk_test_e2e', STRIPE_API_BASE: standIn.url, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET },
  });
});

test.afterAll(async () => {
  await stopOwnAppServer(app);
  await standIn?.close();
  clock?.remove();
});

/**
 * When the server's clock starts. The fixture's 23 generations are "this month" (a UTC month) and
 * the spec moves the clock about four and a half hours in all: if the run starts that close to a
 * month's end, the server starts just after the next month begins instead, or the notices would
 * be counted against a month nobody used (stop 66's CI began at 23:28 on 30 November).
 */
function startOfRoomyMonth(now: Date): Date | undefined {
  const nextMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  if (nextMonth - now.getTime() > 6 * 3_600_000) return undefined;
  return new Date(nextMonth + 5 * 60_000);
}

async function shot(page: Page, name: string) {
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath(`${name}-${test.info().project.name}.png`), fullPage: true });
}

/**
 * The notification titled `title` in `page`'s inbox: delivery is a job, so the inbox is read again
 * until it shows. After the clock jumps, the embedded scheduler's next minute tick still comes in
 * real time (up to 60 s), then the cron's job and the delivery job run: allow all three.
 */
async function expectNotification(page: Page, title: string) {
  const item = page.getByTestId('notifications').getByRole('listitem').filter({ hasText: title });
  await expect(async () => {
    await page.goto('/dashboard/notifications');
    await expect(item).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 100_000 });
  return item;
}

test('the Customer Portal from Billing and back; cancelled at the period’s end the client is on Free and the site beyond it is read-only', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('portal');
  await signUp(page, email);
  const id = Date.now().toString(36);
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill(`Alpha ${id}`);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('link', { name: `Alpha ${id}` })).toBeVisible();

  // Basic through Checkout (the stand-in's hosted page completes it), then a second site.
  await page.goto('/dashboard/billing');
  await page.getByTestId('checkout-basic').click();
  await page.waitForURL(/\/dashboard\/billing\?checkout=done/);
  await expect(page.getByTestId('billing-tier')).toHaveText('Basic');
  await page.goto('/dashboard');
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill(`Beta ${id}`);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('link', { name: `Beta ${id}` })).toBeVisible();

  const customer = [...standIn.objects.values()].find((o) => o.object === 'customer' && o.email === email)!;
  const subscription = [...standIn.objects.values()].find((o) => o.object === 'subscription' && o.customer === customer.id)!;
  const periodEnd = (subscription.items as { data: { current_period_end: number }[] }).data[0]!.current_period_end;
  const endDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(periodEnd * 1000));

  // Billing → the Customer Portal, for this customer, with the way back to Billing.
  await page.goto('/dashboard/billing');
  await expect(page.getByTestId('billing-plan')).toContainText(`Renews on ${endDate}`);
  await page.getByTestId('billing-portal').click();
  await page.waitForURL(new RegExp(`^${standIn.url}/portal/bps_`));
  const portalSession = standIn.objects.get(new URL(page.url()).pathname.split('/')[2]!)!;
  expect(portalSession).toMatchObject({ customer: customer.id, return_url: `${appUrl}/dashboard/billing` });
  await expect(page.getByTestId('portal-plan')).toHaveText(
    `pm_basic_monthly · renews on ${new Date(periodEnd * 1000).toISOString().slice(0, 10)}`,
  );
  await expect(page.getByRole('link', { name: 'Return to Page Magic' })).toHaveAttribute('href', `${appUrl}/dashboard/billing`);
  await shot(page, 'portal');

  // Cancel in the portal: at the period's end (Stripe sends customer.subscription.updated).
  await page.getByRole('button', { name: 'Cancel plan' }).click();
  await expect(page.getByTestId('portal-plan')).toContainText('cancels on');
  await page.getByRole('link', { name: 'Return to Page Magic' }).click();
  await page.waitForURL(`${appUrl}/dashboard/billing`);
  await expect(page.getByTestId('billing-tier')).toHaveText('Basic');
  await expect(page.getByTestId('billing-status')).toHaveText('Active');
  await expect(page.getByTestId('billing-plan')).toContainText(
    `Ends on ${endDate}; your account then moves to Free and nothing is deleted.`,
  );
  await shot(page, 'billing-cancelling');

  // The period ends (Stripe sends customer.subscription.deleted): Free, nothing deleted.
  await standIn.endPeriod(subscription.id);
  await page.reload();
  await expect(page.getByTestId('billing-tier')).toHaveText('Free');
  await expect(page.getByTestId('billing-status')).toHaveText('Canceled');
  await expect(page.getByTestId('plan-free')).toContainText('Current plan');
  await shot(page, 'billing-free');

  // Free includes one site: the older stays editable, the newer is read-only but kept.
  await page.goto('/dashboard');
  const summary = page.getByTestId('read-only-summary');
  await expect(summary).toContainText('1 site is read-only');
  await expect(summary.getByRole('listitem')).toHaveText([`Beta ${id}`]);
  await shot(page, 'dashboard-read-only');
  await page.getByRole('link', { name: `Beta ${id}` }).click();
  await expect(page.getByTestId('read-only-notice')).toContainText('This site is read-only');
  // An edit is refused, with the reason.
  await page.getByLabel('Describe your site').fill('A landing page for a bakery called Beta, with a contact form');
  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByText('This site is read-only: your plan includes 1 site and this one is beyond it.')).toBeVisible();
  await shot(page, 'project-read-only');
  await page.goto('/dashboard');
  await page.getByRole('link', { name: `Alpha ${id}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Alpha ${id}` })).toBeVisible();
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0);
});

test('usage crosses 80 % and then 100 % of the included generations: each notice shown in the app and mailed', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(300_000);
  // tests/e2e/fixtures/journeys.sql: this client has generated 23 of the Free plan's 30 sites this month.
  const email = `usage-${info.project.name}@e2e.test`;
  await signInAs(page, email, DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Usage Bakery' }).click();
  const quota = page.getByTestId('generation-quota');
  await expect(quota).toContainText('23 of 30 generations used this month');

  // The 24th site: 80 %. The usage cron runs every five minutes: five minutes pass.
  await page.getByLabel('Describe your site').fill('A landing page for a bakery in Porto called Usage Bakery, with a contact form');
  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1', { timeout: 60_000 });
  await expect(quota).toContainText('24 of 30 generations used this month');
  clock.advance(5 * 60_000);
  const eighty = await expectNotification(page, 'You have used 80% of your generations');
  await expect(eighty).toContainText('80% of what your plan includes this month is used.');
  await expect(eighty.getByRole('link', { name: 'You have used 80% of your generations' })).toHaveAttribute('href', '/dashboard/usage');
  await shot(page, 'usage-80');

  // Six more: 30 of 30.
  await page.goto('/dashboard');
  await page.getByRole('link', { name: 'Usage Bakery' }).click();
  for (let version = 2; version <= 7; version++) {
    await page.getByRole('button', { name: 'Regenerate' }).click();
    await expect(page.getByLabel('Describe your site')).toBeVisible();
    await page.getByRole('button', { name: 'Regenerate' }).click();
    await expect(page.getByTestId('studio-status')).toHaveText(`Saved as version ${version}`, { timeout: 60_000 });
  }
  await expect(quota).toContainText('30 of 30 generations used this month');
  clock.advance(5 * 60_000);
  const hundred = await expectNotification(page, 'You have used 100% of your generations');
  await expect(hundred).toContainText('100% of what your plan includes this month is used.');
  await shot(page, 'usage-100');

  // Both mailed (the agency's outbox, read as the admin).
  const adminContext = await browser.newContext({ baseURL: appUrl, locale: 'en-US', viewport: page.viewportSize() ?? undefined });
  const admin = await adminContext.newPage();
  await enterAdminSession(admin, adminClock);
  await expectMailsInOutbox(admin, email, ['You have used 80% of your generations', 'You have used 100% of your generations']);
  await shot(admin, 'usage-outbox');
  await adminContext.close();
});

test('a Pro ticket’s SLA: at 80 % the admin it is assigned to is warned, at the deadline every admin hears of the breach, in the app and by mail', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(300_000);
  // tests/e2e/fixtures/journeys.sql: a Pro client (first answer within 4 hours, calendar hours).
  const client = `sla-client-${info.project.name}@e2e.test`;
  const subject = `Checkout button does nothing ${Date.now().toString(36)}`;
  await signInAs(page, client, DEMO_PASSWORD);
  await page.goto('/dashboard/tickets');
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('What do you need?').fill('Visitors press Buy and nothing happens.');
  await page.getByRole('button', { name: 'Open ticket' }).click();
  const heading = page.getByRole('heading', { level: 1, name: new RegExp(subject) });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Within 4 hours')).toBeVisible();
  const ticketNumber = Number(/^#(\d+)/.exec((await heading.textContent()) ?? '')?.[1]);
  expect(ticketNumber).toBeGreaterThan(0);

  // The agency admin takes it.
  const adminContext = await browser.newContext({ baseURL: appUrl, locale: 'en-US', viewport: page.viewportSize() ?? undefined });
  const admin = await adminContext.newPage();
  await enterAdminSession(admin, adminClock);
  await admin.goto('/admin/tickets');
  await admin.getByRole('link', { name: new RegExp(subject) }).click();
  const assignee = admin.getByLabel('Assignee');
  // Chosen again if the page was not interactive yet (the select is React's: a choice made before
  // hydration is reset to the server's value).
  await expect(async () => {
    await assignee.selectOption({ label: 'admin@pagemagic.local (admin)' });
    await expect(admin.getByText('Assignment saved')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await admin.reload();
  await expect(assignee.locator('option:checked')).toHaveText('admin@pagemagic.local (admin)');

  // 3 h 13 min later nobody has answered: 80 % of the 4 hours is gone (the SLA cron runs every minute).
  clock.advance((3 * 60 + 13) * 60_000);
  const warning = await expectNotification(admin, `Ticket #${ticketNumber} is close to its response deadline`);
  await expect(warning).toContainText(`“${subject}” has used 80% of its first-response time and is assigned to you.`);
  await shot(admin, 'sla-warning');

  // At 4 h: breached, and every agency admin hears of it — in the app and by mail.
  clock.advance(50 * 60_000);
  const breach = await expectNotification(admin, `Ticket #${ticketNumber} missed its response deadline`);
  await expect(breach).toContainText(`“${subject}” has had no first answer within its plan’s SLA.`);
  await expect(breach.getByRole('link', { name: `Ticket #${ticketNumber} missed its response deadline` })).toHaveAttribute(
    'href',
    /\/admin\/tickets\/[0-9a-f-]{36}$/,
  );
  await shot(admin, 'sla-breach');
  await expectMailsInOutbox(admin, 'admin@pagemagic.local', [
    `Ticket #${ticketNumber} is close to its response deadline`,
    `Ticket #${ticketNumber} missed its response deadline`,
  ]);
  await shot(admin, 'sla-outbox');
  await adminContext.close();
});
