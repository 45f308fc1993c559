import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { clickNavLink, expectNoHorizontalOverflow, signUp, uniqueEmail } from './helpers';

// Outgoing webhooks (issue 36), as a client sets one up: add an endpoint, copy the secret shown
// once, see it listed; a local address is refused. Deliveries themselves (signing, retries, the
// guard at send time) are tested against a loopback receiver in tests/webhooks: this server runs
// with NODE_ENV=production, where the test-only loopback allowance is off, so nothing here makes
// it connect anywhere.

test.use({ locale: 'en-US' });

const SHOTS = process.env.WEBHOOKS_SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${test.info().project.name}.png`, fullPage: true });
}

test('a client adds a webhook endpoint, sees its secret once, and a local address is refused', async ({ page }) => {
  await signUp(page, uniqueEmail('hooks'));
  await clickNavLink(page, 'Webhooks');
  await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();
  await expect(page.getByText('No endpoints yet')).toBeVisible();
  expect(await axeViolations(page), 'empty').toEqual([]);

  await page.getByLabel('Endpoint URL').fill('http://localhost:9/hook');
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(page.getByText('Webhooks can only go to a public https address')).toBeVisible();

  await page.getByLabel('Endpoint URL').fill('https://hooks.example.com/page-magic');
  await page.getByLabel('Description (optional)').fill('Our CRM');
  await page.getByRole('checkbox', { name: 'site.published' }).check();
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(page.getByTestId('webhook-secret')).toHaveText(/^whsec_/);
  const endpoint = page.getByTestId('webhook-endpoint');
  await expect(endpoint.getByRole('heading', { name: 'https://hooks.example.com/page-magic' })).toBeVisible();
  await expect(endpoint.getByText('lead.created')).toBeVisible();
  await expect(endpoint.getByText('site.published')).toBeVisible();
  await expect(endpoint.getByText('On', { exact: true })).toBeVisible();
  expect(await axeViolations(page), 'with an endpoint').toEqual([]);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'webhooks');

  // The secret is not shown again: a reload lists only its first characters.
  await page.reload();
  await expect(page.getByTestId('webhook-secret')).toHaveCount(0);
  await expect(endpoint.getByText(/^Our CRM · Secret whsec_/)).toBeVisible();

  await endpoint.getByRole('button', { name: 'Switch off' }).click();
  await expect(endpoint.getByText('Off', { exact: true })).toBeVisible();
  await expect(endpoint.getByText(/^Our CRM · Secret whsec_/)).toBeVisible();
  await shot(page, 'webhooks-off');
});
