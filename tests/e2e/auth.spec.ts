import { expect, test, type Page } from '@playwright/test';
import {
  appAlert,
  enterAdminSession,
  expectNoHorizontalOverflow,
  leaveAdminSession,
  signIn,
  signOut,
  signUp,
  uniqueEmail,
} from './helpers';

test.use({ locale: 'en-US' });

async function latestLinkFromOutbox(page: Page, to: string): Promise<string> {
  await enterAdminSession(page);
  await page.goto('/admin/outbox');
  const mail = page.getByRole('listitem').filter({ hasText: to }).first();
  // Links are masked until an admin asks for one (and the reveal is audited).
  await expect(mail.getByTestId('outbox-body')).toContainText('token=••••••');
  await mail.getByRole('button', { name: 'Show the link' }).click();
  await expect(mail.getByTestId('outbox-body')).not.toContainText('••••••');
  const text = await mail.getByTestId('outbox-body').innerText();
  await leaveAdminSession(page);
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

test('wrong passwords from one network pause only that network; the person there is told why and until when, and an emailed link still signs them in', async ({
  page,
  browser,
}, testInfo) => {
  const email = uniqueEmail('lockout');
  await signUp(page, email);
  await signOut(page);
  // The e2e server trusts the browser as a proxy (scripts/e2e-server.mjs): X-Forwarded-For names the network.
  const network = () => `198.51.100.${1 + Math.floor(Math.random() * 254)}`;
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': network() });
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong-password-${i}`);
    await expect(appAlert(page, 'Email or password is incorrect.')).toBeVisible();
  }
  // Now even the right password waits, here.
  await signIn(page, email, 'correct-horse-battery');
  const notice = page.getByTestId('sign-in-limited');
  await expect(notice).toContainText('Password sign-in is paused');
  await expect(notice).toContainText('Too many wrong passwords for this account from your network. Try again in 1 minute');
  await expect(notice).toContainText(/You can try your password again at \d{1,2}:\d{2}/);
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('sign-in-limited.png'), fullPage: true });

  // The owner, on another network, signs in as usual.
  const elsewhere = await browser.newContext({
    baseURL: new URL(page.url()).origin,
    locale: 'en-US',
    extraHTTPHeaders: { 'X-Forwarded-For': network().replace('198.51.100.', '203.0.113.') },
  });
  const owner = await elsewhere.newPage();
  await signIn(owner, email, 'correct-horse-battery');
  await expect(owner.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await elsewhere.close();

  // On the paused network, one click emails a sign-in link, and the link works.
  await notice.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(notice.getByRole('status')).toContainText(`we sent a sign-in link to ${email}`);
  const admin = await browser.newPage();
  const link = await latestLinkFromOutbox(admin, email);
  await admin.close();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
});
