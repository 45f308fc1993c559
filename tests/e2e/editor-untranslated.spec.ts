import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';
import { canvasOf, createAndGenerateSite } from './studio-helpers';

test.use({ locale: 'en-US' });

// A person's own English text, then Spanish added without the AI: that text is copied, not
// translated. The editor marks it in Spanish and counts it; writing it in Spanish clears it.
test('texts left to translate are marked per language, and writing them clears the mark', async ({ page, isMobile }, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => testInfo.outputPath(`${name}-${isMobile ? '360' : 'desktop'}.png`);
  await signUp(page, uniqueEmail('untranslated'));
  const studioUrl = await createAndGenerateSite(page, {
    name: 'Crumb Languages',
    slug: `languages-${Date.now().toString(36)}`,
    prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Languages',
    english: true,
  });

  // The person's own words in English.
  await page.getByRole('link', { name: 'Open the editor' }).click();
  const hero = canvasOf(page).locator('main h1 [data-pm-key]').first();
  await expect(hero).toBeVisible();
  const heroKey = (await hero.getAttribute('data-pm-key'))!;
  await hero.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Our sourdough rises slowly every single night');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // English is the default language: nothing to translate.
  await expect(page.getByTestId('untranslated-notice')).toHaveCount(0);

  // Spanish, added without an AI model: the composer's own texts are translated, the person's is copied.
  await page.goto(studioUrl);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
  await page.getByRole('button', { name: 'Add language' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText(/Saved as version \d+/);
  await page.getByRole('link', { name: 'Open the editor' }).click();
  await page.waitForURL(/\/edit$/);
  const editorUrl = page.url();

  const spanish = page.getByRole('button', { name: /^Español \(ES\), 1 text not translated$/ });
  await expect(spanish).toBeVisible();
  await spanish.click();
  const notice = page.getByTestId('untranslated-notice');
  await expect(notice).toContainText('1 text has no Español version yet');
  const marked = canvasOf(page).locator('main [data-pm-untranslated]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveAttribute('data-pm-key', heroKey);
  await page.screenshot({ path: shot('editor-untranslated') });

  // The same in the app's Portuguese (the app's language switch is in the header on a computer).
  if (!isMobile) {
    // (The switch comes back to the page the header was drawn on, the studio: open the editor again.)
    await page.getByRole('button', { name: 'PT · Português (Brasil)', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Pular para o conteúdo' })).toBeAttached();
    await page.goto(editorUrl);
    await expect(page.getByRole('button', { name: 'Español (ES), 1 texto sem tradução' })).toBeVisible();
    await page.getByRole('button', { name: /^Español \(ES\)/ }).click();
    await expect(notice).toContainText('1 texto ainda não tem versão em Español');
    await page.screenshot({ path: shot('editor-untranslated-pt-BR') });
    await page.getByRole('button', { name: 'EN · English', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
    await page.goto(editorUrl);
    await expect(spanish).toBeVisible();
    await spanish.click();
    await expect(notice).toContainText('1 text has no Español version yet');
    await expect(marked).toHaveCount(1);
  }

  // Written in Spanish: the mark, the count and the notice go.
  await marked.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Nuestra masa madre sube despacio cada noche');
  await page.keyboard.press('Enter');
  await expect(canvasOf(page).locator('main [data-pm-untranslated]')).toHaveCount(0);
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Español (ES)', exact: true })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
});
