import { expect, test } from '@playwright/test';
import { appAlert, expectNoHorizontalOverflow, signUp, uniqueEmail, openEmptyProjectForm, clickNavLink } from './helpers';

test.use({ locale: 'en-US' });

test('a visitor signs up, lands on the dashboard and creates projects up to the free limit', async ({ page }) => {
  await signUp(page, uniqueEmail('signup'));
  await expect(page.getByText('No projects yet')).toBeVisible();
  await expect(page.getByTestId('project-quota')).toHaveText('0 of 1 projects on the Free plan');
  await expectNoHorizontalOverflow(page);

  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Vegan Bakery Lisbon');
  await page.getByRole('button', { name: 'Create project' }).click();
  const rows = page.getByTestId('project-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Vegan Bakery Lisbon');
  await expect(rows.first()).toContainText('vegan-bakery-lisbon.localhost');

  // Over the limit: a clear message with the way out, never a database error (without payments,
  // the embedded default, that is asking the agency: upgrade-ask-agency.spec follows it).
  await expect(page.getByTestId('project-limit')).toContainText('You have reached the Free plan’s limit of 1 project.');
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Second site');
  await page.getByRole('button', { name: 'Create project' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'limit' });
  await expect(alert).toContainText("Your plan's limit for projects is reached.");
  await expect(alert.getByRole('link', { name: 'Ask my agency' })).toHaveAttribute(
    'href',
    '/dashboard/tickets?upgrade=projects#new-ticket',
  );
  await expect(rows).toHaveCount(1);
  await expectNoHorizontalOverflow(page);

  // Rename, then delete.
  await page.getByRole('button', { name: 'Rename: Vegan Bakery Lisbon' }).click();
  await openEmptyProjectForm(page);
  await page.getByRole('textbox', { name: 'Project name' }).last().fill('Padaria Vegana');
  const slug = `padaria-${Date.now().toString(36)}`;
  await page.getByRole('textbox', { name: 'Address' }).last().fill(slug);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(rows.first()).toContainText('Padaria Vegana');
  await expect(rows.first()).toContainText(`${slug}.localhost`);
  // A confirmation dialog (focus starts on Cancel): confirm there.
  await page.getByRole('button', { name: 'Delete: Padaria Vegana' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Padaria Vegana”?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete project' }).click();
  await expect(page.getByText('No projects yet')).toBeVisible();
});

test('validation errors are shown next to the field and nothing is created', async ({ page }) => {
  await signUp(page, uniqueEmail('invalid'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Bad address');
  await page.getByLabel('Address').fill('Not A Valid Slug!');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByText('Use lowercase letters, numbers and single dashes')).toBeVisible();
  await expect(page.getByTestId('project-row')).toHaveCount(0);
});

test('errors speak the person’s language: validation and plan limits in Portuguese', async ({ page }) => {
  await signUp(page, uniqueEmail('pt-errors'));
  await page.getByRole('button', { name: 'Português (Brasil)' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await openEmptyProjectForm(page);
  await page.getByLabel('Nome do projeto').fill('Endereço ruim');
  await page.getByLabel('Endereço').fill('Nao E Valido!');
  await page.getByRole('button', { name: 'Criar projeto' }).click();
  await expect(page.getByText('Use letras minúsculas, números e hifens simples')).toBeVisible();
  await expect(page.getByTestId('project-row')).toHaveCount(0);

  await openEmptyProjectForm(page);
  await page.getByLabel('Nome do projeto').fill('Endereço ruim');
  await page.getByLabel('Endereço').fill('');
  await page.getByRole('button', { name: 'Criar projeto' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  await openEmptyProjectForm(page);
  await page.getByLabel('Nome do projeto').fill('Segundo site');
  await page.getByRole('button', { name: 'Criar projeto' }).click();
  await expect(appAlert(page, 'limite')).toContainText('Você atingiu o limite de projetos do seu plano.');
  await expect(page.getByTestId('project-row')).toHaveCount(1);
});

test('every dashboard section has an honest empty state', async ({ page }) => {
  await signUp(page, uniqueEmail('empty'));
  for (const [link, text] of [
    // No site yet: a domain needs one, and the page says so before anything else.
    ['Domains', 'Create a site first'],
    // No Stripe keys on this installation: the plans and real usage, and why there is no checkout.
    ['Billing', 'Payments are not configured on this installation'],
    ['Tickets', 'Support tickets you open'],
    ['Files', 'Images and files you upload'],
    ['Usage', 'Your plan: Free'],
  ] as const) {
    await clickNavLink(page, link);
    await expect(page.getByText(text)).toBeVisible();
    await expectNoHorizontalOverflow(page);
  }
});
