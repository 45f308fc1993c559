import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { startStripeStandIn, type StripeStandIn } from '../fakes/stripe/server';
import { expectNoHorizontalOverflow, signUp, uniqueEmail } from './helpers';

// Paying for a plan by boleto, end to end, as a Brazilian client does: this spec starts its own
// app (same build, own data) with Stripe configured against the stand-in, which posts signed
// webhooks to the app as Stripe does. A Free client picks boleto, types a CPF with a wrong check
// digit (refused, everything kept as typed), then a right one; the boleto waits on Billing with
// its due date while the account stays on Free; the stand-in's bank pays it (invoice.paid) and the
// account is Pro. In Portuguese, money reads R$ 897,00 and the prices say taxes are included.
// Every state is also laid out at 360 px in the same run (this spec starts its own app, so a
// second project run would start it again for the same flow).

const appPort = Number(process.env.E2E_PORT ?? 3210) + 1002;
const appUrl = `http://localhost:${appPort}`;
const WEBHOOK_SECRET = 'whsec_e2e_boleto';
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
      E2E_DATA_DIR: `${process.env.E2E_DATA_DIR || '.data-e2e'}-boleto`,
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

/** The page as it is now, at 360 px and back: no sideways scroll, and a screenshot of each width. */
async function atBothWidths(page: Page, testInfo: TestInfo, name: string) {
  const desktop = page.viewportSize()!;
  await expectNoHorizontalOverflow(page, `${name} (desktop)`);
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page, `${name} (360 px)`);
  await page.screenshot({ path: testInfo.outputPath(`${name}-360.png`), fullPage: true });
  await page.setViewportSize(desktop);
}

test('a Free client upgrades to Pro by boleto: the CPF is checked, the plan waits for the payment, then Pro', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('boleto');
  await signUp(page, email);

  await page.goto('/dashboard/billing');
  await expect(page.getByTestId('billing-tier')).toHaveText('Free');
  await expect(page.getByTestId('taxes-note')).toHaveText('Prices in Brazilian reais, taxes included.');
  await expect(page.getByTestId('pix-note')).toContainText('Pix is not offered for plans');

  // Boleto with a CPF whose last check digit is wrong: refused under the field, nothing lost.
  await page.getByRole('radio', { name: 'Boleto' }).click();
  await expect(page.getByText('We issue a boleto due in 3 days.', { exact: false })).toBeVisible();
  const taxId = page.getByRole('textbox', { name: 'CPF or CNPJ' });
  await taxId.fill('529.982.247-24');
  await page.getByTestId('checkout-pro').click();
  await expect(page.getByText('This is not a valid CPF or CNPJ.', { exact: false })).toBeVisible();
  await expect(taxId).toHaveValue('529.982.247-24');
  await expect(taxId).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('radio', { name: 'Boleto' })).toBeChecked();
  await atBothWidths(page, testInfo, 'boleto-cpf-refused');

  await taxId.fill('529.982.247-25');
  await page.getByTestId('checkout-pro').click();
  await page.waitForURL(/\/dashboard\/billing\?boleto=issued/);
  const pending = page.getByTestId('pending-boleto');
  await expect(pending).toContainText('Your boleto is ready.');
  await expect(pending).toContainText(/R\$897\.00 due on \w+ \d+, \d{4}/);
  await expect(pending.getByRole('link', { name: 'Open the boleto' })).toHaveAttribute('href', /\/invoices\/in_/);
  // Still Free; the status says why once Stripe's customer.subscription.created has landed.
  await expect(page.getByTestId('billing-tier')).toHaveText('Free');
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('billing-status')).toHaveText('Waiting for payment', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId('invoice-tax-id').first()).toHaveText('529.982.247-25');
  await expect(page.getByTestId('upgrade-form')).toHaveCount(0);
  await atBothWidths(page, testInfo, 'boleto-pending');

  // In Portuguese: the same boleto, money in the reader's locale.
  await page.context().addCookies([{ name: 'pm-locale', value: 'pt-BR', url: appUrl }]);
  await page.reload();
  await expect(page.getByTestId('pending-boleto')).toContainText('Aguardando o pagamento do boleto');
  await expect(page.getByTestId('pending-boleto')).toContainText('R$\u00a0897,00 com vencimento em');
  await expect(page.getByTestId('plan-basic')).toContainText('R$\u00a0297,00 por mês');
  await expect(page.getByTestId('taxes-note')).toHaveText('Preços em reais, impostos inclusos.');
  await atBothWidths(page, testInfo, 'boleto-pending-pt-BR');

  // The bank pays the boleto: Stripe's invoice.paid reaches the app, and the account is Pro.
  const customer = [...standIn.objects.values()].find((o) => o.object === 'customer' && o.email === email)!;
  const invoice = [...standIn.objects.values()].find((o) => o.object === 'invoice' && o.customer === customer.id && o.status === 'open')!;
  await standIn.payInvoice(invoice.id);
  await page.reload();
  await expect(page.getByTestId('billing-tier')).toHaveText('Pro');
  await expect(page.getByTestId('billing-status')).toHaveText('Ativa');
  await expect(page.getByTestId('pending-boleto')).toHaveCount(0);
  await atBothWidths(page, testInfo, 'boleto-paid-pt-BR');
});
