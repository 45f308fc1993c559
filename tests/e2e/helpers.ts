import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'pagemagic-demo';

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}@e2e.test`;
}

export async function signUp(page: Page, email: string, password = 'correct-horse-battery') {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('E2E Person');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
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
