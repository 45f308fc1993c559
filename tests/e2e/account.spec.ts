import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { appAlert, expectNoHorizontalOverflow, signIn, signOut, signUp, uniqueEmail, openEmptyProjectForm, clickNavLink } from './helpers';
import { shotInPortuguese } from './tickets-helpers';

test.use({ locale: 'en-US' });

test('a client downloads their data, then deletes their account for good', async ({ page, browser }, info) => {
  const email = uniqueEmail('leaving');
  await signUp(page, email);
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Leaving Soon');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(1);

  await clickNavLink(page, 'Account');
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
  // The page fits a 360 px phone in both languages (pt-BR's "Gerenciar a verificação em duas etapas" once ran 47 px past it).
  await expectNoHorizontalOverflow(page);
  await shotInPortuguese(browser, page, info, '/dashboard/account', 'account', 'Seus dados');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^page-magic-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as { account: { email: string }; projects: { name: string }[] };
  expect(data.account.email).toBe(email);
  expect(data.projects.map((p) => p.name)).toEqual(['Leaving Soon']);

  // A typo is pointed at and nothing typed is lost.
  const confirm = page.getByLabel(`Type ${email} to confirm`);
  await confirm.fill('not-me@e2e.test');
  await page.getByLabel('Your password').fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByText("Type your account's email exactly to confirm.")).toBeVisible();
  await expect(confirm).toHaveValue('not-me@e2e.test');
  await expect(page.getByLabel('Your password')).toHaveValue('correct-horse-battery');

  await confirm.fill(email);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  await expect(page.getByText('Your account and everything in it were deleted.')).toBeVisible();

  await signIn(page, email, 'correct-horse-battery');
  await expect(appAlert(page, 'Email or password is incorrect.')).toBeVisible();
});

test('sign-up keeps what was typed when something needs fixing', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Ana Souza');
  await page.getByLabel('Email').fill('ana-not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  // Each error once, under its field (no banner repeating it).
  await expect(page.getByText('Enter a valid email address.')).toHaveCount(1);
  await expect(page.getByText('Use at least 8 characters.')).toHaveCount(1);
  await expect(page.getByLabel('Your name')).toHaveValue('Ana Souza');
  await expect(page.getByLabel('Email')).toHaveValue('ana-not-an-email');
  await expect(page.getByLabel('Password')).toHaveValue('short');
});

test('a client changes their password: the current one is asked for, and the new one signs in', async ({ page }) => {
  const email = uniqueEmail('new-password');
  await signUp(page, email);
  await page.goto('/dashboard/account');
  const current = page.getByLabel('Current password');
  const next = page.getByLabel('New password');

  await current.fill('not-my-password');
  await next.fill('a-brand-new-secret-9');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('That is not your current password.')).toBeVisible();
  await expect(next).toHaveValue('a-brand-new-secret-9');

  await current.fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password was changed. Other devices were signed out.')).toBeVisible();
  await expect(current).toHaveValue('');

  await signOut(page);
  await signIn(page, email, 'correct-horse-battery');
  await expect(appAlert(page, 'Email or password is incorrect.')).toBeVisible();
  await signIn(page, email, 'a-brand-new-secret-9');
  await expect(page).toHaveURL(/\/dashboard/);
});

test('sign-up says what creating an account agrees to, and both pages open', async ({ page }) => {
  await page.goto('/sign-up');
  const legal = page.getByTestId('sign-up-legal');
  await expect(legal).toContainText('By creating an account you agree to the Terms of use and the Privacy policy.');
  await legal.getByRole('link', { name: 'Terms of use' }).click();
  await expect(page).toHaveURL(/\/terms$/);
  await expect(page.getByRole('heading', { name: 'Terms of use', level: 1 })).toBeVisible();
  await page.goBack();
  await page.getByTestId('sign-up-legal').getByRole('link', { name: 'Privacy policy' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
});

test('a client sets the name the header shows instead of their email', async ({ page }, info) => {
  const email = uniqueEmail('named');
  await signUp(page, email);
  await page.goto('/dashboard/account');
  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toHaveValue('E2E Person');
  await name.fill('  Ana Souza  ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('display-name-saved')).toHaveText('Saved. The top of the page now shows “Ana Souza”.');
  // The header's name is shown from tablets up; phones keep the bar for the menu and actions.
  if (!info.project.name.includes('mobile')) await expect(page.getByTestId('header-person')).toHaveText('Ana Souza');
  await expectNoHorizontalOverflow(page);

  await name.fill('');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('display-name-saved')).toHaveText('Name removed. The top of the page shows your email again.');
  if (!info.project.name.includes('mobile')) await expect(page.getByTestId('header-person')).toHaveText(email);
});
