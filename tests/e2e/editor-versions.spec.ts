import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';
import { canvasOf, createAndGenerateSite } from './studio-helpers';

test.use({ locale: 'en-US' });

const heroOf = (page: Page, key: string) => canvasOf(page).locator(`main [data-pm-key="${key}"]`);

/** The canvas page's background colour, as the browser paints it. */
async function canvasBackground(page: Page): Promise<string> {
  return canvasOf(page)
    .locator('body')
    .evaluate((body) => getComputedStyle(body).backgroundColor);
}

async function typeInHero(page: Page, key: string, text: string) {
  await heroOf(page, key).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

// Theme panel (palette + live contrast), named versions (save, preview, restore, undo the
// restore) and a share-a-preview link opened without an account, then revoked → 404.
test('theme, versions and a share link in the visual editor', async ({ page, browser, isMobile }, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => testInfo.outputPath(`${name}-${isMobile ? '360' : 'desktop'}.png`);
  const slug = `versions-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('versions'));
  await createAndGenerateSite(page, {
    name: 'Crumb Versions',
    slug,
    prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Versions',
    english: true,
  });
  await page.getByRole('link', { name: 'Open the editor' }).click();

  const hero = canvasOf(page).locator('main h1 [data-pm-key]').first();
  await expect(hero).toBeVisible();
  const heroKey = (await hero.getAttribute('data-pm-key'))!;
  const originalHero = (await hero.textContent())!;
  const status = page.getByTestId('save-state');

  // 1. Theme: a palette preset changes the whole canvas; a custom colour shows the contrast rule.
  const backgroundBefore = await canvasBackground(page);
  await page.getByTestId('open-theme').click();
  const themePanel = page.getByRole('dialog', { name: 'Theme' });
  await themePanel.getByRole('button', { name: 'Midnight' }).click();
  await expect(themePanel.getByRole('button', { name: 'Midnight' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => canvasBackground(page)).toBe('rgb(15, 20, 32)');
  expect(backgroundBefore).not.toBe('rgb(15, 20, 32)');
  const textPair = themePanel.getByTestId('contrast-report').locator('[data-pair="textBackground"]');
  await expect(textPair).toHaveAttribute('data-passes', 'true');
  await themePanel.locator('input[data-color="text"]').fill('#262b38');
  await expect(textPair).toHaveAttribute('data-passes', 'false');
  await expect(textPair).toContainText('too faint');
  await page.screenshot({ path: shot('editor-theme') });
  await themePanel.locator('input[data-color="text"]').fill('#eef2f8');
  await expect(textPair).toHaveAttribute('data-passes', 'true');
  await themePanel.getByRole('button', { name: 'Close the theme' }).click();
  await expect(heroOf(page, heroKey)).toHaveText(originalHero);
  await expect(status).toHaveText('Saved');

  // 2. Save the site as "v1".
  await page.getByTestId('open-versions').click();
  const versions = page.getByRole('dialog', { name: 'Versions' });
  await versions.getByLabel('Name of this version').fill('v1');
  await versions.getByRole('button', { name: 'Save version' }).click();
  await expect(versions.getByText('Saved “v1”.')).toBeVisible();
  await expect(versions.locator('[data-version="v1"]')).toContainText(/By (E2E Person|versions-.*@e2e\.test)/);
  await page.screenshot({ path: shot('editor-versions') });
  await versions.getByRole('button', { name: 'Close the versions' }).click();

  // 3. Edit after v1.
  await typeInHero(page, heroKey, 'Changed after v1');
  await expect(heroOf(page, heroKey)).toHaveText('Changed after v1');
  await expect(status).toHaveText('Saved');

  // 4. Preview v1 read-only, then restore it; the restore is undoable.
  await page.getByTestId('open-versions').click();
  await versions.getByRole('button', { name: 'Preview “v1”' }).click();
  const preview = page.getByRole('dialog', { name: '“v1” (read-only)' });
  await expect(preview.frameLocator('[data-testid="version-preview"]').locator('main h1')).toContainText(originalHero);
  await preview.getByRole('button', { name: 'Restore this version' }).click();
  await expect(heroOf(page, heroKey)).toHaveText(originalHero);
  await expect(page.getByTestId('edit-notice')).toContainText('Restored “v1”');
  await expect(status).toHaveText('Saved');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(heroOf(page, heroKey)).toHaveText('Changed after v1');
  await expect(status).toHaveText('Saved');

  // 5. Share the current draft; a fresh browser context (no account) opens it.
  await page.getByTestId('open-share').click();
  const share = page.getByRole('dialog', { name: 'Share a preview' });
  await share.getByRole('button', { name: 'Create a link' }).click();
  const url = await share.getByTestId('share-url').inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  await page.screenshot({ path: shot('editor-share') });

  const visitor = await browser.newContext(isMobile ? { viewport: { width: 360, height: 740 }, isMobile: true } : {});
  const visitorPage = await visitor.newPage();
  const opened = await visitorPage.goto(url);
  expect(opened?.status()).toBe(200);
  expect(opened?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  expect(opened?.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(visitorPage.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await expect(visitorPage.locator('main h1')).toContainText('Changed after v1');
  await expect.poll(() => visitorPage.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgb(15, 20, 32)');
  await visitorPage.screenshot({ path: shot('shared-preview') });

  // 6. Revoke: the same link is now a 404.
  await share.getByRole('button', { name: /^Revoke the link/ }).click();
  await expect(share.getByText('The link was revoked: it no longer opens.')).toBeVisible();
  const afterRevoke = await visitorPage.goto(url);
  expect(afterRevoke?.status()).toBe(404);
  await visitor.close();
});
