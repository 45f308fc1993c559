import { expect, test } from '@playwright/test';

// Issue 36: /docs/api renders the served OpenAPI document with Scalar under the app's own CSP
// (scripts by nonce only, no 'unsafe-eval' outside development): a blocked script would leave the
// page blank, so seeing an operation — and no CSP violation — is the check.

test.use({ locale: 'en-US' });

test('the API reference renders the operations of /api/v1', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/docs/api');
  await expect(page.getByText('Publish a project').first()).toBeVisible();
  // Styled by Scalar's own stylesheet (the page rendered bare without it), and no "Ask AI" agent,
  // which would talk to Scalar's servers.
  const styled = await page.evaluate(() =>
    [...document.styleSheets].some((sheet) => {
      try {
        return [...sheet.cssRules].some((rule) => rule.cssText.includes('.references-layout'));
      } catch {
        return false;
      }
    }),
  );
  expect(styled).toBe(true);
  await expect(page.getByText('Ask AI')).toHaveCount(0);
  expect(violations).toEqual([]);
});
