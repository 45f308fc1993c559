import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { enterAdminSession, expectNoHorizontalOverflow, publishFromStudio, signUp, uniqueEmail, clickNavLink } from './helpers';
import { addSectionAtTop, canvasOf, createAndGenerateSite, properties, openEditorTool } from './studio-helpers';

test.use({ locale: 'en-US' });

// Issue 32 #1, #2, #5: generate a site whose prompt asks for booking, a quote and a newsletter →
// make sure the page has one form of each purpose (through the editor: the composer's wording is
// not what this tests) → publish → on the live site, with JavaScript off and on, send a booking, a
// quote request (first with a mistyped address: the site's own page gives the form back with
// what was typed) and a newsletter sign-up (the consent box ticked) → each lead is on the Leads
// page with its purpose and fields → the confirmation mail is in the outbox and its link confirms.

const PROMPT =
  'A website for Studio Lume, a hair salon in Lisbon: online booking for haircuts, quote requests for wedding hair, and a newsletter with offers';

const axeSource = readFileSync(path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
type Violation = { id: string; help: string; nodes: Array<{ target: string[] }> };

/** axe on a published page: injected through the debugging protocol, which the site's CSP (no inline script) does not govern. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  });
  return found.flatMap((v: Violation) => v.nodes.map((node) => `${v.id}: ${v.help} — ${node.target.join(' ')}`));
}

const formOf = (scope: Page | ReturnType<typeof canvasOf>, purpose: string) =>
  scope.locator(`form[action="/__forms/lead"]:has(input[name="form_kind"][value="${purpose}"])`);

const sectionIds = (page: Page) =>
  canvasOf(page)
    .locator('main [data-pm-section]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-pm-section') ?? ''));

/** A copy of the page's contact section given `purpose` in its properties (the outline's Duplicate, then the Purpose choice). */
async function addContactFormFor(page: Page, isMobile: boolean, purpose: string) {
  const canvas = canvasOf(page);
  const contactId = await canvas
    .locator('main [data-pm-section]')
    .filter({ has: canvas.locator('form input[name="form_kind"]:not([value="newsletter"])') })
    .first()
    .getAttribute('data-pm-section');
  const before = await sectionIds(page);
  if (isMobile) await openEditorTool(page, page.getByRole('button', { name: 'Sections', exact: true }));
  else await page.getByRole('tab', { name: 'Sections' }).click();
  const outline = page.getByTestId('outline').filter({ visible: true });
  await outline
    .locator(`[data-section-id="${contactId}"]`)
    .getByRole('button', { name: /^More actions/ })
    .click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  if (isMobile && (await page.getByRole('button', { name: 'Close the sections' }).isVisible()))
    await page.getByRole('button', { name: 'Close the sections' }).click();
  await expect.poll(async () => (await sectionIds(page)).length).toBe(before.length + 1);
  const copy = (await sectionIds(page)).find((id) => !before.includes(id))!;
  const section = canvas.locator(`main [data-pm-section="${copy}"]`);
  await section.scrollIntoViewIfNeeded();
  await section.click({ position: { x: 4, y: 4 } });
  const panel = await properties(page, isMobile);
  await panel.getByLabel('Purpose', { exact: true }).selectOption(purpose);
  await expect(formOf(canvas, purpose)).toHaveCount(1);
  if (isMobile) await page.getByRole('button', { name: 'Close the properties' }).click();
}

/** Fills every field a lead form has, as a visitor would. */
async function fillLeadForm(form: Locator, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const field = form.locator(`[name="${name}"]:not([type="hidden"])`);
    if ((await field.count()) > 0) await field.fill(value);
  }
}

