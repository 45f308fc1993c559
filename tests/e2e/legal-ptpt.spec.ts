import { expect, test } from '@playwright/test';
import { clickNavLink, enterAdminSession, expectNoHorizontalOverflow, signUp, uniqueEmail } from './helpers';

// Issue 34: the agency edits its terms and privacy texts (point 7), and European Portuguese is an
// interface language of its own (point 10: most clients are in Brazil and Portugal).

test.use({ locale: 'en-US' });

test('an admin edits the pt-BR terms; a Brazilian visitor reads them, safely rendered, with their date', async ({ page, browser }) => {
  const marker = `Sol ${Date.now().toString(36)}`;
  await enterAdminSession(page);
  await clickNavLink(page, 'Terms & privacy');
  await expect(page.getByRole('heading', { name: 'Terms and privacy' })).toBeVisible();
  await page.getByRole('link', { name: /Terms of use · Portuguese \(Brazil\)/ }).click();
  await expect(page.getByRole('heading', { name: 'Terms of use · Portuguese (Brazil)' })).toBeVisible();

  const text = page.getByLabel('Text (Markdown)');
  // The editor starts from the built-in pt-BR text.
  await expect(text).toHaveValue(/## A sua conta/);
  // An empty text is refused, and what was typed stays in the box.
  await text.fill('   \n  ');
  await page.getByRole('button', { name: 'Save and publish' }).click();
  await expect(page.getByText('Write the text of the page: it cannot be empty.')).toBeVisible();
  await expect(text).toHaveValue('   \n  ');

  await text.fill(
    `Termos da agência ${marker}.\n\n## Pagamento\n\nO plano é **mensal**. Veja [a nossa página](https://example.com/sobre) ou [isto](javascript:alert(1)).\n\n<script>alert('x')</script>\n`,
  );
  await page.getByRole('button', { name: 'Save and publish' }).click();
  await expect(page.getByText('Saved. Visitors see the new text now.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: /Terms of use · Portuguese \(Brazil\)/ })).toContainText('Edited on');

  // A visitor whose browser asks for Brazilian Portuguese.
  const visitor = await browser.newContext({ locale: 'pt-BR' });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto('/terms');
  await expect(visitorPage.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(visitorPage.getByRole('heading', { level: 1, name: 'Termos de uso' })).toBeVisible();
  await expect(visitorPage.getByText(`Termos da agência ${marker}.`)).toBeVisible();
  await expect(visitorPage.getByRole('heading', { level: 2, name: 'Pagamento' })).toBeVisible();
  await expect(visitorPage.locator('main strong')).toHaveText('mensal');
  await expect(visitorPage.getByRole('link', { name: 'a nossa página' })).toHaveAttribute('href', 'https://example.com/sobre');
  // No javascript: link and no script element: the raw HTML is shown as the text it is.
  await expect(visitorPage.getByRole('link', { name: 'isto' })).toHaveCount(0);
  await expect(visitorPage.locator('main script')).toHaveCount(0);
  await expect(visitorPage.getByText("<script>alert('x')</script>")).toBeVisible();
  await expect(visitorPage.getByTestId('legal-updated')).toContainText('Atualizado em');

  // European Portuguese has its own text: still the built-in one, not Brazil's.
  await visitorPage.getByRole('button', { name: 'PT-PT · Português (Portugal)' }).click();
  await expect(visitorPage.locator('html')).toHaveAttribute('lang', 'pt-PT');
  await expect(visitorPage.getByText(`Termos da agência ${marker}.`)).toHaveCount(0);
  await expect(visitorPage.getByRole('heading', { level: 2, name: 'A sua conta' })).toBeVisible();
  await expect(visitorPage.getByText('Não partilhe a sua palavra-passe')).toBeVisible();
  await visitor.close();

  // Back to the built-in text, so the page is as other runs expect it.
  await page.getByRole('button', { name: 'Go back to the built-in text' }).click();
  await expect(text).toHaveValue(/## A sua conta/);
  await expectNoHorizontalOverflow(page);
});

test('a person switches to Português (Portugal) and the app speaks European Portuguese', async ({ page, browser }) => {
  await signUp(page, uniqueEmail('ptpt'));
  await page.getByRole('button', { name: 'PT-PT · Português (Portugal)' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-PT');
  await expect(page.getByRole('heading', { name: 'Os seus projetos' })).toBeVisible();

  await page.goto('/dashboard/account');
  await expect(page.getByRole('button', { name: 'Guardar nome' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Palavra-passe' })).toBeVisible();
  await page.goto('/dashboard/notifications/settings');
  await expect(page.getByRole('button', { name: 'Guardar definições' })).toBeVisible();

  // A browser that asks for pt-PT gets it without choosing; a bare `pt` keeps pt-BR.
  // (Chromium sends its locale as Accept-Language.)
  for (const [browserLocale, lang, password] of [
    ['pt-PT', 'pt-PT', 'Palavra-passe'],
    ['pt', 'pt-BR', 'Senha'],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const visitor = await context.newPage();
    await visitor.goto('/sign-in');
    await expect(visitor.locator('html')).toHaveAttribute('lang', lang);
    await expect(visitor.getByLabel(password, { exact: true })).toBeVisible();
    await context.close();
  }
});
