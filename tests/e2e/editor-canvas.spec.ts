import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';
import { canvasOf, createAndGenerateSite, openEditorTool } from './studio-helpers';

test.use({ locale: 'en-US' });

// Issue 12: the canvas at each width, the hover outlines, a section selected by clicking it on the canvas, the
// outline's duplicate / hide / delete, redo with Ctrl+Shift+Z, and the save state when the
// connection drops and comes back (the edit is kept, then saved).

/** On a phone the outline is a bottom sheet behind a "Sections" button; on a computer it is beside the canvas. */
async function withOutline<T>(page: Page, isMobile: boolean, act: (outline: ReturnType<Page['getByTestId']>) => Promise<T>): Promise<T> {
  if (isMobile) await openEditorTool(page, page.getByRole('button', { name: 'Sections', exact: true }));
  // On a computer a selection shows its properties; the outline is the other tab.
  else await page.getByRole('tab', { name: 'Sections' }).click();
  const result = await act(page.getByTestId('outline').filter({ visible: true }));
  if (isMobile && (await page.getByRole('button', { name: 'Close the sections' }).isVisible()))
    await page.getByRole('button', { name: 'Close the sections' }).click();
  return result;
}

/** Picks `item` in the outline menu of section `id` (the row's "More actions for …" button). */
async function outlineAction(page: Page, outline: ReturnType<Page['getByTestId']>, id: string, item: 'Duplicate' | 'Hide' | 'Delete') {
  await outline
    .locator(`[data-section-id="${id}"]`)
    .getByRole('button', { name: /^More actions/ })
    .click();
  await page.getByRole('menuitem', { name: item }).click();
}

const sectionIds = (page: Page) =>
  canvasOf(page)
    .locator('main [data-pm-section]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-pm-section') ?? ''));

test('canvas widths, selecting on the canvas, outline actions, redo by keyboard and saving across a lost connection', async ({
  page,
  context,
  isMobile,
}, testInfo) => {
  test.setTimeout(180_000);
  await signUp(page, uniqueEmail('canvas'));
  await createAndGenerateSite(page, {
    name: 'Nara Studio',
    slug: `canvas-${Date.now().toString(36)}`,
    prompt: 'A website for Nara Studio, a yoga studio in Porto with a class schedule and prices',
    english: true,
  });
  await page.getByRole('link', { name: 'Open the editor' }).click();
  const canvas = canvasOf(page);
  const frame = page.getByTestId('editor-canvas');
  await expect(canvas.locator('main [data-pm-section]').first()).toBeVisible();
  const status = page.getByTestId('save-state');

  // 1. Widths (the picker is a computer's: a phone shows the canvas at its own width).
  if (!isMobile) {
    const widths = page.getByRole('group', { name: 'Canvas width' });
    for (const [name, width] of [
      ['Tablet', 768],
      ['Phone', 375],
    ] as const) {
      await widths.getByRole('button', { name }).click();
      await expect(widths.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(async () => Math.round((await frame.boundingBox())?.width ?? 0)).toBe(width);
    }
    await page.screenshot({ path: testInfo.outputPath('editor-canvas-phone-width.png') });
    await widths.getByRole('button', { name: 'Desktop' }).click();
    await expect.poll(async () => Math.round((await frame.boundingBox())?.width ?? 0)).toBeGreaterThan(768);
  }

  const ids = await sectionIds(page);

  // Hovering shows what can be edited (a computer: a touch screen has no hover, so there the
  // selected section is outlined instead, below): the section under the pointer gets a dashed
  // outline, and the text under it a finer one.
  if (!isMobile) {
    const hovered = canvas.locator(`main [data-pm-section="${ids[1]}"]`);
    const text = hovered.locator('[data-pm-key]').first();
    await hovered.scrollIntoViewIfNeeded();
    const outlineOf = (locator: typeof hovered) => locator.evaluate((node) => getComputedStyle(node).outlineStyle);
    expect(await outlineOf(hovered)).toBe('none');
    await text.hover();
    await expect.poll(() => outlineOf(text)).toBe('dashed');
    await expect.poll(() => outlineOf(hovered)).toBe('dashed');
    // On to the next section: the outline follows the pointer.
    const next = canvas.locator(`main [data-pm-section="${ids[2]}"]`);
    await next.scrollIntoViewIfNeeded();
    await next.hover({ position: { x: 4, y: 4 } });
    await expect.poll(() => outlineOf(next)).toBe('dashed');
    await expect.poll(() => outlineOf(hovered)).toBe('none');
  }

  // 2. Clicking a section (not one of its texts) on the canvas selects it: highlighted there and in the outline.
  const target = ids[1]!;
  const section = canvas.locator(`main [data-pm-section="${target}"]`);
  // The canvas first: Chromium does not run animation frames in a sandboxed (cross-origin) frame
  // that is off screen, and on a phone the publish checklist can push the canvas below the fold;
  // a person scrolls down to the site before tapping it.
  await frame.scrollIntoViewIfNeeded();
  await section.scrollIntoViewIfNeeded();
  await section.click({ position: { x: 4, y: 4 } });
  await expect(section).toHaveClass(/pm-selected/);
  if (isMobile) await page.keyboard.press('Escape'); // the properties sheet a selection opens on a phone
  await withOutline(page, isMobile, async (outline) => {
    await expect(outline.locator(`[data-section-id="${target}"]`)).toHaveAttribute('aria-current', 'true');
  });

  // 3. Duplicate, hide and delete from the outline's menu.
  await withOutline(page, isMobile, async (outline) => {
    await outlineAction(page, outline, target, 'Duplicate');
  });
  await expect.poll(async () => (await sectionIds(page)).length).toBe(ids.length + 1);
  const copy = (await sectionIds(page))[2]!;
  expect(copy).not.toBe(target);
  await withOutline(page, isMobile, async (outline) => {
    await outlineAction(page, outline, copy, 'Hide');
  });
  await expect(canvas.locator(`main [data-pm-section="${copy}"]`)).toBeHidden();
  await withOutline(page, isMobile, async (outline) => {
    await outlineAction(page, outline, copy, 'Delete');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  });
  await expect.poll(() => sectionIds(page)).toEqual(ids);
  await expect(status).toHaveText('Saved');

  // 4. Undo brings the deleted (hidden) copy back into the outline; Ctrl+Shift+Z deletes it again.
  const copyRows = () => withOutline(page, isMobile, (outline) => outline.locator(`[data-section-id="${copy}"]`).count());
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(copyRows).toBe(1);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(copyRows).toBe(0);
  await expect.poll(() => sectionIds(page)).toEqual(ids);

  // 5. The connection drops: the edit is kept and says so; it is saved once the connection is back.
  await expect(status).toHaveText('Saved');
  await context.setOffline(true);
  await withOutline(page, isMobile, async (outline) => {
    await outlineAction(page, outline, target, 'Duplicate');
  });
  await expect(status).toHaveText('Offline — changes kept');
  await context.setOffline(false);
  await expect(status).toHaveText('Saved', { timeout: 20_000 });
  await page.reload();
  await expect.poll(async () => (await sectionIds(page)).length).toBe(ids.length + 1);
});
