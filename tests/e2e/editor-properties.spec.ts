import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { publishFromStudio, signUp, uniqueEmail } from './helpers';
import { addSectionAtTop, canvasOf, createAndGenerateSite, properties } from './studio-helpers';

test.use({ locale: 'en-US' });

async function closeProperties(page: Page, isMobile: boolean) {
  if (isMobile) await page.getByRole('button', { name: 'Close the properties' }).click();
}

/** The texts of the menu section's items in the canvas, in page order. */
async function menuNames(canvas: FrameLocator, sectionId: string): Promise<string[]> {
  return canvas
    .locator(`[data-pm-section="${sectionId}"] [data-pm-key*=".items."][data-pm-key*=".name"]`)
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
}

// Add a blank menu → give its item a price and change it in the properties → add a second item
// and move it above the first → change a button's label and target in its popover (an unsafe
// target is refused) → reload: all of it was autosaved → publish: all of it is live.
test('the properties panel, list items, link popover and a blank section, autosaved and published', async ({
  page,
  baseURL,
  isMobile,
}, testInfo) => {
  test.setTimeout(240_000);
  const slug = `props-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('props'));
  const studioUrl = await createAndGenerateSite(page, {
    name: 'Bean There',
    slug,
    prompt: 'A landing page for a vegan bakery in Porto called Bean There, with free delivery',
    english: true,
  });
  await page.getByRole('link', { name: 'Open the editor' }).click();
  const canvas = canvasOf(page);
  await expect(canvas.locator('main [data-pm-section]').first()).toBeVisible();
  const status = page.getByTestId('save-state');

  // 1. A blank menu section, added at the top of the page from the outline.
  const menuId = await addSectionAtTop(page, isMobile, 'Menu');
  expect(menuId).toMatch(/^menu/);
  await expect(canvas.locator(`[data-pm-section="${menuId}"]`)).toContainText('Title');
  await expect(status).toHaveText('Saved');

  // 2. Its properties: the title, then a price for the first item, changed as typed.
  const panel = await properties(page, isMobile);
  await expect(panel.getByRole('heading', { name: 'Menu: properties' })).toBeVisible();
  await panel.getByLabel('Title', { exact: true }).fill('Coffee and cake');
  await expect(canvas.locator(`[data-pm-section="${menuId}"] :is(h1, h2)`)).toHaveText('Coffee and cake');
  const items = panel.getByTestId('list-field').filter({ has: page.getByRole('heading', { name: 'Items' }) });
  await items.getByTestId('list-item').first().getByRole('button', { expanded: false }).click();
  await items.getByLabel('Name', { exact: true }).fill('Espresso');
  await items.getByRole('button', { name: 'Add Price' }).click();
  await items.getByLabel('Price', { exact: true }).fill('€1.20');
  await expect(canvas.locator(`[data-pm-section="${menuId}"]`)).toContainText('€1.20');
  await items.getByLabel('Price', { exact: true }).fill('€1.50');
  await expect(canvas.locator(`[data-pm-section="${menuId}"]`)).toContainText('€1.50');
  if (!isMobile) await page.screenshot({ path: testInfo.outputPath('properties-desktop.png') });

  // 3. A second item (shaped like the first: it has a price too), moved above the first.
  await items.getByRole('button', { name: 'Add to Items' }).click();
  await expect(items.getByTestId('list-item')).toHaveCount(2);
  const second = items.getByTestId('list-item').nth(1);
  await second.getByLabel('Name', { exact: true }).fill('Pastel de nata');
  await second.getByLabel('Price', { exact: true }).fill('€1.30');
  await expect.poll(() => menuNames(canvas, menuId)).toEqual(['Espresso', 'Pastel de nata']);
  if (isMobile) {
    await page.screenshot({ path: testInfo.outputPath('properties-360.png') });
    await items.getByRole('button', { name: 'Move Pastel de nata up' }).click();
  } else {
    // Drag by the handle (dnd-kit's pointer sensor starts after a few pixels of movement).
    const handle = items.getByRole('button', { name: 'Drag Pastel de nata' });
    const from = (await handle.boundingBox())!;
    const to = (await items.getByTestId('list-item').first().boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++)
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - ((from.y - to.y + 10) * step) / 10);
    await page.mouse.up();
  }
  await expect.poll(() => menuNames(canvas, menuId)).toEqual(['Pastel de nata', 'Espresso']);
  await closeProperties(page, isMobile);
  await expect(status).toHaveText('Saved');

  // 4. A button in the canvas: its popover changes the label and the target.
  const button = canvas.locator('main a [data-pm-key]').first();
  const buttonKey = await button.getAttribute('data-pm-key');
  if (isMobile) await button.tap();
  else {
    // Keyboard: the link is focusable in the canvas, and Enter opens its popover.
    await canvas.locator('main a:has([data-pm-key])').first().focus();
    await page.keyboard.press('Enter');
  }
  const popover = page.getByTestId('link-popover');
  await expect(popover).toBeVisible();
  await popover.getByLabel('Button: label').fill('See the menu');
  const target = popover.getByLabel('Button: target');
  await target.fill('javascript:alert(1)');
  await expect(popover).toContainText('Use a web address');
  await target.fill(`#${menuId}`);
  await expect(popover).not.toContainText('Use a web address');
  await page.screenshot({ path: testInfo.outputPath(`link-popover-${isMobile ? '360' : 'desktop'}.png`) });
  // Done on a phone; Escape on a computer (the popover is a keyboard-closable dialog).
  if (isMobile) await popover.getByRole('button', { name: 'Done' }).click();
  else await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  const link = canvas.locator(`main [data-pm-key="${buttonKey}"]`);
  await expect(link).toHaveText('See the menu');
  await expect(link.locator('xpath=ancestor-or-self::a')).toHaveAttribute('href', `#${menuId}`);
  await expect(status).toHaveText('Saved');

  // 5. Reload: everything was autosaved.
  await page.reload();
  const reloaded = canvasOf(page);
  await expect(reloaded.locator(`[data-pm-section="${menuId}"] :is(h1, h2)`)).toHaveText('Coffee and cake');
  expect(await menuNames(reloaded, menuId)).toEqual(['Pastel de nata', 'Espresso']);
  await expect(reloaded.locator(`[data-pm-section="${menuId}"]`)).toContainText('€1.50');
  await expect(reloaded.locator(`main [data-pm-key="${buttonKey}"]`)).toHaveText('See the menu');

  // 6. Publish: the edits are live.
  await page.goto(studioUrl);
  const siteUrl = await publishFromStudio(page, slug, baseURL);
  const site = await page.context().newPage();
  await site.goto(`${siteUrl}/`);
  await expect(site.getByRole('heading', { name: 'Coffee and cake' })).toBeVisible();
  await expect(site.locator(`#${menuId}`)).toContainText('€1.50');
  await expect(site.getByRole('link', { name: 'See the menu' }).first()).toHaveAttribute('href', `#${menuId}`);
});
