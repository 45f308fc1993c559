import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { startStripeStandIn, type StripeStandIn } from '../fakes/stripe/server';
import { expectNoHorizontalOverflow, openEmptyProjectForm, signUp, uniqueEmail } from './helpers';

// Issue 35: a plan change shows its effect first. A Pro client with four sites picks Basic
// (three sites): the dialog shows the credit Stripe's preview prices, the new monthly price, the
// limits against usage and the one site that becomes read-only, by name; confirming applies it
// (the Stripe stand-in answers the update and posts customer.subscription.updated, as Stripe does)
// and the projects page shows that site read-only. In Portuguese, the way back up shows its
// charge paid from that credit, in reais (R$ 600,00), and closes from the keyboard. Its own app,
// like billing-upgrade: Stripe configured against the stand-in.

const appPort = Number(process.env.E2E_PORT ?? 3210) + 1100;
const appUrl = `http://localhost:${appPort}`;
const WEBHOOK_SECRET = 'whsec_e2e_plan_change';
let standIn: StripeStandIn;
let app: ChildProcess;

test.use({ baseURL: appUrl, locale: 'en-US' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  standIn = await startStripeStandIn({ webhook: { url: `${appUrl}/api/webhooks/stripe`, secret: WEBHOOK_SECRET } });
  await setupStripeCatalog(createStripeClient('sk_test_e2e', standIn.url, { maxNetworkRetries: 0 }));
  app = spawn(process.execPath, ['scripts/e2e-server.mjs', String(appPort)], {
    env: {
      ...process.env,
      E2E_DATA_DIR: `${process.env.E2E_DATA_DIR || '.data-e2e'}-plan-change`,
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

async function createEmptyProject(page: Page, name: string, slug: string) {
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill(name);
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

test('a downgrade shows its credit and the site that becomes read-only, then applies; the upgrade back is paid from that credit, in reais', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('plan-change');
  await signUp(page, email);

  // On Pro through Checkout (the stand-in's hosted page completes it and posts the webhooks).
  await page.goto('/dashboard/billing');
  await page.getByTestId('checkout-pro').click();
  await page.waitForURL(/\/dashboard\/billing\?checkout=done/);
  await expect(page.getByTestId('billing-tier')).toHaveText('Pro');

  // Four sites, oldest first; Basic includes three.
  const tag = Date.now().toString(36);
  await page.goto('/dashboard');
  for (const [i, name] of ['Padaria Um', 'Padaria Dois', 'Padaria Três', 'Padaria Quatro'].entries()) {
    await createEmptyProject(page, name, `pc-${tag}-${i}`);
  }

  // Switch to Basic: nothing changes yet; the dialog says what would.
  await page.goto('/dashboard/billing');
  await page.getByTestId('plan-change-basic').click();
  const dialog = page.getByRole('dialog', { name: 'Downgrade to Basic' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('plan-change-money')).toContainText(/Credited to your account.*R\$\d{3}\.\d{2}/s);
  await expect(dialog.getByTestId('plan-change-money')).toContainText('R$297.00 a month');
  await expect(dialog.getByTestId('plan-change-limits')).toContainText('Sites: 4 used · 10 now → 3 after');
  const readOnly = dialog.getByTestId('plan-change-read-only');
  await expect(readOnly).toContainText('1 site becomes read-only');
  await expect(readOnly.getByRole('listitem')).toHaveText(['Padaria Quatro']);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('downgrade-preview.png') });
  await expect(page.getByTestId('billing-tier')).toHaveText('Pro');

  // Confirm: Basic, and the projects page names the read-only site.
  await dialog.getByRole('button', { name: 'Confirm the change' }).click();
  // Stripe's webhook usually lands before its answer, so either the change is done or it is on its way.
  await expect(page.getByTestId('plan-change-done')).toContainText(/Your plan (is now|is changing to) Basic/);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('billing-tier')).toHaveText('Basic');
  await page.goto('/dashboard');
  const summary = page.getByTestId('read-only-summary');
  await expect(summary).toContainText('1 site is read-only');
  await expect(summary.getByRole('listitem')).toHaveText(['Padaria Quatro']);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('read-only-after.png'), fullPage: true });

  // In Portuguese, the way back up: the charge now in reais, and the dialog closes from the keyboard.
  await page.context().addCookies([{ name: 'pm-locale', value: 'pt-BR', url: appUrl }]);
  await page.goto('/dashboard/billing');
  await page.getByTestId('plan-change-pro').click();
  const upgrade = page.getByRole('dialog', { name: 'Subir para o Pro' });
  // The downgrade's credit pays for it (Stripe uses the balance first; a centavo of rounding may be left).
  await expect(upgrade.getByTestId('plan-change-money')).toContainText(/Pago com o crédito da sua conta.*R\$\u00a0\d{3},\d{2}/s);
  await expect(upgrade.getByTestId('plan-change-money')).toContainText('R$\u00a0897,00 por mês');
  await expect(upgrade.getByRole('button', { name: 'Confirmar a mudança' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('upgrade-preview-pt-BR.png') });
  await page.keyboard.press('Escape');
  await expect(upgrade).toBeHidden();
  await expect(page.getByTestId('plan-change-pro')).toBeFocused();
  await expect(page.getByTestId('billing-tier')).toHaveText('Básico');
});
