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

  // Untranslated: the hero they wrote, and the words the site took from their description
  // ("Vegan bakery in Lisbon") — the offline phrase library translates only its own texts.
  const spanish = page.getByRole('button', { name: /^Español \(ES\), \d+ texts? not translated$/ });
  await expect(spanish).toBeVisible();
  const missing = async () => Number(/(\d+) texts? not translated/.exec((await spanish.getAttribute('aria-label')) ?? '')?.[1] ?? NaN);
  const before = await missing();
  expect(before).toBeGreaterThanOrEqual(1);
  const texts = (n: number) => `${n} ${n === 1 ? 'text has' : 'texts have'} no Español version yet`;
  await spanish.click();
  const notice = page.getByTestId('untranslated-notice');
  await expect(notice).toContainText(texts(before));
  const marked = canvasOf(page).locator('main [data-pm-untranslated]');
  const heroMark = canvasOf(page).locator(`main [data-pm-untranslated][data-pm-key="${heroKey}"]`);
  await expect(heroMark).toHaveCount(1);
  await page.screenshot({ path: shot('editor-untranslated') });

  // The same in the app's Portuguese (the app's language switch is in the dashboard's header on a
  // computer; the editor, full-screen, has none: switch in the studio, then open the editor again).
  if (!isMobile) {
    await page.goto(studioUrl);
    await page.getByRole('button', { name: 'PT-BR · Português (Brasil)', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Pular para o conteúdo' })).toBeAttached();
    await page.goto(editorUrl);
    await expect(
      page.getByRole('button', { name: `Español (ES), ${before} ${before === 1 ? 'texto sem tradução' : 'textos sem tradução'}` }),
    ).toBeVisible();
    await page.getByRole('button', { name: /^Español \(ES\)/ }).click();
    await expect(notice).toContainText(`${before} ${before === 1 ? 'texto ainda não tem' : 'textos ainda não têm'} versão em Español`);
    await page.screenshot({ path: shot('editor-untranslated-pt-BR') });
    await page.goto(studioUrl);
    await page.getByRole('button', { name: 'EN · English', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
    await page.goto(editorUrl);
    await expect(spanish).toBeVisible();
    await spanish.click();
    await expect(notice).toContainText(texts(before));
  }

  // The hero written in Spanish: its mark goes and the count drops by one.
  await heroMark.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Nuestra masa madre sube despacio cada noche');
  await page.keyboard.press('Enter');
  await expect(heroMark).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  if (before === 1) {
    await expect(marked).toHaveCount(0);
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Español (ES)', exact: true })).toBeVisible();
  } else {
    await expect.poll(missing).toBe(before - 1);
    await expect(notice).toContainText(texts(before - 1));
  }
});
