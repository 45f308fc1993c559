import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { enterAdminSession } from './helpers';

// Issue 34 #5: the monthly report is written in the client's language, whoever generates it. The
// agency's admin, using the app in English, generates the report of the demo client Ana, whose
// language is Portuguese (supabase/seed.sql): the PDF is in Portuguese.

test.use({ locale: 'en-US' });

const ANA = '00000000-0000-4000-8000-00000000c001';

test('an admin in English generates a Portuguese-speaking client’s report: it is in Portuguese', async ({ page }, info) => {
  test.setTimeout(120_000);
  const at = new Date();
  const month = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 15));
  const value = month.toISOString().slice(0, 7);
  const label = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(month);
  const labelPt = new Intl.DateTimeFormat('pt-BR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(month);

  await enterAdminSession(page);
  await page.goto(`/admin/clients/${ANA}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const section = page.getByRole('region', { name: 'Monthly report' });
  await section.getByLabel('Month').fill(value);
  await section.getByRole('button', { name: 'Generate report' }).click();
  await expect(section.getByRole('status').filter({ hasText: `Report for ${label} generated.` })).toBeVisible({ timeout: 60_000 });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: `Download the report for ${label}` }).click(),
  ]);
  const pdfPath = info.outputPath('report.pdf');
  await download.saveAs(pdfPath);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(pdfPath))), { mergePages: true });
  const words = text.replace(/\s+/g, ' ');
  expect(words).toContain(`Relatório mensal · ${labelPt}`);
  expect(words).toContain('Página 1 de');
  expect(words).not.toContain('Monthly report');
});
