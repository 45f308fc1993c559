import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, publishFromStudio, signUp, uniqueEmail } from './helpers';

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
  await page.getByLabel('Project name').fill('Navalha de Ouro');
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Navalha de Ouro' }).click();

  await page.getByLabel('Describe your site').fill(PROMPT);
  const brief = page.getByTestId('site-brief');
  await expect(brief.getByLabel('Business name')).toHaveValue('Barbearia Navalha de Ouro');
  await expect(brief.getByLabel('Kind of business')).toHaveValue(/barber/i);
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
  await expectNoHorizontalOverflow(page);
  await brief.screenshot({ path: testInfo.outputPath(`brief-panel-${testInfo.project.name}.png`) });

  // Corrections, by keyboard: a shorter name and a FAQ section…
  await brief.getByLabel('Business name').fill('Navalha de Ouro');
  await brief.getByRole('checkbox', { name: 'Questions (FAQ)' }).focus();
  await page.keyboard.press('Space');
  await expect(brief.getByRole('checkbox', { name: 'Questions (FAQ)' })).toBeChecked();
  // …kept when the description changes and is read again.
  await page.getByLabel('Describe your site').press('End');
  await page.getByLabel('Describe your site').pressSequentially(' Para homens e meninos.');
  await expect(brief.getByLabel('Audience')).toHaveValue(/homens/);
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
  await expect(page.getByLabel('Describe your site')).toHaveValue(`${PROMPT} Para homens e meninos.`);
  const again = page.getByTestId('site-brief');
  await expect(again.getByLabel('Business name')).toHaveValue('Navalha de Ouro');
  await expect(again.getByRole('checkbox', { name: 'Questions (FAQ)' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'English' })).toBeChecked();
});

// Issue 9: hours, WhatsApp and donations asked for without their facts are asked for in the brief
// panel (never invented), in the person's language, on a phone too.
for (const ui of [
  { locale: 'en', describe: 'Describe your site', title: 'Still needed from you', hours: 'Opening hours: the days and times you open' },
  {
    locale: 'pt-BR',
    describe: 'Descreva seu site',
    title: 'Falta você informar',
    hours: 'Horário de funcionamento: os dias e horários em que você abre',
  },
]) {
  test(`the brief lists hours, WhatsApp and donations asked for without their facts as still needed (${ui.locale})`, async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    await signUp(page, uniqueEmail('brief-missing'));
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
    await expect(missing.getByRole('listitem')).toHaveCount(3);
    await expect(missing).toContainText(ui.hours);
    await expectNoHorizontalOverflow(page);
    await page
      .getByTestId('site-brief')
      .screenshot({ path: testInfo.outputPath(`brief-missing-${ui.locale}-${testInfo.project.name}.png`) });
  });
}
