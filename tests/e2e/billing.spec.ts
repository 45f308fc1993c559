import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// The Billing page on the embedded default (no Stripe keys): the plan, real usage per billed
// meter against the plan's included amounts, the plans with their prices, and the plain notice
// that payments are not configured — no upgrade button that could only fail.

test('a new client sees their Free plan, usage per meter and the plans; payments are not configured', async ({ page }, testInfo) => {
  await signUp(page, uniqueEmail('billing'));
  await page.goto('/dashboard/billing');
  await expect(page.getByRole('heading', { name: 'Billing', level: 1 })).toBeVisible();
  await expect(page.getByTestId('payments-not-configured')).toContainText('Payments are not configured');
  await expect(page.getByTestId('billing-tier')).toHaveText('Free');
  await expect(page.getByTestId('billing-status')).toHaveText('No subscription');
  for (const metric of ['page_generate', 'ai_token', 'container_hours', 'storage_gb']) {
    await expect(page.getByTestId(`billing-meter-${metric}`)).toBeVisible();
  }
  await expect(page.getByTestId('billing-meter-page_generate')).toContainText('0 of 30 included');
  await expect(page.getByRole('progressbar', { name: 'Site generations: 0% of the included amount used' })).toBeVisible();
  await expect(page.getByTestId('plan-basic')).toContainText('R$297.00 a month');
  await expect(page.getByTestId('plan-pro')).toContainText('R$897.00 a month');
  await expect(page.getByTestId('plan-enterprise')).toContainText('Talk to us');
  await expect(page.getByTestId('plan-free')).toContainText('Current plan');
  // Without Stripe there is nothing to click that could only fail.
  await expect(page.getByTestId('checkout-basic')).toHaveCount(0);
  await expect(page.getByTestId('past-due-banner')).toHaveCount(0);
  // Nothing wider than the screen (360 px phones included).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('billing.png'), fullPage: true });
});
