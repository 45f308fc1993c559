import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectNoHorizontalOverflow, openEmptyProjectForm, signUp, uniqueEmail } from './helpers';

// Issue 34 #8: on the embedded default (ROOT_DOMAIN=localhost:<port>, as in this run) the Domains
// page says why a custom domain cannot go live on this machine and shows how it works on a public
// server, instead of only asking for a `cname.localhost` record nobody can create.

test.use({ locale: 'en-US' });

async function shot(page: Page, info: TestInfo, name: string) {
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`${name}-${info.project.name}.png`), fullPage: true });
}

test('the Domains page explains local mode and how custom domains work on a server', async ({ page }, info) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('domains-local'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Padaria Local');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(1);

  await page.goto('/dashboard/domains');
  const notice = page.getByTestId('domains-local-mode');
  await expect(notice.getByRole('heading', { name: 'Custom domains need a public server' })).toBeVisible();
  await expect(notice).toContainText('This copy of Page Magic runs on this computer (localhost).');
  await expect(notice.getByRole('heading', { name: 'How it works when Page Magic runs on your agency’s server' })).toBeVisible();
  const examples = notice.getByRole('list', { name: 'Example records' }).getByTestId('example-record');
  await expect(examples).toHaveCount(2);
  await expect(examples.nth(0)).toContainText('_pagemagic.www.yourbakery.com');
  await expect(examples.nth(1)).toContainText('cname.your-agency.com');
  // Nothing in the explanation asks for the target nobody can set.
  await expect(notice).not.toContainText('cname.localhost');

  // A domain added anyway: its routing record says the target exists only on this computer.
  const domain = `loja-${Date.now().toString(36)}.e2e-local-mode.com.br`;
  await page.getByLabel('Domain', { exact: true }).fill(domain);
  await page.getByRole('button', { name: 'Add domain' }).click();
  const card = page.getByTestId('domain-card').filter({ hasText: domain }).first();
  await expect(card.getByTestId('local-target-note')).toContainText('cname.localhost exists only on this computer');
  await shot(page, info, 'domains-local');

  const pt = await page
    .context()
    .browser()!
    .newContext({ locale: 'pt-BR', storageState: await page.context().storageState(), viewport: page.viewportSize() ?? undefined });
  const ptPage = await pt.newPage();
  await ptPage.goto('/dashboard/domains');
  await expect(ptPage.getByRole('heading', { name: 'Domínios próprios precisam de um servidor público' })).toBeVisible();
  await expect(ptPage.getByTestId('domains-local-mode')).toContainText('www.suapadaria.com.br');
  await shot(ptPage, info, 'domains-local-pt-BR');
  await pt.close();
});

test('the landing shows plan prices in money, an example site and terms and privacy pages', async ({ page }, info) => {
  await page.goto('/');
  const prices = page.getByTestId('plan-prices');
  await expect(prices).toContainText('R$297.00 a month');
  await expect(prices).toContainText('R$897.00 a month');
  await expect(prices).toContainText('No charge');
  await shot(page, info, 'landing');

  const footer = page.getByTestId('marketing-footer');
  await footer.getByRole('link', { name: 'Terms of use' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Terms of use' })).toBeVisible();
  await shot(page, info, 'terms');
  await page.getByTestId('marketing-footer').getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  await shot(page, info, 'privacy');

  await page.goto('/');
  await page.getByTestId('example-site').click();
  await expect(page).toHaveURL(/\/example$/);
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('body')).toContainText('Pão Verde');
  await shot(page, info, 'example-site');

  const pt = await page
    .context()
    .browser()!
    .newContext({ locale: 'pt-BR', viewport: page.viewportSize() ?? undefined });
  const ptPage = await pt.newPage();
  await ptPage.goto('/');
  // Money in the reader's locale: the same plan catalogue, formatted for Brazil.
  await expect(ptPage.getByTestId('plan-prices')).toContainText('R$ 297,00 por mês');
  await shot(ptPage, info, 'landing-pt-BR');
  await ptPage.goto('/privacy');
  await expect(ptPage.getByRole('heading', { level: 1, name: 'Privacidade' })).toBeVisible();
  await shot(ptPage, info, 'privacy-pt-BR');
  await ptPage.goto('/example');
  await expect(ptPage.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await shot(ptPage, info, 'example-site-pt-BR');
  await pt.close();
});
