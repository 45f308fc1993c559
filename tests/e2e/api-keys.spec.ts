import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalOverflow, signUp, uniqueEmail } from './helpers';

test.use({ locale: 'en-US' });

// Settings → API keys as a person uses it, and the key as their CRM would: create a key, copy
// the secret shown once, call /api/v1 with it, see "Last used" filled in, revoke, refused.

const SHOTS = process.env.API_SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: `${SHOTS}/${name}-360.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

test('create a key, use it, see its last use, revoke it, refused', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('apikeys'));
  await page.goto('/dashboard/account');
  await page.getByRole('link', { name: 'Manage API keys' }).click();
  await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
  await expect(page.getByText('No keys yet.')).toBeVisible();
  // Clients are not offered the agency scope.
  await expect(page.getByRole('checkbox', { name: 'Agency' })).toHaveCount(0);

  await page.getByLabel('Name').fill('CRM sync');
  await page.getByRole('checkbox', { name: 'Leads' }).check();
  await page.getByLabel('Expires').selectOption('30');
  await page.getByRole('button', { name: 'Create key' }).click();
  const created = page.getByTestId('api-key-created');
  await expect(created).toContainText('Copy it now');
  const secret = await page.getByLabel('The new API key').inputValue();
  expect(secret).toMatch(/^pm_live_/);
  await shot(page, 'api-keys-created');

  const ok = await request.get('/api/v1/projects', { headers: { authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  expect(ok.headers()['ratelimit-remaining']).toBeDefined();

  await page.reload();
  await expect(page.getByTestId('api-key-created')).toHaveCount(0); // shown once
  const list = page.getByTestId('api-key-list');
  await expect(list).toContainText(secret.slice(0, 16));
  await expect(list.locator('dd').nth(1)).not.toHaveText('Never');
  await shot(page, 'api-keys-list');

  await list.getByRole('button', { name: /^Revoke\W+CRM sync$/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke key' }).click();
  await expect(list.getByText('Revoked', { exact: true }).first()).toBeVisible();
  await expect(list.getByRole('button', { name: /^Revoke/ })).toHaveCount(0);
  const refused = await request.get('/api/v1/projects', { headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()['content-type']).toBe('application/problem+json');
});
