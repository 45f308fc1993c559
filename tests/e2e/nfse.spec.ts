import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, enterAdminSession, expectNoHorizontalOverflow, leaveAdminSession, signIn } from './helpers';

// NFS-e on the Billing page (issue 35), from tests/e2e/fixtures/nfse.sql: the client sees each paid
// invoice's NFS-e — its number with PDF and XML links once issued, "Being issued" while the city
// hall answers, "Delayed" when it failed — in their language, at desktop width and 360 px; the
// agency's billing view lists the failed one with NFE.io's error. (Issuing itself, the webhook and
// retries are tests/billing/nfse.test.ts, against the NFE.io stand-in.)

const CLIENT = 'nfse-client@e2e.test';

test('the client sees their NFS-e with PDF and XML links, and where the others stand', async ({ page }, info) => {
  await signIn(page, CLIENT, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Your projects' })).toBeVisible();
  await page.goto('/dashboard/billing');
  const section = page.getByTestId('billing-nfse');
  await expect(section.getByRole('heading', { name: 'Service invoices (NFS-e)' })).toBeVisible();
  const rows = section.getByTestId('nfse-row');
  await expect(rows).toHaveCount(3);
  // Newest first: being issued (10 days ago), issued (40), failed (70).
  await expect(rows.nth(0)).toContainText('Being issued');
  await expect(rows.nth(1)).toContainText('No. 4711');
  await expect(rows.nth(1).getByRole('link', { name: 'PDF of NFS-e 4711' })).toHaveAttribute(
    'href',
    '/api/billing/nfse/in_e2e_nfse_issued/pdf',
  );
  await expect(rows.nth(1).getByRole('link', { name: 'XML of NFS-e 4711' })).toHaveAttribute(
    'href',
    '/api/billing/nfse/in_e2e_nfse_issued/xml',
  );
  await expect(rows.nth(1)).toContainText('R$297.00');
  await expect(rows.nth(2)).toContainText('Delayed: your agency is on it');
  await expectNoHorizontalOverflow(page);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath(`nfse-en-${info.project.name}.png`), fullPage: true });

  // In Portuguese (Brazil): the words and the money by that locale.
  await page.context().addCookies([{ name: 'pm-locale', value: 'pt-BR', url: page.url() }]);
  await page.reload();
  await expect(section.getByRole('heading', { name: 'Notas fiscais de serviço (NFS-e)' })).toBeVisible();
  await expect(rows.nth(0)).toContainText('Em emissão');
  await expect(rows.nth(1)).toContainText('Nº 4711');
  await expect(rows.nth(1)).toContainText(/R\$\s297,00/);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: info.outputPath(`nfse-pt-BR-${info.project.name}.png`), fullPage: true });
});

test('the agency sees the NFS-e that failed after every retry, with the error', async ({ page }, info) => {
  test.skip(info.project.name === 'mobile-360', 'an admin table; its 360 px layout is a11y.spec’s scan');
  await enterAdminSession(page);
  await page.goto('/admin/billing');
  const section = page.getByTestId('agency-nfse');
  await expect(section.getByRole('heading', { name: 'Service invoices that need attention' })).toBeVisible();
  await expect(section).toContainText('NFS-e not configured');
  const failed = section.getByTestId('agency-nfse-row').filter({ hasText: 'in_e2e_nfse_failed' });
  await expect(failed).toContainText(CLIENT);
  await expect(failed).toContainText('NFE.io answered 503');
  await expect(failed).toContainText('7 attempts');
  await expect(section.getByTestId('agency-nfse-row').filter({ hasText: 'in_e2e_nfse_issued' })).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('nfse-agency.png'), fullPage: true });
  await leaveAdminSession(page);
});
