import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';
import { canvasOf, createAndGenerateSite } from './studio-helpers';

test.use({ locale: 'en-US' });

const textOf = (page: Page, key: string) => canvasOf(page).locator(`main [data-pm-key="${key}"]`);

async function typeInto(page: Page, key: string, text: string) {
  await textOf(page, key).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** A text of another section than the first, edited in place (not a link or button label). */
async function secondSectionTextKey(page: Page): Promise<string> {
  const keys = await canvasOf(page)
    .locator('main [data-pm-section]')
    .nth(1)
    .locator('[data-pm-key]')
    .evaluateAll((elements) =>
      elements.filter((element) => !element.closest('a, button')).map((element) => element.getAttribute('data-pm-key')),
    );
  return keys[0]!;
}

// Two editors, one site (issue 12): a second browser edits the same draft; when it saves after
// the first, it is told (not overwritten, nothing lost), reapplies its edit on the newer draft,
// and both edits end up saved; in a second round it keeps its own draft instead.
test('a second browser editing the same draft sees the conflict and merges, losing nothing', async ({
  page,
  browser,
  isMobile,
}, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => testInfo.outputPath(`${name}-${isMobile ? '360' : 'desktop'}.png`);
  await signUp(page, uniqueEmail('conflict'));
  await createAndGenerateSite(page, {
    name: 'Crumb Conflict',
    slug: `conflict-${Date.now().toString(36)}`,
    prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Conflict',
    english: true,
  });
  await page.getByRole('link', { name: 'Open the editor' }).click();
  await page.waitForURL(/\/edit$/);
  const editorUrl = page.url();

  const hero = canvasOf(page).locator('main h1 [data-pm-key]').first();
  await expect(hero).toBeVisible();
  const heroKey = (await hero.getAttribute('data-pm-key'))!;

  // The second browser: the same person in another window, on the same draft (version 1).
  const other = await browser.newContext({
    storageState: await page.context().storageState(),
    ...(isMobile ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {}),
  });
  const second = await other.newPage();
  await second.goto(editorUrl);
  await expect(textOf(second, heroKey)).toBeVisible();
  const otherKey = await secondSectionTextKey(second);
  const otherOriginal = (await textOf(second, otherKey).textContent())!;

  // The first browser saves its edit (version 2).
  await typeInto(page, heroKey, 'Edited in the first browser');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The second, still on version 1, edits another text: its save is refused and it is told.
  await typeInto(second, otherKey, 'Edited in the second browser');
  const conflict = second.getByTestId('edit-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Someone else changed this site');
  await expect(second.getByTestId('save-state')).toHaveText('Not saved: the site changed elsewhere');
  // Its edit is still on its canvas, and the first browser's draft was not overwritten.
  await expect(textOf(second, otherKey)).toHaveText('Edited in the second browser');
  await second.screenshot({ path: shot('editor-conflict') });

  // Load theirs and reapply mine: both edits, saved as the next version.
  await conflict.getByRole('button', { name: 'Load theirs and reapply my edits' }).click();
  await expect(conflict).toBeHidden();
  await expect(textOf(second, heroKey)).toHaveText('Edited in the first browser');
  await expect(textOf(second, otherKey)).toHaveText('Edited in the second browser');
  await expect(second.getByTestId('save-state')).toHaveText('Saved');
  await second.screenshot({ path: shot('editor-conflict-merged') });

  // The first browser, reloaded, finds both.
  await page.reload();
  await expect(textOf(page, heroKey)).toHaveText('Edited in the first browser');
  await expect(textOf(page, otherKey)).toHaveText('Edited in the second browser');
  expect(otherOriginal).not.toBe('Edited in the second browser');

  // Another round, and this time the second browser keeps its own draft: a deliberate choice that
  // replaces the newer one (the first browser's second hero edit), saved as the next version.
  await typeInto(page, heroKey, 'Changed again in the first browser');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await typeInto(second, otherKey, 'The second browser keeps this');
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toBeHidden();
  await expect(second.getByTestId('save-state')).toHaveText('Saved');
  await expect(textOf(second, heroKey)).toHaveText('Edited in the first browser');
  await page.reload();
  await expect(textOf(page, otherKey)).toHaveText('The second browser keeps this');
  await expect(textOf(page, heroKey)).toHaveText('Edited in the first browser');
  await other.close();
});
