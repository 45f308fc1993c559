import { expect, test } from '@playwright/test';
import { signUp, testJpeg, uniqueEmail } from './helpers';

test.use({ locale: 'en-US' });

/**
 * Issue 15, the installed app's share target: the phone's share sheet POSTs the chosen photos
 * (multipart, field `photos`, manifest.ts) to /dashboard/files/share as a navigation. The service
 * worker keeps them on the device and sends the person to Files, which uploads them with its own
 * queue. Chromium has no share sheet to drive, so the page submits the same form the sheet would.
 */
test('photos shared into the installed app from the gallery land in Files, uploaded', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('share'));
  await page.goto('/dashboard/files');
  await expect(page.getByText('No files yet')).toBeVisible();
  // The first visit installs the worker; once it controls the page, the share POST goes through it.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(async () => {
    await page.reload();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  }).toPass({ timeout: 20_000 });

  const photo = (await testJpeg(0.3, 40)).toString('base64');
  await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const files = new DataTransfer();
    files.items.add(new File([bytes], 'from-gallery.jpg', { type: 'image/jpeg' }));
    files.items.add(new File([bytes], 'second-shot.jpg', { type: 'image/jpeg' }));
    const form = document.createElement('form');
    form.method = 'POST';
    form.enctype = 'multipart/form-data';
    form.action = '/dashboard/files/share';
    const input = document.createElement('input');
    input.type = 'file';
    input.name = 'photos';
    input.multiple = true;
    input.files = files.files;
    form.append(input);
    document.body.append(form);
    form.submit();
  }, photo);

  // Back on Files (the ?shared marker is dropped once they are taken), both photos upload.
  await expect(page).toHaveURL(/\/dashboard\/files$/, { timeout: 20_000 });
  const cards = page.getByTestId('file-card');
  await expect(cards.filter({ hasText: 'from-gallery.jpg' })).toHaveCount(1, { timeout: 60_000 });
  await expect(cards.filter({ hasText: 'second-shot.jpg' })).toHaveCount(1);
  // Taken once: they are no longer waiting on the device, so a reload uploads nothing again.
  expect(await page.evaluate(async () => (await (await caches.open('pm-shared-files')).keys()).length)).toBe(0);
  await page.reload();
  await expect(cards).toHaveCount(2);
});
