import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

test.use({ locale: 'en-US' });

// generate → publish → open the live URL → switch language → submit the
// contact form (no JavaScript involved) → see the lead in the dashboard.
test('a generated site is published, served on its own host, and its contact form delivers leads', async ({ page, context, baseURL }) => {
  test.setTimeout(150_000);
  const slug = `pao-verde-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('publish'));
  await page.getByLabel('Project name').fill('Pão Verde');
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Pão Verde' }).click();

  await page
    .getByLabel('Describe your site')
    .fill('Uma landing page para uma padaria vegana em Lisboa chamada Pão Verde, com entrega grátis');
  await page.getByRole('checkbox', { name: 'English' }).check();
  await page.getByRole('checkbox', { name: 'Português (Brasil)' }).check();
  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1');

  const panel = page.getByTestId('publish-panel');
  await panel.getByRole('button', { name: 'Publish' }).click();
  const live = panel.getByTestId('live-url');
  await expect(live).toContainText('Your site is live at', { timeout: 60_000 });
  const siteUrl = await live.getByRole('link').getAttribute('href');
  const port = new URL(baseURL!).port;
  expect(siteUrl).toBe(`http://${slug}.localhost:${port}`);
  await expect(panel.getByTestId('deployments')).toContainText('Version 1');

  // The live site, on its own host (Chromium resolves *.localhost to loopback).
  const site = await context.newPage();
  const response = await site.goto(`${siteUrl}/`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
  await expect(site.locator('header')).toContainText('Pão Verde');
  await expect(site.locator('h1')).toHaveCount(1);
  await site
    .getByRole('navigation', { name: /language|idioma/i })
    .getByRole('link', { name: 'Português (Brasil)' })
    .click();
  await expect(site.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(site).toHaveURL(`${siteUrl}/pt-BR/`);

  // The contact form works without JavaScript.
  await context.route('**/*.js', (route) => route.abort());
  const form = site.locator('form[action="/__forms/lead"]');
  await form.getByLabel(/nome/i).fill('Joana Teste');
  await form.getByLabel(/e-mail/i).fill('joana@example.com');
  await form.getByLabel(/mensagem|ajudar|message/i).fill('Vocês entregam aos domingos?');
  await form.getByRole('button').click();
  await expect(site.getByRole('heading', { level: 1 })).toHaveText('Obrigado!');
  await context.unroute('**/*.js');

  await page.getByRole('link', { name: 'Leads' }).click();
  const leads = page.getByTestId('leads');
  await expect(leads).toContainText('Joana Teste');
  await expect(leads).toContainText('joana@example.com');
  await expect(leads).toContainText('Vocês entregam aos domingos?');

  // Unpublish → a neutral page; make the deployment live again → back.
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('link', { name: 'Pão Verde' }).click();
  await page.getByTestId('publish-panel').getByRole('button', { name: 'Unpublish' }).click();
  await page.getByRole('alertdialog', { name: 'Take the site offline?' }).getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByTestId('publish-panel')).toContainText('Unpublished');
  expect((await site.goto(`${siteUrl}/`))?.status()).toBe(404);
  await page.getByTestId('publish-panel').getByRole('button', { name: 'Make live' }).click();
  await expect(page.getByTestId('live-url')).toBeVisible();
  expect((await site.goto(`${siteUrl}/`))?.status()).toBe(200);
});
