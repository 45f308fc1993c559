import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';
import { canvasOf, createAndGenerateSite } from './studio-helpers';

test.use({ locale: 'en-US' });

// AI text help on a text picked on the canvas, with no AI endpoint (the embedded default): the
// offline rules make it shorter, the chosen suggestion is one undoable edit, and what needs the
// model (3 alternatives) is refused in plain words with the text unchanged.
test('AI text help: a shorter version used and undone; alternatives say they need the AI', async ({ page, isMobile }, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => testInfo.outputPath(`${name}-${isMobile ? '360' : 'desktop'}.png`);
  await signUp(page, uniqueEmail('aihelp'));
  await createAndGenerateSite(page, {
    name: 'Crumb Help',
    slug: `aihelp-${Date.now().toString(36)}`,
    prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Help',
    english: true,
  });
  await page.getByRole('link', { name: 'Open the editor' }).click();
  const canvas = canvasOf(page);
  const hero = canvas.locator('main h1 [data-pm-key]').first();
  await expect(hero).toBeVisible();
  const key = (await hero.getAttribute('data-pm-key'))!;
  const headline = canvas.locator(`main [data-pm-key="${key}"]`);

  // A two-sentence headline, typed in place: the text the help works on.
  await headline.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('We bake at night. Come by at seven for warm bread!');
  await page.keyboard.press('Enter');
  await expect(headline).toHaveText('We bake at night. Come by at seven for warm bread!');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.getByTestId('open-ai-help').click();
  const help = page.getByRole('dialog', { name: 'AI help for this text' });
  await expect(help.getByTestId('ai-help-text')).toHaveText('We bake at night. Come by at seven for warm bread!');

  // Shorter: the offline rule keeps the first sentence; nothing changes until it is used.
  await help.getByRole('button', { name: 'Shorter' }).click();
  const suggestions = help.getByTestId('ai-help-suggestions');
  await expect(suggestions.getByText('We bake at night.', { exact: true })).toBeVisible();
  await expect(headline).toHaveText('We bake at night. Come by at seven for warm bread!');
  await page.screenshot({ path: shot('editor-ai-help') });
  await suggestions.getByRole('button', { name: 'Use this' }).click();
  await expect(help.getByRole('status')).toHaveText('Used. Undo takes the old text back.');
  await expect(headline).toHaveText('We bake at night.');

  // Three alternatives need the model: said plainly, the text stays as it is.
  await help.getByRole('button', { name: '3 alternatives' }).click();
  await expect(help.getByRole('alert')).toContainText("Without the AI model this can't be done here");
  await expect(headline).toHaveText('We bake at night.');
  await page.screenshot({ path: shot('editor-ai-help-needs-ai') });
  await help.getByRole('button', { name: 'Close AI text help' }).click();

  // One undo step takes the suggestion back; the autosave keeps the result.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(headline).toHaveText('We bake at night. Come by at seven for warm bread!');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(headline).toHaveText('We bake at night.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.reload();
  await expect(canvasOf(page).locator(`main [data-pm-key="${key}"]`)).toHaveText('We bake at night.');
});
