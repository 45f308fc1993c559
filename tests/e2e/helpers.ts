import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'pagemagic-demo';

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}@e2e.test`;
}

/**
 * Signs up and confirms the address as a person would: the confirmation mail is read from the
 * embedded outbox by the demo admin (in a context of its own, so `page` keeps no admin cookies;
 * the reveal is audited), then its link is opened in `page`.
 */
export async function signUp(page: Page, email: string, password = 'correct-horse-battery') {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('E2E Person');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Check your email to confirm your account.')).toBeVisible();
  await page.goto(await linkFromOutbox(page, email, 'email_confirmation'));
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
}

/** The newest link of `type` mailed to `to`, read from the admin outbox in a separate browser context. */
export async function linkFromOutbox(
  page: Page,
  to: string,
  type: 'email_confirmation' | 'magic_link' | 'password_reset',
): Promise<string> {
  const context = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin, locale: 'en-US' });
  try {
    const admin = await context.newPage();
    await signIn(admin, 'admin@pagemagic.local', DEMO_PASSWORD);
    await admin.waitForURL(/\/(admin|dashboard)/);
    await admin.goto('/admin/outbox');
    const mail = admin
      .getByRole('listitem')
      .filter({ hasText: to })
      .filter({ has: admin.getByTestId('outbox-body').filter({ hasText: `type=${type}` }) })
      .first();
    await mail.getByRole('button', { name: 'Show the link' }).click();
    const body = mail.getByTestId('outbox-body');
    await expect(body).not.toContainText('••••••');
    const link = (await body.innerText()).match(/https?:\/\/\S+/)?.[0];
    expect(link, `a ${type} link mailed to ${to}`).toBeTruthy();
    return link!;
  } finally {
    await context.close();
  }
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email' }).first().fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** No sideways scrolling: everything fits the viewport (360 px phones). */
export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

export async function signInAs(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
}

/** Our own alerts (Next's route announcer also has role=alert). */
export function appAlert(page: Page, text: string | RegExp) {
  return page.getByRole('alert').filter({ hasText: text });
}
