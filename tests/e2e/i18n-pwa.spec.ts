import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoHorizontalOverflow, signIn, enterAdminSession } from './helpers';

/** A message of the catalogue in `locale` (`editor.canvas`). */
function message(locale: 'en' | 'pt-BR', key: string): string {
  const catalog: unknown = JSON.parse(readFileSync(`src/lib/i18n/messages/${locale}.json`, 'utf8'));
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
  if (typeof value !== 'string') throw new Error(`no message ${key}`);
  return value;
}

/**
 * Issue 37: the landing page sends the browser only its own messages, not the whole catalogue
 * (src/lib/i18n/client-namespaces.ts). Messages without characters HTML or JSON would escape, so
 * the text is found as written wherever it is.
 */
function expectOnlyLandingMessages(html: string, locale: 'en' | 'pt-BR') {
  expect(html).toContain(message(locale, 'marketing.feature2Body'));
  expect(html, 'an editor message in the landing page').not.toContain(message(locale, 'editor.canvas'));
  expect(html, 'a tickets message in the landing page').not.toContain(message(locale, 'tickets.descriptionHint'));
}

test.describe('language', () => {
  test.use({ locale: 'pt-BR' });

  test('defaults to the browser language and can be switched', async ({ page }) => {
    const landing = await page.goto('/');
    expectOnlyLandingMessages((await landing?.text()) ?? '', 'pt-BR');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await expect(page.getByRole('link', { name: 'Crie seu site grátis' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Create your site free' })).toBeVisible();
    expectOnlyLandingMessages(await (await page.request.get('/')).text(), 'en');
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in to Page Magic' })).toBeVisible();
  });

  // The header is drawn once by the layout and kept while the person moves about inside the app:
  // switching the language returns to the page they are on, not the one the header was drawn on.
  test('switching the language after moving to another page stays on that page', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Esqueceu sua senha?' }).click();
    await expect(page.getByRole('heading', { name: 'Redefinir sua senha' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/forgot-password');
  });
});

test('the app runs under its nonce-only script policy: no CSP violations, and pages hydrate', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/sign-in');
  // A per-request nonce, plus the editor canvas's one script by hash (tests/host/security-headers.test.ts checks which).
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'sha256-[^']+' 'strict-dynamic';/);
  // Signing in is a hydrated form posting a server action; the dashboard is a client-heavy page.
  await signIn(page, 'free@pagemagic.local', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the app is installable: manifest, icons, service worker and offline page', async ({ page, request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toBe('#5b34f5');
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toContain('192x192');
  expect(sizes).toContain('512x512');
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
  expect((await request.get('/offline')).status()).toBe(200);

  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#5b34f5');
  const registered = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return Boolean(reg.active);
  });
  expect(registered).toBe(true);
  // Offline navigation falls back to the cached offline page.
  await page.context().setOffline(true);
  await page.goto('/dashboard').catch(() => undefined);
  await expect(page.getByRole('heading', { name: /offline/i })).toBeVisible();
  await page.context().setOffline(false);
});

test('health tells anyone up or down, and only admins the database and adapters', async ({ page, request }) => {
  const anonymous = await (await request.get('/api/health')).json();
  expect(Object.keys(anonymous).sort()).toEqual(['status', 'time']);
  expect(anonymous.status).toBe('ok');
  await enterAdminSession(page);
  const health = await (await page.request.get('/api/health')).json();
  expect(health.database.ok).toBe(true);
  expect(health.adapters).toMatchObject({ database: 'pglite', auth: 'local', email: 'outbox' });
});
