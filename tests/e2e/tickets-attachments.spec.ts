import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import {
  DEMO_PASSWORD,
  enterAdminSession,
  expectNoHorizontalOverflow,
  leaveAdminSession,
  signIn,
  signOut,
  signUp,
  uniqueEmail,
} from './helpers';
import { shotInPortuguese } from './tickets-helpers';

// Ticket attachments and the developer's inbox (issue 17), desktop and 360 px: a client opens a
// ticket with a PNG (upload progress shown) and downloads the same bytes back; the agency admin
// sees it and replies with a second file (the field empties after sending), and the client gets
// that file. A developer answers the ticket an admin assigned to them — reply, internal note,
// status — from "Assigned to me", and cannot open another client's unassigned ticket.

test.use({ locale: 'en-US' });

const PASSWORD = 'correct-horse-battery';

/** A PNG of noise: big enough (about 6.5 MB, not compressible) to upload in chunks with visible progress. */
async function noisePng(seed: number): Promise<Buffer> {
  const width = 1800;
  const height = 1200;
  const raw = Buffer.alloc(width * height * 3);
  let x = seed;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = x >> 16;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

async function downloadBytes(page: Page, name: string): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: new RegExp(`^Download ${name.replace('.', '\\.')}`) }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(name);
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function attach(page: Page, form: ReturnType<Page['locator']>, name: string, buffer: Buffer) {
  await form.getByTestId('attachment-input').setInputFiles([{ name, mimeType: 'image/png', buffer }]);
  await expect(form.getByRole('progressbar')).toBeVisible();
  await expect(form.getByTestId('attached-files')).toContainText(name, { timeout: 60_000 });
}

test('a client opens a ticket with a PNG, gets the same bytes back, and the admin’s reply with a second file', async ({ page }, info) => {
  test.setTimeout(240_000);
  const client = uniqueEmail('ticket-files');
  const subject = `Broken banner ${Date.now().toString(36)}`;
  const [screenshot, fixed] = await Promise.all([noisePng(1), noisePng(2)]);
  await signUp(page, client, PASSWORD);

  await page.goto('/dashboard/tickets');
  const newTicket = page.locator('form').filter({ has: page.getByLabel('Subject') });
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('What do you need?').fill('The banner looks like this on my phone.');
  await attach(page, newTicket, 'banner.png', screenshot);
  await page.getByRole('button', { name: 'Open ticket' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(subject) })).toBeVisible();
  const ticketPath = new URL(page.url()).pathname;
  expect(await downloadBytes(page, 'banner.png')).toEqual(screenshot);
  await expectNoHorizontalOverflow(page);
  await signOut(page);

  // The agency: the client's file is there; the answer carries a second one.
  await enterAdminSession(page);
  await page.goto('/admin/tickets');
  await page.getByRole('link', { name: new RegExp(subject) }).click();
  await expect(page.getByRole('heading', { name: new RegExp(subject) })).toBeVisible();
  expect(await downloadBytes(page, 'banner.png')).toEqual(screenshot);
  const replyForm = page.locator('form').filter({ has: page.getByLabel('Message') });
  await page.getByLabel('Message').fill('Fixed — here is how it looks now.');
  await attach(page, replyForm, 'banner-fixed.png', fixed);
  await page.getByRole('button', { name: 'Send to client' }).click();
  const answer = page.getByTestId('ticket-message').filter({ hasText: 'Fixed — here is how it looks now.' });
  await expect(answer.getByRole('link', { name: /^Download banner-fixed\.png/ })).toBeVisible();
  // The form starts over: no text, no file left attached.
  await expect(page.getByLabel('Message')).toHaveValue('');
  await expect(replyForm.getByTestId('attached-files')).toHaveCount(0);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`admin-ticket-files-${info.project.name}.png`), fullPage: true });
  await leaveAdminSession(page);

  // The client gets the agency's file, byte for byte.
  await signIn(page, client, PASSWORD);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await page.goto(ticketPath);
  expect(await downloadBytes(page, 'banner-fixed.png')).toEqual(fixed);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`ticket-files-${info.project.name}.png`), fullPage: true });
});

test('a developer answers the ticket assigned to them from “Assigned to me”, and nothing else', async ({ page, browser }, info) => {
  test.setTimeout(180_000);
  // tests/e2e/fixtures/tickets-developer.sql: this project's developer, their assigned ticket and
  // another client's unassigned one.
  const project = info.project.name;
  const assigned = project === 'desktop' ? '00000000-0000-4000-8000-0000000e2e31' : '00000000-0000-4000-8000-0000000e2e32';
  const unassigned = '00000000-0000-4000-8000-0000000e2e33';
  await signIn(page, `tickets-dev-${project}@e2e.test`, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await page.getByRole('link', { name: 'Assigned to me' }).click();
  await expect(page.getByRole('heading', { name: 'Tickets assigned to you' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Assigned to me' })).toHaveAttribute('aria-current', 'page');
  const rows = page.getByTestId('inbox-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).not.toContainText('Invoice address is wrong');
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`developer-inbox-${project}.png`), fullPage: true });
  await rows.getByRole('link').click();
  await expect(page.getByRole('heading', { name: /Gallery images load slowly/ })).toBeVisible();
  // A developer answers; assigning and merging stay with the admins.
  await expect(page.getByLabel('Assignee')).toHaveCount(0);
  await expect(page.getByLabel('Merge into ticket number')).toHaveCount(0);

  await page.getByLabel('Note', { exact: true }).fill('Images are 4 MB each — resize them. (dev note)');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByTestId('ticket-note')).toContainText('resize them');
  await page.getByLabel('Message').fill('The gallery now loads smaller images. Please check.');
  await page.getByLabel('Wait for the client’s answer (pauses the SLA clock)').check();
  await page.getByRole('button', { name: 'Send to client' }).click();
  await expect(page.getByTestId('ticket-message').filter({ hasText: 'The gallery now loads smaller images' })).toContainText('You');
  await expect(page.getByLabel('Status')).toHaveValue('waiting_for_client');
  await page.getByLabel('Status').selectOption('in_progress');
  await expect(page.getByText('Status changed')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`developer-ticket-${project}.png`), fullPage: true });
  await shotInPortuguese(browser, page, info, `/dashboard/tickets/assigned/${assigned}`, 'developer-ticket', 'Nota interna');

  // Another client's ticket, not assigned to them: there is no such page, by either address.
  for (const path of [`/dashboard/tickets/assigned/${unassigned}`, `/dashboard/tickets/${unassigned}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText('Private to Otto and the agency.')).toHaveCount(0);
  }
  await page.goto('/dashboard');
  await signOut(page);

  // The client sees the developer's answer as the agency's, and never the note.
  await signIn(page, `tickets-devclient-${project}@e2e.test`, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Assigned to me' })).toHaveCount(0);
  await page.goto(`/dashboard/tickets/${assigned}`);
  await expect(page.getByTestId('ticket-message').filter({ hasText: 'The gallery now loads smaller images' })).toContainText('Agency');
  await expect(page.getByText('resize them')).toHaveCount(0);
  await expect(page.getByTestId('ticket-note')).toHaveCount(0);
});
