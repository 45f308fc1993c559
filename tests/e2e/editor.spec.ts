import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { publishFromStudio, signUp, uniqueEmail } from './helpers';
import { canvasOf, createAndGenerateSite, openEditorTool } from './studio-helpers';

test.use({ locale: 'en-US' });

// The hero's headline, found by its text key: the h1 moves to whichever section comes first.
let heroKey = '';
const heroText = (canvas: FrameLocator) =>
  heroKey ? canvas.locator(`main [data-pm-key="${heroKey}"]`) : canvas.locator('main h1 [data-pm-key]').first();

/** Section ids in the canvas, in the order the page shows them. */
async function canvasOrder(canvas: FrameLocator): Promise<string[]> {
  return canvas.locator('main [data-pm-section]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-pm-section') ?? ''));
}

/** On a phone the outline is a bottom sheet behind a "Sections" button; on a computer it is beside the canvas. */
async function outline(page: Page, isMobile: boolean) {
  if (isMobile) await openEditorTool(page, page.getByRole('button', { name: 'Sections', exact: true }));
  return page.getByTestId('outline').filter({ visible: true });
}

async function closeOutline(page: Page, isMobile: boolean) {
  if (isMobile) await page.getByRole('button', { name: 'Close the sections' }).click();
}

async function outlineOrder(page: Page, isMobile: boolean): Promise<string[]> {
  const list = await outline(page, isMobile);
  const ids = await list.getByTestId('outline-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-section-id') ?? ''));
  await closeOutline(page, isMobile);
  return ids;
}

async function typeInHero(page: Page, text: string) {
  const hero = heroText(canvasOf(page));
  await hero.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

// generate → open the editor → edit in place, reorder, undo/redo → autosaved across a reload →
// a second tab saves first and the conflict is shown → publish and see the edit live.
test('the visual editor edits, reorders, undoes, autosaves, resolves a conflict and publishes', async ({
  page,
  browser,
  baseURL,
  isMobile,
}, testInfo) => {
  test.setTimeout(240_000);
  const slug = `editor-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('editor'));
  const studioUrl = await createAndGenerateSite(page, {
    name: 'Crumb Corner',
    slug,
    prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Corner, with free delivery',
    english: true,
  });

  await page.getByRole('link', { name: 'Open the editor' }).click();
  const canvas = canvasOf(page);
  await expect(heroText(canvas)).toBeVisible();
  heroKey = (await heroText(canvas).getAttribute('data-pm-key'))!;
  const originalHero = (await heroText(canvas).textContent())!;
  const originalOrder = await canvasOrder(canvas);
  expect(originalOrder.length).toBeGreaterThan(2);
  expect(await outlineOrder(page, isMobile)).toEqual(originalOrder);

  // 1. Fix the hero's headline in place.
  await typeInHero(page, 'Crumb Corner bakes fresh every day');
  await expect(heroText(canvas)).toHaveText('Crumb Corner bakes fresh every day');
  const status = page.getByTestId('save-state');
  await expect(status).toHaveText('Saved');
  await page.screenshot({ path: testInfo.outputPath(`editor-${isMobile ? '360' : 'desktop'}.png`), fullPage: false });

  // 2. Move the first section down with the keyboard-reachable button.
  const [first, second, third] = originalOrder as [string, string, string];
  let list = await outline(page, isMobile);
  const firstRow = list.locator(`[data-section-id="${first}"]`);
  await firstRow.getByRole('button', { name: /^Move .* down$/ }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => canvasOrder(canvas)).toEqual([second, first, third, ...originalOrder.slice(3)]);
  if (isMobile) await page.screenshot({ path: testInfo.outputPath('editor-360-outline.png') });
  await closeOutline(page, isMobile);

  // 3. Desktop: drag the (now) second section above the first by its handle. Phone: move it up.
  list = await outline(page, isMobile);
  if (isMobile) {
    await list
      .locator(`[data-section-id="${third}"]`)
      .getByRole('button', { name: /^Move .* up$/ })
      .click();
    await expect.poll(() => canvasOrder(canvas)).toEqual([second, third, first, ...originalOrder.slice(3)]);
  } else {
    const handle = list.locator(`[data-section-id="${first}"]`).getByRole('button', { name: /^Drag / });
    const target = list.locator(`[data-section-id="${second}"]`);
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++)
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - ((from.y - to.y + 10) * step) / 10);
    await page.mouse.up();
    await expect.poll(() => canvasOrder(canvas)).toEqual(originalOrder);
  }
  await closeOutline(page, isMobile);
  const afterThree = await canvasOrder(canvas);

  // 4. Undo three times (order, order, text), redo once (the text comes back).
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await undo.click();
  await undo.click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(heroText(canvas)).toHaveText(originalHero);
  await expect.poll(() => canvasOrder(canvas)).toEqual(originalOrder);
  await expect(undo).toBeDisabled();
  await redo.click();
  await expect(heroText(canvas)).toHaveText('Crumb Corner bakes fresh every day');
  expect(afterThree).not.toEqual([]);
  await expect(status).toHaveText('Saved');

  // 5. The draft was autosaved: a reload shows it.
  await page.reload();
  await expect(heroText(canvasOf(page))).toHaveText('Crumb Corner bakes fresh every day');
  expect(await canvasOrder(canvasOf(page))).toEqual(originalOrder);

  // 6. A second tab saves first: this one is told, and reapplies its edit on top of theirs.
  const other = await browser.newContext({
    storageState: await page.context().storageState(),
    viewport: page.viewportSize(),
    isMobile,
    hasTouch: isMobile,
  });
  const otherPage = await other.newPage();
  await otherPage.goto(page.url());
  const otherList = await outline(otherPage, isMobile);
  await otherList
    .locator(`[data-section-id="${first}"]`)
    .getByRole('button', { name: /^Move .* down$/ })
    .click();
  await closeOutline(otherPage, isMobile);
  await expect(otherPage.getByTestId('save-state')).toHaveText('Saved');
  await other.close();

  await typeInHero(page, 'Crumb Corner: baked this morning');
  const conflict = page.getByTestId('edit-conflict');
  await expect(conflict).toContainText('Someone else changed this site');
  await page.screenshot({ path: testInfo.outputPath(`editor-conflict-${isMobile ? '360' : 'desktop'}.png`) });
  await conflict.getByRole('button', { name: 'Load theirs and reapply my edits' }).click();
  await expect(conflict).toBeHidden();
  await expect(status).toHaveText('Saved');
  await expect(heroText(canvas)).toHaveText('Crumb Corner: baked this morning');
  await expect.poll(() => canvasOrder(canvas)).toEqual([second, first, ...originalOrder.slice(2)]);

  // 7. Publish and see the edit live.
  await page.goto(studioUrl);
  const siteUrl = await publishFromStudio(page, slug, baseURL);
  const site = await page.context().newPage();
  await site.goto(`${siteUrl}/`);
  await expect(site.getByText('Crumb Corner: baked this morning')).toBeVisible();
  await expect(site.locator('h1')).toHaveCount(1);
});
