import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';
import { addSectionAtTop, canvasOf, createAndGenerateSite, properties } from './studio-helpers';

test.use({ locale: 'en-US' });

// A blank pricing section → its plan's feature list (add, fill, move, remove), an optional
// introduction added and removed again, layouts named in words → a named version deleted.
test("a plan's features, an optional text removed again, and a named version deleted", async ({ page, isMobile }, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => testInfo.outputPath(`${name}-${isMobile ? '360' : 'desktop'}.png`);
  await signUp(page, uniqueEmail('texts'));
  await createAndGenerateSite(page, {
    name: 'Crumb Plans',
    slug: `plans-${Date.now().toString(36)}`,
    prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Plans',
    english: true,
  });
  await page.getByRole('link', { name: 'Open the editor' }).click();
  const canvas = canvasOf(page);
  await expect(canvas.locator('main [data-pm-section]').first()).toBeVisible();
  const status = page.getByTestId('save-state');

  // 1. A blank pricing section at the top.
  const pricingId = await addSectionAtTop(page, isMobile, 'Pricing');
  expect(pricingId).toMatch(/^pricing/);
  const section = canvas.locator(`[data-pm-section="${pricingId}"]`);

  const panel = await properties(page, isMobile);
  await expect(panel.getByRole('heading', { name: 'Pricing: properties' })).toBeVisible();
  // Layouts are named in words, not identifiers.
  await expect(panel.getByLabel('Layout').locator('option')).toHaveText(['Default layout', 'Cards', 'Table']);

  // 2. The plan's features: add two, fill them, move the second up, remove one.
  const plans = panel.getByTestId('list-field').filter({ has: page.getByRole('heading', { name: 'Plans' }) });
  await plans.getByTestId('list-item').first().getByRole('button', { expanded: false }).click();
  const features = plans.getByRole('group', { name: 'Features' });
  await features.getByRole('button', { name: 'Add to Features' }).click();
  await features.getByLabel('Features 1', { exact: true }).fill('One site');
  await features.getByRole('button', { name: 'Add to Features' }).click();
  await features.getByLabel('Features 2', { exact: true }).fill('Free delivery');
  await expect(section).toContainText('One site');
  await expect(section).toContainText('Free delivery');
  await features.getByRole('button', { name: 'Move Features 2 up' }).click();
  await expect(features.getByLabel('Features 1', { exact: true })).toHaveValue('Free delivery');
  await page.screenshot({ path: shot('editor-plan-features') });
  await features.getByRole('button', { name: 'Remove Features 2' }).click();
  await expect(features.getByLabel('Features 2', { exact: true })).toHaveCount(0);
  await expect(section).not.toContainText('One site');
  await expect(section).toContainText('Free delivery');

  // 3. An optional introduction, added and removed again (undo brings it back).
  await panel.getByRole('button', { name: 'Add Introduction' }).click();
  await panel.getByLabel('Introduction', { exact: true }).fill('Pick what suits you');
  await expect(section).toContainText('Pick what suits you');
  await panel.getByRole('button', { name: 'Remove Introduction' }).click();
  await expect(section).not.toContainText('Pick what suits you');
  await expect(panel.getByRole('button', { name: 'Add Introduction' })).toBeVisible();
  if (isMobile) await page.getByRole('button', { name: 'Close the properties' }).click();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(section).toContainText('Pick what suits you');
  await expect(status).toHaveText('Saved');

  // Reloaded: all of it was autosaved (as operations).
  await page.reload();
  await expect(canvas.locator(`[data-pm-section="${pricingId}"]`)).toContainText('Free delivery');
  await expect(canvas.locator(`[data-pm-section="${pricingId}"]`)).toContainText('Pick what suits you');
  await expect(canvas.locator(`[data-pm-section="${pricingId}"]`)).not.toContainText('One site');

  // 4. A named version, deleted after a confirmation.
  await page.getByTestId('open-versions').click();
  const versions = page.getByRole('dialog', { name: 'Versions' });
  await versions.getByLabel('Name of this version').fill('Draft prices');
  await versions.getByRole('button', { name: 'Save version' }).click();
  await expect(versions.locator('[data-version="Draft prices"]')).toBeVisible();
  await versions.getByRole('button', { name: 'Delete “Draft prices”' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Draft prices”?' });
  await page.screenshot({ path: shot('editor-delete-version') });
  await confirm.getByRole('button', { name: 'Delete the version' }).click();
  await expect(versions.getByText('Deleted “Draft prices”.')).toBeVisible();
  await expect(versions.locator('[data-version="Draft prices"]')).toHaveCount(0);
  await expect(versions.getByText('No named versions yet.')).toBeVisible();
});
