import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, publishFromStudio, signUp, uniqueEmail, openEmptyProjectForm } from './helpers';

test.use({ locale: 'en-US' });

const PROMPT =
  'Barbearia Navalha de Ouro em Curitiba, site bilíngue português e inglês. Agendamento pelo WhatsApp (41) 99876-5432. Horário: terça a sábado das 9h às 19h.';

// Issue 9: the prompt is understood as a brief the person sees and corrects before generating;
// a bilingual prompt gives two languages; the WhatsApp link and the opening hours asked for are
// on the live site; Regenerate starts from the corrected brief, after a reload too.
test('the brief shows what was understood, keeps corrections, and the live site has what was asked for', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const slug = `navalha-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('brief'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Navalha de Ouro');
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Navalha de Ouro' }).click();

  await page.getByLabel('Describe your site').fill(PROMPT);
  const brief = page.getByTestId('site-brief');
  await expect(brief.getByLabel('Business name')).toHaveValue('Barbearia Navalha de Ouro');
  await expect(brief.getByLabel('What the business is')).toHaveValue(/barbearia/i);
  await expect(brief.getByLabel('Closest template')).toHaveValue(/barber/i);
  await expect(brief.getByLabel('Location')).toHaveValue('Curitiba');
  // "bilíngue português e inglês": both languages, the prompt's own first — not the UI's English alone.
  await expect(brief.getByRole('checkbox', { name: 'Português (Brasil)' })).toBeChecked();
  await expect(brief.getByRole('checkbox', { name: 'English' })).toBeChecked();
  await expect(brief.getByRole('radio', { name: 'Português (Brasil)' })).toBeChecked();
  await expect(brief.getByRole('checkbox', { name: 'WhatsApp' })).toBeChecked();
  await expect(brief.getByRole('checkbox', { name: 'Opening hours' })).toBeChecked();
  await expect(brief.getByRole('checkbox', { name: 'Questions (FAQ)' })).not.toBeChecked();
  await expect(brief).toContainText('+5541998765432');
  await expect(brief).toContainText('Tu-Sa 09:00-19:00');
  // What is not written on the page is said, with why: nothing the person wrote disappears silently.
  const unused = brief.getByTestId('brief-unused');
  await unused.getByText(/parts? of your description (is|are) not written on the page/).click();
  await expect(unused.getByRole('listitem').filter({ hasText: 'site bilíngue português e inglês' })).toContainText(
    'used for the site’s languages',
  );
  await expectNoHorizontalOverflow(page);
  await brief.screenshot({ path: testInfo.outputPath(`brief-panel-${testInfo.project.name}.png`) });

  // Corrections, by keyboard: a shorter name and a FAQ section…
  await brief.getByLabel('Business name').fill('Navalha de Ouro');
  await brief.getByRole('checkbox', { name: 'Questions (FAQ)' }).focus();
  await page.keyboard.press('Space');
  await expect(brief.getByRole('checkbox', { name: 'Questions (FAQ)' })).toBeChecked();
  // …kept when the description changes and is read again.
  await page.getByLabel('Describe your site').press('End');
  // (A fact, not more words of theirs: a bilingual offline site publishes only once their own
  // words are translated in the editor, and this spec publishes right away.)
  await page.getByLabel('Describe your site').pressSequentially(' E-mail: contato@navalha.com.br.');
  await expect(brief).toContainText('contato@navalha.com.br');
  await expect(brief.getByLabel('Business name')).toHaveValue('Navalha de Ouro');
  await expect(brief.getByRole('checkbox', { name: 'Questions (FAQ)' })).toBeChecked();

  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1');
  // The brief check: each thing asked for, and that the draft has it.
  const coverage = page.getByTestId('brief-coverage');
  await expect(coverage.getByRole('heading', { name: 'What you asked for' })).toBeVisible();
  for (const feature of ['WhatsApp', 'Opening hours', 'Questions (FAQ)']) {
    await expect(coverage.getByRole('listitem').filter({ hasText: feature })).toContainText('On the site');
  }
  await expect(coverage).toContainText('Everything you asked for is on the site.');
  await page.getByTestId('generation-status').screenshot({ path: testInfo.outputPath(`brief-coverage-${testInfo.project.name}.png`) });
  // Two languages in the preview's switcher.
  const previewLanguage = page.getByRole('group', { name: 'Preview language' });
  await expect(previewLanguage.getByRole('button', { name: 'Português (Brasil) (PT-BR)' })).toBeVisible();
  await expect(previewLanguage.getByRole('button', { name: 'English (EN)' })).toBeVisible();
  // After generating, the brief stays in view and correctable.
  const after = page.getByTestId('site-brief');
  await expect(after.getByRole('heading', { name: 'What we understood' })).toBeVisible();
  await expect(after.getByLabel('Business name')).toHaveValue('Navalha de Ouro');
  await after.screenshot({ path: testInfo.outputPath(`brief-after-${testInfo.project.name}.png`) });

  // Published: the WhatsApp link with the number given, the opening hours (section and JSON-LD), both languages.
  const siteUrl = await publishFromStudio(page, slug, baseURL);
  const site = await context.newPage();
  expect((await site.goto(`${siteUrl}/`))?.status()).toBe(200);
  await expect(site.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(site.locator('header')).toContainText('Navalha de Ouro');
  await expect(site.locator('a[href^="https://wa.me/5541998765432"]').first()).toBeVisible();
  await expect(site.locator('section#hours')).toBeVisible();
  expect(await site.locator('script[type="application/ld+json"]').first().textContent()).toContain('Tu-Sa 09:00-19:00');
  await expect(site.locator('section#faq')).toBeVisible();
  // On a phone the language links are behind the header's menu button.
  const menuButton = site.locator('header summary');
  if (await menuButton.isVisible()) await menuButton.click();
  await site
    .getByRole('navigation', { name: /language|idioma/i })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(site.locator('html')).toHaveAttribute('lang', 'en');
  await expect(site.locator('section#hours')).toBeVisible();

  // Regenerate starts from the corrected brief, after a reload too.
  await page.reload();
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(page.getByLabel('Describe your site')).toHaveValue(`${PROMPT} E-mail: contato@navalha.com.br.`);
  const again = page.getByTestId('site-brief');
  await expect(again.getByLabel('Business name')).toHaveValue('Navalha de Ouro');
  await expect(again.getByRole('checkbox', { name: 'Questions (FAQ)' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'English' })).toBeChecked();
});

// Issue 9: hours, WhatsApp and donations asked for without their facts are asked for in the brief
// panel (never invented), in the person's language, on a phone too.
for (const ui of [
  { locale: 'en', describe: 'Describe your site', title: 'Still needed from you', hours: 'Opening hours', name: 'Business name' },
  {
    locale: 'pt-BR',
    describe: 'Descreva seu site',
    title: 'Falta você informar',
    hours: 'Horário de funcionamento',
    name: 'Nome do negócio',
  },
]) {
  test(`the brief lists hours, WhatsApp and donations asked for without their facts as still needed (${ui.locale})`, async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    await signUp(page, uniqueEmail('brief-missing'));
    await openEmptyProjectForm(page);
    await page.getByLabel('Project name').fill('Igreja');
    await page.getByLabel('Address').fill(`igreja-${Date.now().toString(36)}`);
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('link', { name: 'Igreja' }).click();
    await expect(page.getByLabel('Describe your site')).toBeVisible();
    if (ui.locale !== 'en') {
      await page.context().addCookies([{ name: 'pm-locale', value: ui.locale, url: baseURL! }]);
      await page.reload();
    }
    await page
      .getByLabel(ui.describe)
      .fill('Igreja comunitária em Belo Horizonte, quero mostrar o horário dos cultos, um botão de WhatsApp e receber doações.');
    const missing = page.getByTestId('brief-missing-facts');
    await expect(missing.getByRole('heading', { name: ui.title })).toBeVisible();
    // Asked for right there, each skippable: the hours, a number, a way to give.
    await expect(missing.getByRole('textbox')).toHaveCount(3);
    await expect(missing.getByLabel(ui.hours)).toBeVisible();
    // Given here, a fact joins the brief and its question goes away.
    await missing.getByLabel(ui.hours).fill(ui.locale === 'en' ? 'Sundays 9am to 12pm' : 'domingos das 9h às 12h');
    await missing.getByLabel(ui.hours).press('Enter');
    await expect(missing.getByRole('textbox')).toHaveCount(2);
    await expectNoHorizontalOverflow(page);
    await page
      .getByTestId('site-brief')
      .screenshot({ path: testInfo.outputPath(`brief-missing-${ui.locale}-${testInfo.project.name}.png`) });
  });
}

// Issue 31: a new client starts from "What do you want to build?"; the project and its name come
// from the description and the site is written at once; the brief beside the preview is corrected
// (the kind in the person's words, the name, an offering added) and the regenerated draft follows.
test('describe first: the site is written from the description, and corrections to the brief change the draft', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  await signUp(page, uniqueEmail('describe'));
  await page
    .getByLabel('Your description')
    .fill('kayak repair workshop in Eugene, Oregon: hull patches, rudders and skeg repair, quotes by email');
  await page.getByRole('button', { name: 'Create my site' }).click();
  // The project is named from the description, and the studio writes the site straight away.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kayak repair workshop · Eugene, Oregon');
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1', { timeout: 60_000 });
  await expect(page.getByTestId('brief-summary')).toContainText('kayak repair workshop');
  const preview = page.frameLocator('iframe[title]').first();
  await expect(preview.locator('h1')).toContainText('Kayak repair workshop');
  await expect(preview.locator('body')).toContainText('Hull patches');
  await expect(preview.locator('body')).not.toContainText(/trial class|levelling test/i);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath(`describe-first-${testInfo.project.name}.png`), fullPage: true });

  // Corrections: the name, an offering, and what it is in other words (no template: the site follows the words).
  const brief = page.getByTestId('site-brief');
  await brief.getByLabel('Business name').fill('Paddle Fix');
  await brief.getByLabel('Add something you offer').fill('Paddle leash repair');
  await brief.getByRole('button', { name: 'Add', exact: true }).first().click();
  await expect(brief.getByTestId('brief-items')).toContainText('Paddle leash repair');
  await brief.getByLabel('What the business is').fill('sea kayak repair shop');
  await expect(brief.getByTestId('brief-no-template')).toBeVisible();
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await page
    .getByRole('button', { name: /Generate|Regenerate/ })
    .last()
    .click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 2', { timeout: 60_000 });
  await expect(preview.locator('header')).toContainText('Paddle Fix');
  await expect(preview.locator('body')).toContainText('Paddle leash repair');
  await expect(preview.locator('body')).toContainText(/sea kayak repair shop/i);
  await page.screenshot({ path: testInfo.outputPath(`describe-corrected-${testInfo.project.name}.png`), fullPage: true });
});
