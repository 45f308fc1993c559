import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { startStripeStandIn, type StripeStandIn } from '../fakes/stripe/server';
import { expectNoHorizontalOverflow, signInAsAdmin, signUp, uniqueEmail } from './helpers';
import { createAndGenerateSite } from './studio-helpers';

// Paying through Stripe, end to end: this spec starts its own app (same build, own data) with
// Stripe configured against the Stripe stand-in, whose hosted Checkout completes the session and
// posts signed webhooks to the app, as Stripe does. A Free client upgrades to Basic — the tier
// changes when the webhook lands — and sees the period's chart on Usage; a failed renewal shows the
// past-due banner and blocks Publish; the agency admin finds the client among the past-due ones.

const appPort = Number(process.env.E2E_PORT ?? 3210) + 1000;
const appUrl = `http://localhost:${appPort}`;
const WEBHOOK_SECRET = 'whsec_e2e_billing';
let standIn: StripeStandIn;
let app: ChildProcess;

test.use({ baseURL: appUrl, locale: 'en-US' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  standIn = await startStripeStandIn({ webhook: { url: `${appUrl}/api/webhooks/stripe`, secret: WEBHOOK_SECRET } });
  await setupStripeCatalog(createStripeClient('sk_test_e2e', standIn.url, { maxNetworkRetries: 0 })); // npm run stripe:setup
  app = spawn(process.execPath, ['scripts/e2e-server.mjs', String(appPort)], {
    env: {
      ...process.env,
      E2E_DATA_DIR: `${process.env.E2E_DATA_DIR || '.data-e2e'}-stripe`,
      STRIPE_SECRET_KEY: 'sk_test_e2e',
      STRIPE_API_BASE: standIn.url,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    },
    stdio: 'ignore',
  });
  for (let i = 0; ; i++) {
    const healthy = await fetch(`${appUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (i > 160) throw new Error('the Stripe-configured app did not start');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
});

test.afterAll(async () => {
  if (app?.pid) {
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
  }
  await standIn?.close();
});

test('a Free client upgrades to Basic through Checkout; a failed renewal blocks Publish; the admin sees it', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('upgrade');
  await signUp(page, email);

  // A site to publish later (the offline composer writes it).
  const slug = `upgrade-${Date.now().toString(36)}`;
  await createAndGenerateSite(page, {
    name: 'Pão Verde',
    slug,
    prompt: 'Uma landing page para uma padaria vegana em Lisboa chamada Pão Verde',
  });

  // Upgrade: Checkout (the stand-in's hosted page) → back on Billing, Basic once the webhook landed.
  await page.goto('/dashboard/billing');
  await expect(page.getByTestId('billing-tier')).toHaveText('Free');
  await page.getByTestId('checkout-basic').click();
  await page.waitForURL(/\/dashboard\/billing\?checkout=done/);
  await expect(page.getByText('Thank you! Your plan changes as soon as Stripe confirms the payment.')).toBeVisible();
  await expect(page.getByTestId('billing-tier')).toHaveText('Basic');
  await expect(page.getByTestId('billing-status')).toHaveText('Active');
  await expect(page.getByTestId('billing-meter-page_generate')).toContainText('1 of 200 included');
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('billing-basic.png'), fullPage: true });

  // Usage: this period's chart, with the generation just made.
  await page.goto('/dashboard/usage');
  await expect(page.getByRole('heading', { name: 'Day by day' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /1 generation this month/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('usage.png'), fullPage: true });

  // The renewal fails: past due everywhere, Publish refused with the reason, nothing taken down.
  const customer = [...standIn.objects.values()].find((o) => o.object === 'customer' && o.email === email)!;
  await standIn.failInvoice(String(customer.id));
  await page.goto('/dashboard');
  await expect(page.getByTestId('past-due-banner')).toContainText('Your last payment failed');
  await page.getByRole('link', { name: 'Pão Verde' }).click();
  await page.getByTestId('publish-panel').getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Your subscription payment is past due.')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('past-due.png'), fullPage: true });

  // The agency admin, in a browser of their own, sees the client among the past-due ones.
  const adminContext = await browser.newContext({ baseURL: appUrl, locale: 'en-US', viewport: page.viewportSize() ?? undefined });
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin);
  await admin.goto('/admin/billing');
  const pastDue = admin.getByTestId('past-due-clients');
  await expect(pastDue.getByRole('link', { name: email })).toBeVisible();
  await expect(pastDue).toContainText('R$297.00');
  await expect(admin.getByTestId('mrr-basic')).toContainText('R$297.00');
  await expectNoHorizontalOverflow(admin);
  await admin.screenshot({ path: testInfo.outputPath('admin-billing.png'), fullPage: true });
  // In Portuguese: the same figures, money in the reader's locale.
  await adminContext.addCookies([{ name: 'pm-locale', value: 'pt-BR', url: appUrl }]);
  await admin.reload();
  await expect(admin.getByRole('heading', { name: 'Clientes com pagamento atrasado' })).toBeVisible();
  await expect(admin.getByTestId('mrr-basic')).toContainText('R$\u00a0297,00');
  await admin.screenshot({ path: testInfo.outputPath('admin-billing-pt-BR.png'), fullPage: true });
  await adminContext.close();
});
