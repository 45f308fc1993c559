import { expect, test } from '@playwright/test';
import { enterAdminSession, expectMailsInOutbox, expectNoHorizontalOverflow, uniqueEmail } from './helpers';

// A visitor who has their report becomes a lead (issue 16): "Email me this report" with explicit
// consent, and the report and the welcome mail land in the outbox at once. On the production-mode
// server with the fixture report (tests/e2e/fixtures/analyzer-report.sql): capturing a lead needs
// a finished analysis, not a fresh Lighthouse run.

const FIXTURE_ID = '00000000-0000-4000-8000-00000000a11e';
test.use({ locale: 'en-US' });

test('a visitor asks for the report by email and the report and the welcome mail land in the outbox', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail('lead');
  await page.goto(`/analyze/${FIXTURE_ID}`);
  const form = page.getByRole('form', { name: 'Get this report by email' });
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('textbox', { name: 'Name (optional)' }).fill('Ana');
  // Consent is asked, never assumed: without the tick nothing is sent.
  await form.getByRole('button', { name: 'Email me this report' }).click();
  await expect(form.getByText('Tick the box to agree, so we may send you the report.')).toHaveCount(1);
  await expect(page.getByText(`Done! The report is on its way to ${email}.`)).toHaveCount(0);
  // The refused form keeps what was typed: the visitor only ticks the box.
  await expect(form.getByRole('textbox', { name: 'Email' })).toHaveValue(email);
  await expect(form.getByRole('textbox', { name: 'Name (optional)' })).toHaveValue('Ana');
  await form.getByRole('checkbox', { name: /I agree that Page Magic may use these details/ }).check();
  await form.getByRole('button', { name: 'Email me this report' }).click();
  await expect(page.getByText(`Done! The report is on its way to ${email}.`)).toBeVisible();
  await expectNoHorizontalOverflow(page);

  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  try {
    const admin = await context.newPage();
    await enterAdminSession(admin);
    const mails = () => admin.getByRole('listitem').filter({ hasText: email });
    // Both mails are written at once.
    await expectMailsInOutbox(admin, email, ["Your site's check-up: fixture-bakery.example", 'Welcome to Page Magic, Ana']);
    await expect(mails().filter({ hasText: "Your site's check-up: fixture-bakery.example" })).toHaveCount(1);
    await expect(mails().filter({ hasText: 'Welcome to Page Magic, Ana' })).toHaveCount(1);
    // The agency sees the new lead with their site's score and where their mails stand.
    await admin.goto('/admin/analyzer');
    const row = admin.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('https://fixture-bakery.example/');
    await expect(row).toContainText('42');
    await expect(row).toContainText('The report');
    await expect(row).toContainText('Sequence running');
    await expect(row).toContainText('2 emails sent');
  } finally {
    await context.close();
  }
});

test('"Build me a faster site" sends the report and opens the sign-up with the address filled in', async ({ page, browser, baseURL }) => {
  const email = uniqueEmail('faster');
  await page.goto(`/analyze/${FIXTURE_ID}`);
  const form = page.getByRole('form', { name: 'Get this report by email' });
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('checkbox', { name: /I agree that Page Magic may use these details/ }).check();
  await form.getByRole('button', { name: 'Build me a faster site' }).click();
  await expect(
    page.getByText(`Thanks! The report is on its way to ${email}. Create your free account to start your faster site:`),
  ).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.getByRole('link', { name: 'Create my free account' }).click();
  await expect(page).toHaveURL(/\/sign-up\?email=/);
  // The address just given is filled in; the visitor only picks a name and a password.
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await page.getByLabel('Your name').fill('Faster Person');
  await page.getByLabel('Password').fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Check your email to confirm your account.')).toBeVisible();

  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  try {
    const admin = await context.newPage();
    await enterAdminSession(admin);
    // The agency sees what the lead asked for: a faster site, not just the report.
    await admin.goto('/admin/analyzer');
    const row = admin.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('A faster site');
    await expect(row).toContainText('https://fixture-bakery.example/');
  } finally {
    await context.close();
  }
});

test('"Build me a faster site" needs no consent box: unticked, it leads to the sign-up and sends nothing', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail('try-no-consent');
  await page.goto(`/analyze/${FIXTURE_ID}`);
  const form = page.getByRole('form', { name: 'Get this report by email' });
  await expect(form.getByText('The box is only for the emails: you can try Page Magic without ticking it.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('button', { name: 'Build me a faster site' }).click();
  await expect(
    page.getByText('Create your free account to start your faster site. We will not email you: the box was not ticked.'),
  ).toBeVisible();
  await expect(page.getByText('Tick the box to agree')).toHaveCount(0);
  await page.getByRole('link', { name: 'Create my free account' }).click();
  await expect(page).toHaveURL(/\/sign-up\?email=/);
  await expect(page.getByLabel('Email')).toHaveValue(email);

  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  try {
    const admin = await context.newPage();
    await enterAdminSession(admin);
    // No consent, no lead and no mail.
    await admin.goto('/admin/analyzer');
    await expect(admin.getByRole('row').filter({ hasText: email })).toHaveCount(0);
    await admin.goto('/admin/outbox');
    await expect(admin.getByRole('listitem').filter({ hasText: email })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a suggested address on the sign-up page is filled in only when it is an address', async ({ page }) => {
  await page.goto('/sign-up?email=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByLabel('Email')).toHaveValue('');
  await page.goto('/sign-up?email=ana%40example.com');
  await expect(page.getByLabel('Email')).toHaveValue('ana@example.com');
});
