import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, appAlert, signIn, signInAs, signOut, signUp, uniqueEmail } from './helpers';

test.use({ locale: 'en-US' });

async function latestLinkFromOutbox(page: Page, to: string): Promise<string> {
  await signInAs(page, 'admin@pagemagic.local', DEMO_PASSWORD);
  await page.goto('/admin/outbox');
  const mail = page.getByRole('listitem').filter({ hasText: to }).first();
  // Links are masked until an admin asks for one (and the reveal is audited).
  await expect(mail.getByTestId('outbox-body')).toContainText('token=••••••');
  await mail.getByRole('button', { name: 'Show the link' }).click();
  await expect(mail.getByTestId('outbox-body')).not.toContainText('••••••');
  const text = await mail.getByTestId('outbox-body').innerText();
  await signOut(page);
  const link = text.match(/https?:\/\/\S+/)?.[0];
  expect(link).toBeTruthy();
  return link!;
}

test('sign in with a wrong password shows a clear error; the right one works; sessions survive reloads', async ({ page }) => {
  const email = uniqueEmail('login');
  await signUp(page, email);
  await signOut(page);
  await signIn(page, email, 'wrong-password');
  await expect(appAlert(page, 'Email or password is incorrect.')).toBeVisible();
  await signIn(page, email, 'correct-horse-battery');
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  const cookies = await page.context().cookies();
  const access = cookies.find((c) => c.name === 'pm-at');
  expect(access?.httpOnly).toBe(true);
  expect(access?.sameSite).toBe('Lax');
});

test('magic link: request, follow the emailed link once, land signed in', async ({ page, browser }) => {
  const email = uniqueEmail('magic');
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email' }).last().fill(email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toContainText(`we sent a sign-in link to ${email}`);

  const admin = await browser.newPage();
  const link = await latestLinkFromOutbox(admin, email);
  await admin.close();

  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await signOut(page);
  // A used link does not work twice.
  await page.goto(link);
  await expect(appAlert(page, 'invalid or has expired')).toBeVisible();
});

test('password reset through the emailed link', async ({ page, browser }) => {
  const email = uniqueEmail('reset');
  await signUp(page, email, 'old-password-123');
  await signOut(page);
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText('a reset link is on its way');

  const admin = await browser.newPage();
  const link = await latestLinkFromOutbox(admin, email);
  await admin.close();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('Password').fill('new-password-456');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await signOut(page);
  await signIn(page, email, 'old-password-123');
  await expect(appAlert(page, 'Email or password is incorrect.')).toBeVisible();
  await signIn(page, email, 'new-password-456');
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
});
