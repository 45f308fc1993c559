import { expect, test } from '@playwright/test';
import { enterAdminSession, expectNoHorizontalOverflow, uniqueEmail } from './helpers';

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
    // Both mails are written at once; the outbox page is read again until they show.
    await expect
      .poll(
        async () => {
          await admin.goto('/admin/outbox');
          const text = (await mails().allInnerTexts()).join('\n');
          return text.includes("Your site's check-up: fixture-bakery.example") && text.includes('Welcome to Page Magic, Ana');
        },
        { timeout: 30_000 },
      )
      .toBe(true);
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
