import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { expectNoHorizontalOverflow, publishFromStudio, signUp, testJpeg, uniqueEmail, openEmptyProjectForm } from './helpers';

test.use({ locale: 'en-US' });

/** Opens the picker for a slot of the studio's Photos panel, uploads a photo there and uses it. */
async function putPhoto(page: Page, slot: RegExp, name: string, buffer: Buffer) {
  const slots = page.getByTestId('photo-slots');
  await slots.getByRole('button', { name: slot }).first().click();
  const picker = page.getByTestId('image-picker');
  await expect(picker).toBeVisible();
  await picker.getByTestId('picker-upload-input').setInputFiles([{ name, mimeType: 'image/jpeg', buffer }]);
  // Uploaded and chosen: alt text is required, and a suggestion from the name/section is offered.
  const alt = picker.getByLabel('Alt text');
  await expect(alt).toBeVisible({ timeout: 60_000 });
  await expect(alt).not.toHaveValue('');
  await alt.fill('');
  await picker.getByRole('button', { name: 'Use this photo' }).click();
  // Refused while empty (the browser's own required-field check): the picker stays, nothing saved.
  expect(await alt.evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).toBe(true);
  await expect(picker).toBeVisible();
  await alt.fill(`${name.replace(/\.jpg$/, '').replace(/-/g, ' ')} on the counter`);
  await picker.getByRole('button', { name: 'Use this photo' }).click();
  await expect(picker).toBeHidden({ timeout: 30_000 });
}

// Issue 11: photos from the person's phone go into the hero and the gallery from the studio, and
// the published page serves them as responsive AVIF/WebP with intrinsic sizes, the hero first.
test('photos put in the hero and the gallery are published as responsive AVIF images', async ({ page, context, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const slug = `crumb-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('photos'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Crumb Bakery');
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Crumb Bakery' }).click();
  await page
    .getByLabel('Describe your site')
    .fill('A website for Crumb Bakery, a sourdough bakery in Austin, Texas, with a photo gallery of our breads.');
  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1', { timeout: 60_000 });

  const [hero, loaf, rolls] = await Promise.all([testJpeg(4, 40, { exif: true }), testJpeg(1.5, 200), testJpeg(1, 120)]);
  await putPhoto(page, /^(Choose|Replace): Hero image/, 'shop-front.jpg', hero);
  const slots = page.getByTestId('photo-slots');
  await expect(slots.locator('li').filter({ hasText: 'Hero image' }).first()).toContainText('Your photo');
  await putPhoto(page, /^Choose: Add a gallery picture/, 'country-loaf.jpg', loaf);
  await putPhoto(page, /^Choose: Add a gallery picture/, 'dinner-rolls.jpg', rolls);
  await expect(slots.getByText('Your photo')).toHaveCount(3);
  await expectNoHorizontalOverflow(page);
  await page.getByTestId('photo-slots').screenshot({ path: testInfo.outputPath(`photo-slots-${testInfo.project.name}.png`) });

  const siteUrl = await publishFromStudio(page, slug, baseURL);

  const site = await context.newPage();
  expect((await site.goto(`${siteUrl}/`))?.status()).toBe(200);
  // The hero's photo: a <picture> with AVIF then WebP sources, several widths, intrinsic size, loaded first.
  const heroPicture = site.locator('section#hero picture');
  await expect(heroPicture).toHaveCount(1);
  const avifSrcset = (await heroPicture.locator('source[type="image/avif"]').getAttribute('srcset'))!;
  expect(avifSrcset.split(',').length).toBeGreaterThan(2);
  expect(avifSrcset).toMatch(/\.avif \d+w/);
  await expect(heroPicture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp \d+w/);
  const heroImg = heroPicture.locator('img');
  await expect(heroImg).toHaveAttribute('alt', 'shop front on the counter');
  await expect(heroImg).toHaveAttribute('fetchpriority', 'high');
  await expect(heroImg).toHaveAttribute('sizes', /.+/);
  expect(Number(await heroImg.getAttribute('width'))).toBeGreaterThan(0);
  expect(Number(await heroImg.getAttribute('height'))).toBeGreaterThan(0);
  // Chromium picks the AVIF, and it is served as AVIF, immutable, without the photo's EXIF.
  await expect.poll(() => heroImg.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc)).toMatch(/\.avif$/);
  const heroSrc = await heroImg.evaluate((img: HTMLImageElement) => img.currentSrc);
  // Fetched by the page itself: Node's resolver does not know *.localhost, Chromium does.
  const avif = await site.evaluate(async (src) => {
    const response = await fetch(src);
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      cache: response.headers.get('cache-control'),
      base64: btoa(binary),
    };
  }, heroSrc);
  expect(avif.status).toBe(200);
  expect(avif.type).toBe('image/avif');
  expect(avif.cache).toContain('immutable');
  const served = Buffer.from(avif.base64, 'base64');
  expect(served.length).toBeLessThan(hero.length / 4);
  expect((await sharp(served).metadata()).exif).toBeUndefined();

  // The two gallery photos: lazy, with their alt text, AVIF first.
  const galleryAlts = await site
    .locator('section#gallery picture img')
    .evaluateAll((images) => images.map((img) => [img.getAttribute('alt'), img.getAttribute('loading')]));
  expect(galleryAlts).toEqual(
    expect.arrayContaining([
      ['country loaf on the counter', 'lazy'],
      ['dinner rolls on the counter', 'lazy'],
    ]),
  );
  await expect(site.locator('section#gallery picture source[type="image/avif"]').first()).toHaveAttribute('srcset', /\.avif \d+w/);
  // Scrolled into view, the lazy gallery photos load (as AVIF too).
  const galleryImages = site.locator('section#gallery picture img');
  for (const image of await galleryImages.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc)).toMatch(/\.avif$/);
    // Intrinsic size in the markup, with the photo's own aspect ratio: no layout shift when it loads.
    const size = await image.evaluate((img: HTMLImageElement) => ({
      width: Number(img.getAttribute('width')),
      height: Number(img.getAttribute('height')),
      naturalRatio: img.naturalWidth / img.naturalHeight,
    }));
    expect(size.width).toBeGreaterThan(0);
    expect(size.height).toBeGreaterThan(0);
    expect(Math.abs(size.width / size.height - size.naturalRatio)).toBeLessThan(0.02);
  }
  await expectNoHorizontalOverflow(site);
  await site.screenshot({ path: testInfo.outputPath(`site-photos-${testInfo.project.name}.png`), fullPage: true });
});
