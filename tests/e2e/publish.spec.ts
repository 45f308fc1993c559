import { expect, test, type Browser } from '@playwright/test';
import { axeViolations } from './axe';
import { signUp, uniqueEmail, openEmptyProjectForm, clickNavLink } from './helpers';

test.use({ locale: 'en-US' });

// generate → publish → open the live URL → switch language → submit the
// contact form (no JavaScript involved) → see the lead in the dashboard.
/**
 * The live site on a 360 px phone with JavaScript off: the header is one row — the name and a
 * Menu button — and the button opens the links (a <details> disclosure, no script needed).
 */
async function expectPhoneMenuWithoutScript(browser: Browser, siteUrl: string, shot: (name: string) => string) {
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false, locale: 'en-US' });
  const site = await phone.newPage();
  await site.goto(`${siteUrl}/`);
  const header = site.locator('header');
  const button = header.locator('summary', { hasText: 'Menu' });
  await expect(button).toBeVisible();
  // The site's default language is the prompt's, European Portuguese.
  await expect(header.getByRole('navigation', { name: 'Principal' })).toBeHidden();
  const [brand, menu] = await Promise.all([header.locator('.brand').boundingBox(), button.boundingBox()]);
  expect(menu!.y).toBeLessThan(brand!.y + brand!.height);
  expect(menu!.x + menu!.width).toBeLessThanOrEqual(360);
  expect((await header.boundingBox())!.height).toBeLessThan(100);
  await site.screenshot({ path: shot('site-phone-menu-closed.png') });
  await button.click();
  const links = header.getByRole('navigation', { name: 'Principal' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThan(1);
  await expect(header.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' })).toBeVisible();
  await site.screenshot({ path: shot('site-phone-menu-open.png') });
  await phone.close();
}

/** axe on the live site, at the project's size: menu closed, then open where there is a button. */
async function expectAccessibleSite(browser: Browser, siteUrl: string, viewport: { width: number; height: number }) {
  // The site's CSP forbids the injected scanner, which is the point of the CSP: lift it here only.
  const scan = await browser.newContext({ viewport, bypassCSP: true, locale: 'en-US' });
  const site = await scan.newPage();
  await site.goto(`${siteUrl}/`);
  expect(await axeViolations(site)).toEqual([]);
  const button = site.locator('header summary');
  if (await button.isVisible()) {
    await button.click();
    expect(await axeViolations(site)).toEqual([]);
  }
  await scan.close();
}

test('a generated site is published, served on its own host, and its contact form delivers leads', async ({
  page,
  context,
  baseURL,
  browser,
  isMobile,
  viewport,
}, testInfo) => {
  test.setTimeout(150_000);
  const slug = `pao-verde-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('publish'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Pão Verde');
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Pão Verde' }).click();

  await page
    .getByLabel('Describe your site')
    .fill('Uma landing page para uma padaria vegana em Lisboa chamada Pão Verde, com entrega grátis');
  // The prompt's own language is checked (and the default) once the brief has read it; languages
  // checked before that would race the reading, which the person's choice wins.
  await expect(page.getByRole('checkbox', { name: 'Português (Portugal)' })).toBeChecked();
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
  // On a phone the language links are behind the menu button, like the others.
  if (isMobile) await site.locator('header summary').click();
  await site
    .getByRole('navigation', { name: /language|idioma/i })
    .getByRole('link', { name: 'Português (Brasil)' })
    .click();
  await expect(site.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(site).toHaveURL(`${siteUrl}/pt-BR/`);

  // The header: inline links on a computer; on a phone a Menu button, also without JavaScript,
  // that (with JavaScript) closes again when one of its links is followed.
  await expectPhoneMenuWithoutScript(browser, siteUrl!, (name) => testInfo.outputPath(name));
  await expectAccessibleSite(browser, siteUrl!, viewport!);
  const header = site.locator('header');
  if (isMobile) {
    await header.locator('summary').click();
    await header.getByRole('navigation', { name: 'Principal' }).getByRole('link').first().click();
    await expect(header.locator('details')).not.toHaveAttribute('open');
    await expect(header.getByRole('navigation', { name: 'Principal' })).toBeHidden();
  } else {
    await expect(header.getByRole('navigation', { name: 'Principal' }).getByRole('link').first()).toBeVisible();
    await expect(header.locator('summary')).toBeHidden();
    await site.screenshot({ path: testInfo.outputPath('site-desktop.png') });
  }

  // The contact form works without JavaScript.
  await context.route('**/*.js', (route) => route.abort());
  const form = site.locator('form[action="/__forms/lead"]');
  await form.getByLabel(/nome/i).fill('Joana Teste');
  await form.getByLabel(/e-mail/i).fill('joana@example.com');
  await form.getByLabel(/mensagem|ajudar|message/i).fill('Vocês entregam aos domingos?');
  await form.getByRole('button').click();
  await expect(site.getByRole('heading', { level: 1 })).toHaveText('Obrigado!');
  await context.unroute('**/*.js');

  await clickNavLink(page, 'Leads');
  const leads = page.getByTestId('leads');
  await expect(leads).toContainText('Joana Teste');
  await expect(leads).toContainText('joana@example.com');
  await expect(leads).toContainText('Vocês entregam aos domingos?');

  // Unpublish → a neutral page; make the deployment live again → back.
  await clickNavLink(page, 'Projects');
  await page.getByRole('link', { name: 'Pão Verde' }).click();
  await page.getByTestId('publish-panel').getByRole('button', { name: 'Unpublish' }).click();
  await page.getByRole('alertdialog', { name: 'Take the site offline?' }).getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByTestId('publish-panel')).toContainText('Unpublished');
  expect((await site.goto(`${siteUrl}/`))?.status()).toBe(404);
  await page.getByTestId('publish-panel').getByRole('button', { name: 'Make live' }).click();
  await expect(page.getByTestId('live-url')).toBeVisible();
  expect((await site.goto(`${siteUrl}/`))?.status()).toBe(200);
});
