import { expect, test } from '@playwright/test';
import {
  DEMO_ADMIN_TOTP_SECRET,
  DEMO_PASSWORD,
  freshTotpCode,
  leaveAdminSession,
  signIn,
  signInAs,
  signInAsAdmin,
  signOut,
  signUp,
  uniqueEmail,
  enterAdminSession,
  expectNoHorizontalOverflow,
  openEmptyProjectForm,
} from './helpers';

test.use({ locale: 'en-US' });

test('an admin impersonates a client, makes an audited change, and stops', async ({ page }) => {
  const clientEmail = uniqueEmail('client');
  await signUp(page, clientEmail);
  await signOut(page);

  await enterAdminSession(page);
  // The overview's chart is drawn at 640 px before its first measure: it must not widen a phone's page meanwhile.
  await expect(page.getByTestId('agency-overview')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.getByLabel('Search by email').fill(clientEmail);
  await page.getByRole('button', { name: 'Search by email' }).click();
  await page.getByRole('link', { name: clientEmail }).click();
  await expect(page.getByRole('heading', { name: clientEmail })).toBeVisible();

  await page.getByLabel('Reason (shown in the audit log)').fill('Customer asked for help creating a site');
  await page.getByRole('button', { name: 'Act as this client' }).click();

  const banner = page.getByTestId('impersonation-banner');
  await expect(banner).toContainText(`Acting as ${clientEmail}`);
  // The admin sees exactly what the client sees: the client's (empty) dashboard.
  await expect(page.getByText('No projects yet')).toBeVisible();
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Made by support');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByTestId('project-row')).toContainText('Made by support');
  // The banner persists across pages.
  await page.getByRole('link', { name: 'Usage' }).click();
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await expect(page.getByTestId('impersonation-banner')).toHaveCount(0);

  await page.getByRole('link', { name: 'Audit log' }).click();
  const table = page.getByTestId('audit-table');
  const rowFor = (action: string) => table.getByRole('row').filter({ hasText: action }).filter({ hasText: clientEmail });
  await expect(rowFor('impersonation.start')).toContainText('admin@pagemagic.local');
  await expect(rowFor('impersonation.start')).toContainText('Customer asked for help');
  await expect(rowFor('projects.insert')).toContainText('admin@pagemagic.local');
  await expect(rowFor('projects.insert')).toContainText('while impersonating');
  await expect(rowFor('impersonation.stop')).toContainText('admin@pagemagic.local');
});

test('an admin changes a client tier and the new limit applies', async ({ page }) => {
  const clientEmail = uniqueEmail('tier');
  await signUp(page, clientEmail);
  await signOut(page);
  await enterAdminSession(page);
  await page.goto(`/admin?q=${encodeURIComponent(clientEmail)}`);
  await page.getByRole('link', { name: clientEmail }).click();
  await page.getByLabel('Change plan').selectOption('basic');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Basic' })).toBeVisible();
  // The audit log names the client by email, not by id, and says what changed.
  await page.getByRole('link', { name: 'Audit log' }).click();
  const change = page
    .getByTestId('audit-table')
    .getByRole('row')
    .filter({ hasText: 'user_profiles.update' })
    .filter({ hasText: clientEmail });
  await expect(change.first()).toContainText('tier: "free" → "basic"');
  await expect(change.first()).toContainText('admin@pagemagic.local');
  await leaveAdminSession(page);
  await signInAs(page, clientEmail, 'correct-horse-battery');
  await expect(page.getByTestId('project-quota')).toHaveText('0 of 3 projects on the Basic plan');
});

test('a client who opens an admin URL gets a 404', async ({ page }) => {
  await signUp(page, uniqueEmail('nosy'));
  for (const url of ['/admin', '/admin/audit', '/admin/outbox', '/admin/clients/00000000-0000-4000-8000-00000000c002']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

test('the admin area takes a second factor: a password alone gets a code prompt, not the clients', async ({ page }) => {
  await signIn(page, 'admin@pagemagic.local', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/sign-in\/two-factor\?next=%2Fadmin/);
  await page.getByLabel('Code').fill('000000');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('That code is not right.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Code')).toHaveValue('000000');
  await page.getByLabel('Code').fill(await freshTotpCode(DEMO_ADMIN_TOTP_SECRET));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
});

test('a client turns on two-factor authentication, and the next sign-in asks for a code', async ({ page }) => {
  const email = uniqueEmail('totp');
  await signUp(page, email);
  await page.goto('/dashboard/account');
  await expect(page.getByTestId('two-factor-status')).toHaveText('Off');
  await page.getByRole('link', { name: 'Manage two-factor authentication' }).click();
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  await expect(page.getByRole('img', { name: /Scan this QR code/ })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  await page.getByLabel('Code').fill(await freshTotpCode(secret));
  await page.getByRole('button', { name: 'Turn on', exact: true }).click();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  const recovery = (await page.getByTestId('recovery-codes').getByRole('listitem').first().innerText()).trim();

  await signOut(page);
  await signIn(page, email, 'correct-horse-battery');
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  // Lost phone: a recovery code gets in (once).
  await page.getByLabel('Code').fill(recovery);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await page.goto('/dashboard/account');
  await expect(page.getByTestId('two-factor-status')).toHaveText('On');
});

test('signing out while impersonating ends the impersonation first, and the audit log says so', async ({ page }) => {
  // Two admin sign-ins, each waiting for a fresh authenticator code (a code is accepted once).
  test.setTimeout(150_000);
  const clientEmail = uniqueEmail('imp-signout');
  await signUp(page, clientEmail);
  await signOut(page);
  // A session of its own: signing out ends it, and the other tests share the saved admin session.
  await signInAsAdmin(page);
  await page.goto(`/admin?q=${encodeURIComponent(clientEmail)}`);
  await page.getByRole('link', { name: clientEmail }).click();
  await page.getByRole('button', { name: 'Act as this client' }).click();
  await expect(page.getByTestId('impersonation-banner')).toContainText(`Acting as ${clientEmail}`);

  await page.getByRole('button', { name: 'End impersonation and sign out' }).click();
  await expect(page).toHaveURL(/\/$/);

  await enterAdminSession(page);
  await page.goto('/admin/audit');
  await expect(page.getByTestId('impersonation-banner')).toHaveCount(0);
  const stop = page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'impersonation.stop' }).filter({ hasText: clientEmail });
  await expect(stop).toHaveCount(1);
  // People, not ids: the client is named (by the name they signed up with) with their email.
  await expect(stop).toContainText('E2E Person');
});

test('the jobs page says what each job does in plain words, the cron as the detail', async ({ page }) => {
  await enterAdminSession(page);
  await page.goto('/admin/jobs');
  const stripe = page.getByTestId('schedule-push-usage-to-stripe');
  await expect(stripe).toContainText('Sends usage to Stripe');
  await expect(stripe).toContainText('Every minute');
  await expect(stripe).toContainText('* * * * *');
});
