import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail, openEmptyProjectForm } from './helpers';
import { canvasOf } from './studio-helpers';

test.use({ locale: 'en-US' });

// Issue 9, Language: the site's languages come from the prompt, not the interface's language —
// also when a prompt is pasted and sent at once, before the studio had read it while typing
// (the checkboxes then still showed the interface's English and the site came out in English).
test('a Portuguese prompt pasted and sent at once makes a Portuguese site in an English interface', async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, uniqueEmail('paste'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill('Pão Verde');
  await page.getByLabel('Address').fill(`paste-${Date.now().toString(36)}`);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Pão Verde' }).click();

  await page
    .getByLabel('Describe your site')
    .fill('Site para a Padaria Pão Verde em Curitiba, padaria vegana, com horário e pedidos pelo WhatsApp 41 99999-1234');
  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1', { timeout: 60_000 });

  await page.getByRole('link', { name: 'Open the editor' }).click();
  const canvas = canvasOf(page);
  await expect(canvas.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(canvas.locator('main a[href^="https://wa.me/5541999991234"]').first()).toBeAttached();
});
