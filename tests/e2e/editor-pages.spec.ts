import { expect, test, type Page } from '@playwright/test';
import { publishFromStudio, signUp, testJpeg, uniqueEmail, openEmptyProjectForm } from './helpers';
import { tickEnglishAfterReading } from './studio-helpers';

test.use({ locale: 'en-US' });

const canvasOf = (page: Page) => page.frameLocator('[data-testid="editor-canvas"]');

async function createSite(page: Page, name: string, slug: string) {
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill(name);
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name }).click();
  await page.getByLabel('Describe your site').fill(`A landing page for a vegan bakery in Lisbon called ${name}`);
  await tickEnglishAfterReading(page);
  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1', { timeout: 60_000 });
  return page.url();
}

// Issue 12, Pages and SEO: a page added in the editor, renamed, given a search title, a
// description and a social picture from Files, is published with exactly those in its <head>;
// a blog post is added, a page removed, the site renamed and given a logo.
test('pages and SEO: add, rename and describe a page, see the previews, publish it', async ({ page, baseURL, isMobile }, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => testInfo.outputPath(`${name}-${isMobile ? '360' : 'desktop'}.png`);
  const slug = `pages-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('pages'));
  const studioUrl = await createSite(page, 'Crumb Pages', slug);
  await page.getByRole('link', { name: 'Open the editor' }).click();
  await expect(canvasOf(page).locator('main [data-pm-section]').first()).toBeVisible();

  await page.getByTestId('open-pages').click();
  const panel = page.getByRole('dialog', { name: 'Pages and SEO' });
  await panel.getByLabel('Title of the new page').fill('Catering');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  // The new page opens in the canvas, with a hero to type over.
  await expect(panel.getByTestId('page-list').locator('[data-slug="catering"]')).toHaveAttribute('aria-current', 'page');
  await expect(canvasOf(page).locator('main [data-pm-section]')).toHaveCount(1);

  const settings = panel.getByTestId('page-settings');
  await settings.getByLabel('Address').fill('Vegan Catering');
  await settings.getByRole('button', { name: 'Save address' }).click();
  await expect(panel.getByTestId('page-list').locator('[data-slug="vegan-catering"]')).toBeVisible();
  await settings.getByLabel('Title in search results').fill('Catering for events');
  await settings.getByLabel('Description in search results').fill('Vegan buffets and cakes for weddings in Lisbon.');
  const google = panel.getByTestId('google-preview');
  await expect(google).toContainText('Catering for events · Crumb Pages');
  await expect(google).toContainText('› vegan-catering');
  await expect(google).toContainText('Vegan buffets and cakes for weddings in Lisbon.');

  // A social picture for this page, uploaded through the Files picker.
  await settings.getByRole('button', { name: 'Choose a social image' }).click();
  const picker = page.getByTestId('image-picker');
  await picker
    .getByTestId('picker-upload-input')
    .setInputFiles([{ name: 'buffet.jpg', mimeType: 'image/jpeg', buffer: await testJpeg(1, 30) }]);
  await expect(picker.getByLabel('Alt text')).toBeVisible({ timeout: 60_000 });
  await picker.getByLabel('Alt text').fill('A vegan buffet');
  await picker.getByRole('button', { name: 'Use this photo' }).click();
  await expect(picker).toBeHidden({ timeout: 30_000 });
  await expect(panel.getByTestId('social-preview').locator('img')).toHaveAttribute('src', /.+/);
  await expect(settings.getByRole('button', { name: 'Change the social image' })).toBeVisible();
  await panel.getByTestId('google-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('editor-pages') });

  // Undo takes back the picture, redo puts it back: page edits are operations like any other.
  await page.getByRole('button', { name: 'Close pages and SEO' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByTestId('open-pages').click();
  await expect(settings.getByRole('button', { name: 'Choose a social image' })).toBeVisible();
  await page.getByRole('button', { name: 'Close pages and SEO' }).click();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 30_000 });

  // A blog post; a page added and removed again; the site's name and a logo.
  await page.getByTestId('open-pages').click();
  await panel.getByLabel('Title of the new page').fill('Our first bake');
  await panel.getByLabel('Kind', { exact: true }).selectOption('post');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  const post = panel.getByTestId('page-list').locator('[data-slug="blog/our-first-bake"]');
  await expect(post).toHaveAttribute('aria-current', 'page');
  await expect(post).toContainText('Blog post');
  await panel.getByLabel('Title of the new page').fill('Temporary');
  await panel.getByLabel('Kind', { exact: true }).selectOption('page');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  const temporary = panel.getByTestId('page-list').locator('[data-slug="temporary"]');
  await expect(temporary).toHaveAttribute('aria-current', 'page');
  await settings.getByRole('button', { name: 'Remove this page' }).click();
  await expect(settings.getByRole('alert')).toContainText('Remove “Temporary” and its texts? You can undo it.');
  await settings.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(temporary).toHaveCount(0);
  await expect(post).toBeVisible();
  const site = panel.getByTestId('site-settings');
  await site.getByLabel('Site name').fill('Crumb Pages Lisboa');
  await site.getByRole('button', { name: 'Choose a logo' }).click();
  await picker
    .getByTestId('picker-upload-input')
    .setInputFiles([{ name: 'logo.jpg', mimeType: 'image/jpeg', buffer: await testJpeg(0.2, 200) }]);
  await expect(picker.getByLabel('Alt text')).toBeVisible({ timeout: 60_000 });
  await picker.getByLabel('Alt text').fill('Crumb Pages logo');
  await picker.getByRole('button', { name: 'Use this photo' }).click();
  await expect(picker).toBeHidden({ timeout: 30_000 });
  await expect(site.getByRole('button', { name: 'Change the logo' })).toBeVisible();
  await expect(canvasOf(page).locator('header .brand img')).toHaveCount(1);
  await expect(canvasOf(page).locator('header .brand')).toContainText('Crumb Pages Lisboa');
  await site.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('editor-pages-site') });
  await page.getByRole('button', { name: 'Close pages and SEO' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 30_000 });

  await page.goto(studioUrl);
  const siteUrl = await publishFromStudio(page, slug, baseURL);
  // Chromium resolves <slug>.localhost; Node's fetch does not, so the browser reads the live page.
  await page.goto(`${siteUrl}/vegan-catering`);
  await expect(page).toHaveTitle('Catering for events · Crumb Pages Lisboa');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Vegan buffets and cakes for weddings in Lisbon.');
  await expect(page.locator('header .brand')).toContainText('Crumb Pages Lisboa');
  await expect(page.locator('header .brand img')).toHaveCount(1);
  const ogImage = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  expect(ogImage).toMatch(/^http:\/\/.+\.(jpe?g|webp|avif)$/);
  expect((await page.goto(ogImage))?.status()).toBe(200);
  // The blog post is live at its address; the removed page is not.
  expect((await page.goto(`${siteUrl}/blog/our-first-bake`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Our first bake');
  expect((await page.goto(`${siteUrl}/temporary`))?.status()).toBe(404);
});

// Issue 12, "translate what is missing" in the embedded default (no AI endpoint): the person's own
// text, copied when Spanish was added offline, cannot be translated — the editor says so plainly
// and changes nothing.
test('translate what is missing says plainly, offline, that a text needs the AI model', async ({ page, isMobile }, testInfo) => {
  test.setTimeout(180_000);
  await signUp(page, uniqueEmail('translate-missing'));
  const studioUrl = await createSite(page, 'Crumb Translate', `translate-${Date.now().toString(36)}`);
  await page.getByRole('link', { name: 'Open the editor' }).click();
  const hero = canvasOf(page).locator('main h1 [data-pm-key]').first();
  await hero.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Our sourdough rises slowly every single night');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.goto(studioUrl);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
  await page.getByRole('button', { name: 'Add language' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText(/Saved as version \d+/);
  await page.getByRole('link', { name: 'Open the editor' }).click();
  // The person's own words (the hero they typed, and what the brief took from their description)
  // are what the offline phrase library cannot translate.
  const spanish = page.getByRole('button', { name: /^Español \(ES\), \d+ texts? not translated$/ });
  await spanish.click();

  const translate = page.getByTestId('translate-missing');
  await translate.getByRole('button', { name: /^Translate the (missing text|\d+ missing texts)$/ }).click();
  await expect(translate.getByRole('status')).toHaveText(
    /(This text needs|These \d+ texts need) the AI model to be translated, and none is set up here/,
  );
  await expect(canvasOf(page).locator('main [data-pm-untranslated]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath(`editor-translate-missing-${isMobile ? '360' : 'desktop'}.png`) });
});
