import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectNoHorizontalOverflow, openEmptyProjectForm, signUp, uniqueEmail } from './helpers';

// Issue 34 #1: with payments not configured (the embedded default, as here) every limit message
// leads somewhere: "Ask my agency" opens the ticket form prefilled with the plan and the limit.
// Free's one team place is the owner's, so the invite form gives way to why, with the same action.

test.use({ locale: 'en-US' });

async function shot(page: Page, info: TestInfo, name: string) {
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`${name}-${info.project.name}.png`), fullPage: true });
}

/** The same page in Portuguese with the same session: the text a person reads there, and a screenshot. */
async function inPortuguese(page: Page, info: TestInfo, path: string, name: string, expected: string) {
  const pt = await page
    .context()
    .browser()!
    .newContext({ locale: 'pt-BR', storageState: await page.context().storageState(), viewport: page.viewportSize() ?? undefined });
  const ptPage = await pt.newPage();
  await ptPage.goto(path);
  await expect(ptPage.getByText(expected).first()).toBeVisible();
  await shot(ptPage, info, `${name}-pt-BR`);
  await pt.close();
}

test('a limit message leads to a prefilled ticket to the agency, which opens', async ({ page }, info) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('ask-agency'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Padaria Pão Verde');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(1);

  // Free's one site is used: said before the form it disables, with the way out.
  await page.reload();
  const limit = page.getByTestId('project-limit');
  await expect(limit).toContainText('You have reached the Free plan’s limit of 1 project.');
  await shot(page, info, 'dashboard-limit');
  await inPortuguese(page, info, '/dashboard', 'dashboard-limit', 'Pedir à minha agência');
  await limit.getByRole('link', { name: 'Ask my agency' }).click();

  await expect(page).toHaveURL(/\/dashboard\/tickets\?upgrade=projects#new-ticket$/);
  const form = page.getByTestId('new-ticket');
  await expect(form.getByTestId('ticket-prefilled')).toBeVisible();
  // Keyboard and screen-reader users start on the form they came for.
  await expect(form.getByRole('heading', { name: 'Open a ticket' })).toBeFocused();
  await expect(form.getByLabel('Subject')).toHaveValue('More sites on my Free plan');
  await expect(form.getByLabel('What do you need?')).toHaveValue(
    'Hello! I use Page Magic on the Free plan. I have reached its limit for sites (1). Could you move me to a plan that includes more? Thank you!',
  );
  await shot(page, info, 'ticket-prefilled');
  await inPortuguese(page, info, '/dashboard/tickets?upgrade=projects', 'ticket-prefilled', 'Já preenchemos com o seu plano');

  await form.getByRole('button', { name: 'Open ticket' }).click();
  await expect(page.getByRole('heading', { name: /More sites on my Free plan/ })).toBeVisible();
  await expect(page.getByText('I have reached its limit for sites (1).')).toBeVisible();
});

test('Free’s one team place is the owner’s: no invite form, why, and a prefilled ticket', async ({ page }, info) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('team-full'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Oficina do Zé');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByTestId('project-row').getByRole('link', { name: 'Oficina do Zé' }).first().click();

  const full = page.getByTestId('team-full');
  await expect(full).toContainText('Your plan includes 1 place on each site’s team, and it is yours, as the owner.');
  // The form that could only be refused is not offered.
  await expect(page.getByRole('button', { name: 'Invite', exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Email')).toHaveCount(0);
  await full.scrollIntoViewIfNeeded();
  await shot(page, info, 'team-full');
  await inPortuguese(page, info, page.url(), 'team-full', 'ele é seu, como dono');

  await full.getByRole('link', { name: 'Ask my agency' }).click();
  await expect(page.getByLabel('Subject')).toHaveValue('More team places per site on my Free plan');
  await expect(page.getByLabel('What do you need?')).toHaveValue(/limit for team places per site \(1\)/);
});

test('Usage never says the sites limit resets, and Billing without payments asks the agency for a plan', async ({ page }, info) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('usage-limit'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Salão Bela');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(1);

  await page.goto('/dashboard/usage');
  const sites = page.getByTestId('meter-projects');
  await expect(sites).toContainText('it does not reset');
  await expect(sites).not.toContainText('before the reset');
  await expect(page.getByText(/monthly limits reset on/)).toBeVisible();
  await expect(sites.getByRole('link', { name: 'Ask my agency' })).toHaveAttribute(
    'href',
    '/dashboard/tickets?upgrade=projects#new-ticket',
  );
  await shot(page, info, 'usage-limit');
  await inPortuguese(page, info, '/dashboard/usage', 'usage-limit', 'ele não renova');

  await page.goto('/dashboard/billing');
  await expect(page.getByTestId('payments-not-configured').getByRole('link', { name: 'Ask my agency' })).toBeVisible();
  await shot(page, info, 'billing-ask');
  await page.getByTestId('plan-pro').getByRole('link', { name: 'Ask my agency for Pro' }).click();
  await expect(page.getByLabel('Subject')).toHaveValue('Move my plan from Free to Pro');
  await expect(page.getByLabel('What do you need?')).toHaveValue(
    'Hello! I use Page Magic on the Free plan. Could you move me to the Pro plan? Thank you!',
  );
});
