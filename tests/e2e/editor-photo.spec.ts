import { expect, test } from '@playwright/test';
import { publishFromStudio, signUp, testJpeg, uniqueEmail } from './helpers';
import { canvasOf, createAndGenerateSite } from './studio-helpers';

test.use({ locale: 'en-US' });

// Issue 12, Canvas: clicking a picture on the canvas opens the image picker for that picture
// (Files or an upload, with alt text); the photo is one undoable edit, autosaved and published.
test('a picture clicked on the canvas is replaced through the image picker, undone, redone and published', async ({
  page,
  baseURL,
  isMobile,
}, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => testInfo.outputPath(`${name}-${isMobile ? '360' : 'desktop'}.png`);
  const slug = `photo-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('photo'));
  const studioUrl = await createAndGenerateSite(page, {
    name: 'Crumb Photo',
    slug,
    prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Photo, with a photo gallery of our shop',
    english: true,
  });
  await page.getByRole('link', { name: 'Open the editor' }).click();
  const canvas = canvasOf(page);
  const picture = canvas.locator('main [data-pm-image]').first();
  await expect(picture).toBeVisible();
  const altKey = (await picture.getAttribute('data-pm-image'))!;
  const samePicture = canvas.locator(`main [data-pm-image="${altKey}"]`);
  // Offline there is no stock photo: the slot is an "Add your photos" box, never a shape posing as one.
  await expect(picture).toHaveText('Add your photos');

  await picture.click();
  const picker = page.getByTestId('image-picker');
  await expect(picker.getByRole('heading', { name: /^A photo in the .+ section$/ })).toBeVisible();
  await picker
    .getByTestId('picker-upload-input')
    .setInputFiles([{ name: 'shop-front.jpg', mimeType: 'image/jpeg', buffer: await testJpeg(2, 40) }]);
  await expect(picker.getByLabel('Alt text')).toBeVisible({ timeout: 60_000 });
  await picker.getByLabel('Alt text').fill('Our shop front on Rua da Rosa');
  await page.screenshot({ path: shot('editor-photo-picker') });
  await picker.getByRole('button', { name: 'Use this photo' }).click();
  await expect(picker).toBeHidden({ timeout: 30_000 });

  // The canvas shows the new photo (an inline preview: the sandboxed canvas loads no app files).
  await expect(samePicture).toHaveAttribute('alt', 'Our shop front on Rua da Rosa');
  await expect(samePicture).toHaveAttribute('src', /^data:image\//);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.screenshot({ path: shot('editor-photo-canvas') });

  // One edit: undo takes back photo and alt text together, redo puts both back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('editor-announcer')).toHaveText('Undone');
  await expect(samePicture).toHaveText('Add your photos');
  await expect(samePicture).not.toHaveAttribute('src', /^data:image\//);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(samePicture).toHaveAttribute('alt', 'Our shop front on Rua da Rosa');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Autosaved: a reload shows it; published: the live site serves the photo with its alt text.
  await page.reload();
  await expect(canvasOf(page).locator(`main [data-pm-image="${altKey}"]`)).toHaveAttribute('alt', 'Our shop front on Rua da Rosa');
  await page.goto(studioUrl);
  const siteUrl = await publishFromStudio(page, slug, baseURL);
  const site = await page.context().newPage();
  await site.goto(`${siteUrl}/`);
  const live = site.getByRole('img', { name: 'Our shop front on Rua da Rosa' });
  await expect(live).toBeVisible();
  expect(await live.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});