/** The live site's forms, one visitor's turn: a booking, a quote request with a typo first, a newsletter sign-up. */
async function sendEveryForm(site: Page, siteUrl: string, who: string, isMobile: boolean) {
  const email = `${who}@example.com`;
  const details = { name: `Bia ${who}`, phone: '+351 912 345 678', date: '2027-03-14', time: '15:30', service: 'Haircut' };

  await site.goto(`${siteUrl}/`);
  const booking = formOf(site, 'booking');
  // Every form says who is responsible for what is sent, and links to the privacy page.
  await expect(booking.locator('.form-note')).toContainText(
    /^.+ is responsible for the details you send here and uses them only to answer you\./,
  );
  await fillLeadForm(booking, { ...details, email, message: 'A cut and a wash' });
  await booking.getByRole('button').click();
  await expect(site.getByRole('heading', { level: 1 })).toHaveText('Thank you!');
  await expect(site.locator('main')).toContainText('Your booking request was sent');
  await expect(site.locator('main')).toContainText('2027-03-14');

  await site.goto(`${siteUrl}/`);
  const quote = formOf(site, 'quote');
  // "bia@example" passes the browser's check but is no address anyone can answer.
  await fillLeadForm(quote, { ...details, email: `${who}@example`, message: 'Bride and two bridesmaids' });
  await quote.getByRole('button').click();
  await expect(site.getByRole('heading', { level: 1 })).toHaveText('Please check the form');
  const again = site.locator('form[action="/__forms/lead"]');
  const againEmail = again.getByLabel('Email', { exact: true });
  await expect(againEmail).toHaveValue(`${who}@example`);
  await expect(againEmail).toHaveAttribute('aria-invalid', 'true');
  await expect(again.getByLabel('Message', { exact: true })).toHaveValue('Bride and two bridesmaids');
  await expect(again.getByLabel('Date', { exact: true })).toHaveValue('2027-03-14');
  await expect(site.locator('main')).toContainText('This email address does not look right.');
  if (isMobile) await expectNoHorizontalOverflow(site);
  await againEmail.fill(email);
  await again.getByRole('button', { name: 'Send' }).click();
  await expect(site.getByRole('heading', { level: 1 })).toHaveText('Thank you!');
  await expect(site.locator('main')).toContainText('Your quote request was sent');

  await site.goto(`${siteUrl}/`);
  const newsletter = formOf(site, 'newsletter');
  await newsletter.getByRole('textbox').fill(email);
  await newsletter.getByRole('checkbox', { name: /^I agree to receive news from .+ by email\. I can unsubscribe at any time\.$/ }).check();
  await newsletter.getByRole('button').click();
  await expect(site.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
  return email;
}

/** The confirmation link mailed to `to`, read from the admin outbox (the reveal is audited). */
async function confirmLinkFor(browser: Browser, baseURL: string, to: string): Promise<string> {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  try {
    const admin = await context.newPage();
    await enterAdminSession(admin);
    const mail = admin.getByRole('listitem').filter({ hasText: to }).filter({ hasText: 'Confirm your subscription to' });
    // The mail is sent by a job once the sign-up is stored.
    await expect
      .poll(
        async () => {
          await admin.goto('/admin/outbox');
          return mail.count();
        },
        { timeout: 30_000, message: `the confirmation mail to ${to}` },
      )
      .toBe(1);
    await mail.getByRole('button', { name: 'Show the link' }).click();
    const body = mail.getByTestId('outbox-body');
    await expect(body).not.toContainText('••••••');
    return (await body.innerText()).match(/https?:\/\/\S+\/__forms\/confirm\?\S+/)![0];
  } finally {
    await context.close();
  }
}

test('every form of a published site works with JavaScript off and on, lands on the dashboard, and the newsletter is confirmed by email', async ({
  page,
  browser,
  baseURL,
  isMobile,
}, testInfo) => {
  test.setTimeout(360_000);
  const slug = `forms-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('forms'));
  const studioUrl = await createAndGenerateSite(page, { name: 'Studio Lume', slug, prompt: PROMPT, english: true });

  // One form of each purpose on the page, whatever the composer wrote.
  await page.getByRole('link', { name: 'Open the editor' }).click();
  const canvas = canvasOf(page);
  await expect(canvas.locator('main [data-pm-section]').first()).toBeVisible();
  for (const purpose of ['booking', 'quote'])
    if ((await formOf(canvas, purpose).count()) === 0) await addContactFormFor(page, isMobile, purpose);
  if ((await formOf(canvas, 'newsletter').count()) === 0) await addSectionAtTop(page, isMobile, 'Newsletter');
  for (const purpose of ['booking', 'quote', 'newsletter']) await expect(formOf(canvas, purpose)).toHaveCount(1);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.goto(studioUrl);
  const siteUrl = await publishFromStudio(page, slug, baseURL);
  const tag = `${slug}-${isMobile ? 'm' : 'd'}`;

  // JavaScript off: plain form posts and the host's pages, as a visitor without script sends them.
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    viewport: page.viewportSize(),
    isMobile,
    hasTouch: isMobile,
    locale: 'en-US',
  });
  const offEmail = await sendEveryForm(await noScript.newPage(), siteUrl, `${tag}-off`, isMobile);
  await noScript.close();
  // JavaScript on.
  const site = await page.context().newPage();
  const onEmail = await sendEveryForm(site, siteUrl, `${tag}-on`, isMobile);

  // The live page, its privacy page and the "check the form" page pass an accessibility scan.
  await site.goto(`${siteUrl}/`);
  expect(await violations(site), 'home').toEqual([]);
  await site.screenshot({ path: testInfo.outputPath('live-forms.png'), fullPage: true });
  await formOf(site, 'booking').getByRole('link', { name: 'Privacy policy' }).click();
  await expect(site.getByRole('heading', { level: 1 })).toHaveText('Privacy policy');
  await expect(site.locator('main')).toContainText(/is responsible for that information \(the data controller\)\./);
  expect(await violations(site), 'privacy page').toEqual([]);
  await site.goto(`${siteUrl}/`);
  await fillLeadForm(formOf(site, 'quote'), {
    name: 'Axe',
    email: 'axe@example',
    phone: '+351 912 345 678',
    date: '2027-03-14',
    message: 'x',
  });
  await formOf(site, 'quote').getByRole('button').click();
  await expect(site.getByRole('heading', { level: 1 })).toHaveText('Please check the form');
  expect(await violations(site), 'check the form').toEqual([]);
  await site.screenshot({ path: testInfo.outputPath('check-the-form.png'), fullPage: true });

  // Every lead is on the Leads page with its purpose and fields.
  await clickNavLink(page, 'Leads');
  const leads = page.getByTestId('leads');
  for (const email of [offEmail, onEmail]) {
    const mine = leads.getByRole('listitem').filter({ hasText: email });
    await expect(mine.filter({ hasText: 'Booking request' })).toContainText('2027-03-14');
    await expect(mine.filter({ hasText: 'Booking request' })).toContainText('15:30');
    await expect(mine.filter({ hasText: 'Quote request' })).toContainText('Bride and two bridesmaids');
    await expect(mine.filter({ hasText: 'Newsletter · waiting for email confirmation' })).toContainText('Agreed to receive emails on');
  }
  await page.screenshot({ path: testInfo.outputPath('leads.png'), fullPage: true });

  // The confirmation mail is in the outbox; its link opens a Confirm button on the site (JavaScript off).
  const link = await confirmLinkFor(browser, baseURL!, offEmail);
  expect(link.startsWith(`${siteUrl}/__forms/confirm?token=`)).toBe(true);
  const confirming = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize(), locale: 'en-US' });
  const confirmPage = await confirming.newPage();
  await confirmPage.goto(link);
  await expect(confirmPage.getByRole('heading', { level: 1 })).toHaveText('Confirm your subscription');
  await confirmPage.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(confirmPage.getByRole('heading', { level: 1 })).toHaveText('Subscription confirmed');
  await confirming.close();
  await page.reload();
  await expect(leads.getByRole('listitem').filter({ hasText: offEmail }).filter({ hasText: 'Newsletter · confirmed' })).toHaveCount(1);
});

// Issue 31: a prompt that lists what the form should ask, with questions of the person's own →
// each question is a field of its own on the live site, labelled in their words → a visitor
// (JavaScript off: a plain post) answers them — a question listed with its answers ("glass type
// (tempered, laminated or plain)") is a choice among them, and one answered yes or no ("whether it
// is a replacement") a choice of the two → the owner's Leads page shows each
// answer under its question, not under a field's internal name.
const QUESTIONS_PROMPT =
  'A website for Clear View Glass, a glazier in Curitiba. A quote form asking for name, WhatsApp, glass type (tempered, laminated or plain), measurements, neighbourhood and whether it is a replacement.';

test("the person's own questions are fields of the live form, and the owner reads each answer under its question", async ({
  page,
  browser,
  baseURL,
  isMobile,
}) => {
  test.setTimeout(240_000);
  const slug = `questions-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('questions'));
  await createAndGenerateSite(page, { name: 'Clear View Glass', slug, prompt: QUESTIONS_PROMPT, english: true });
  const siteUrl = await publishFromStudio(page, slug, baseURL);
  const visitor = `Caio ${isMobile ? 'm' : 'd'}`;

  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    viewport: page.viewportSize(),
    isMobile,
    hasTouch: isMobile,
    locale: 'en-US',
  });
  const site = await noScript.newPage();
  await site.goto(`${siteUrl}/`);
  const quote = formOf(site, 'quote');
  const typed = { Measurements: '2 x 1.5 m', Neighbourhood: 'Batel' };
  const answers = { 'Glass type': 'Tempered', 'Whether it is a replacement': 'Yes', ...typed };
  // By their accessible names (a required field's "*" is hidden from them), as a screen reader reads them.
  await quote.getByRole('textbox', { name: 'Name', exact: true }).fill(visitor);
  await quote.getByRole('textbox', { name: 'WhatsApp', exact: true }).fill('+55 41 99876 5432');
  for (const [question, answer] of Object.entries(typed)) await quote.getByRole('textbox', { name: question, exact: true }).fill(answer);
  const glass = quote.getByRole('combobox', { name: 'Glass type', exact: true });
  await expect(glass.getByRole('option')).toHaveText(['Choose…', 'Tempered', 'Laminated', 'Plain']);
  await glass.selectOption('Tempered');
  // A question answered yes or no is a choice of the two, not a box to type in.
  const replacement = quote.getByRole('combobox', { name: 'Whether it is a replacement', exact: true });
  await expect(replacement.getByRole('option')).toHaveText(['Choose…', 'Yes', 'No']);
  await replacement.selectOption('Yes');
  await quote.getByRole('textbox', { name: 'Tell us about your project' }).fill('A shower door');
  await quote.getByRole('button').click();
  await expect(site.getByRole('heading', { level: 1 })).toHaveText('Thank you!');
  // The thank-you lists what went through, each answer under its question.
  await expect(site.locator('main dl')).toContainText('Glass type');
  await expect(site.locator('main dl')).toContainText('Tempered');
  await noScript.close();

  await clickNavLink(page, 'Leads');
  const lead = page.getByTestId('leads').getByRole('listitem').filter({ hasText: visitor });
  await expect(lead).toHaveCount(1);
  for (const [question, answer] of Object.entries(answers)) {
    const row = lead.locator('[data-field^="question"]').filter({ has: page.locator('dt', { hasText: question }) });
    await expect(row.locator('dt')).toHaveText(question);
    await expect(row.locator('dd')).toHaveText(answer);
  }
  await expect(lead).not.toContainText('question1');
  await expect(lead).toContainText('A shower door');
});
