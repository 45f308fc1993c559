import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO_PASSWORD, enterAdminSession, expectNoHorizontalOverflow, leaveAdminSession, signIn } from './helpers';

// Issue 18, monthly reports: an admin generates last month's report for a client from the
// client's page (tests/e2e/fixtures/reports.sql: 4 leads and 500 visits last month); the client
// finds it under Reports and downloads it; pdftoppm turns its first page into a PNG attached to
// the test, to be looked at. Generating again (the second project) replaces the month's report.

test.use({ locale: 'en-US' });

const CLIENT_ID = '00000000-0000-4000-8000-0000000e2e51';
const CLIENT = 'reports-client@e2e.test';

function lastMonth(): { value: string; label: string } {
  const now = new Date();
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
  return {
    value: at.toISOString().slice(0, 7),
    label: new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at),
  };
}

test('an admin generates last month’s report; the client lists and downloads it', async ({ page }, info) => {
  test.setTimeout(120_000);
  const month = lastMonth();

  await enterAdminSession(page);
  await page.goto(`/admin/clients/${CLIENT_ID}`);
  const section = page.getByRole('region', { name: 'Monthly report' });
  await section.getByLabel('Month').fill(month.value);
  await section.getByRole('button', { name: 'Generate report' }).click();
  await expect(section.getByRole('status').filter({ hasText: `Report for ${month.label} generated.` })).toBeVisible({ timeout: 60_000 });
  await expect(section.getByTestId('reports').getByText(month.label)).toBeVisible();
  await leaveAdminSession(page);

  await signIn(page, CLIENT, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  // The app's navigation leads there (on a phone it may be folded into a menu: the address is the same).
  await expect(page.locator('a[href="/dashboard/reports"]').first()).toBeAttached();
  await page.goto('/dashboard/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Monthly reports' })).toBeVisible();
  const row = page.getByTestId('reports').getByRole('listitem').filter({ hasText: month.label });
  await expect(row).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`reports-${info.project.name}.png`), fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('link', { name: `Download the report for ${month.label}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`page-magic-report-${month.value}.pdf`);
  const pdfPath = info.outputPath('report.pdf');
  await download.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  // The fixture's month is in it: its site, 4 leads, 500 visits (the serving path may add visits
  // only to this month, never to last month's report).
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(pdfPath))), { mergePages: true });
  const words = text.replace(/\s+/g, ' ');
  expect(words).toContain(`Monthly report · ${month.label}`);
  expect(words).toContain('1 site: Rita Bakery');
  expect(words).toContain('4 leads this month');
  expect(words).toMatch(/Visits 500 Requests 1,400\b/);

  // Page 1 as a picture (poppler-utils; `npm test` installs it, see scripts/lib.mjs ensurePoppler).
  expect(existsSync('/usr/bin/pdftoppm'), 'pdftoppm is missing: apt-get install -y poppler-utils').toBe(true);
  const pngBase = info.outputPath(`report-page1-${info.project.name}`);
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, pngBase]);
  await info.attach('report page 1', { path: `${pngBase}.png`, contentType: 'image/png' });
  expect(readFileSync(`${pngBase}.png`).subarray(1, 4).toString()).toBe('PNG');
});
