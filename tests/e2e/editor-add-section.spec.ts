import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';
import { canvasOf, createAndGenerateSite, openEditorTool } from './studio-helpers';

test.use({ locale: 'en-US' });

const sectionIds = (page: Page) =>
  canvasOf(page)
    .locator('main [data-pm-section]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-pm-section') ?? ''));

// Issue 12, Outline: "add a section of a chosen type at a chosen place (the AI writes it, or a
// blank one)". Offline, the composer writes it; one edit, undone and redone, autosaved.
test('a section written for the site is added at the chosen place, undone and redone', async ({ page, isMobile }, testInfo) => {
  test.setTimeout(240_000);
  await signUp(page, uniqueEmail('add-section'));
  await createAndGenerateSite(page, {
    name: 'Crumb Lunch',
    slug: `lunch-${Date.now().toString(36)}`,
    prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Lunch',
    english: true,
  });
  await page.getByRole('link', { name: 'Open the editor' }).click();
  await expect(canvasOf(page).locator('main [data-pm-section]').first()).toBeVisible();
  const before = await sectionIds(page);

  if (isMobile) await openEditorTool(page, page.getByRole('button', { name: 'Sections', exact: true }));
  await page.getByRole('button', { name: 'Add a section' }).filter({ visible: true }).click();
  const dialog = page.getByTestId('add-section');
  await dialog.getByLabel('Type of section').selectOption({ label: 'Menu' });
  await dialog.getByLabel('Where').selectOption({ label: 'At the top of the page' });
  await dialog.getByLabel('What should it say? (optional)').fill('our three lunch specials');
  await page.screenshot({ path: testInfo.outputPath(`add-section-${isMobile ? '360' : 'desktop'}.png`) });
  await dialog.getByRole('button', { name: 'Write it for me' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  // At the top, written (no placeholder to type over), its items on the page.
  await expect.poll(() => sectionIds(page)).toHaveLength(before.length + 1);
  const [added] = await sectionIds(page);
  expect(before).not.toContain(added);
  const menu = canvasOf(page).locator(`main [data-pm-section="${added}"]`);
  await expect(menu.locator('li').first()).toBeVisible();
  // A blank section would show its keys' placeholders ("Title", "Name", "Price") to type over.
  // (At the top of the page its title is the page's h1.)
  await expect(menu.locator('h1, h2').first()).toBeVisible();
  await expect(menu.locator('h1, h2').first()).not.toHaveText(/^(Title|Heading)$/);
  await expect(menu.locator('li').first()).not.toContainText(/^(Name|Title)/);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  if (isMobile && (await page.getByRole('button', { name: 'Close the sections' }).isVisible()))
    await page.getByRole('button', { name: 'Close the sections' }).click();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => sectionIds(page)).toEqual(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => sectionIds(page)).toEqual([added, ...before]);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.reload();
  await expect.poll(() => sectionIds(page)).toEqual([added, ...before]);
});
