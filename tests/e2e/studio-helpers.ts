import { expect, type Locator, type Page } from '@playwright/test';
import { openEmptyProjectForm } from './helpers';

/** The editor's canvas (the site drawn in an iframe). */
export const canvasOf = (page: Page) => page.frameLocator('[data-testid="editor-canvas"]');

/**
 * Ticks English once the prompt has been read. The site's languages follow the prompt until the
 * person picks them: ticked before the reading lands, an English box already ticked (the interface's
 * language) stays untouched, and the reading then unticks it for the prompt's own language.
 */
export async function tickEnglishAfterReading(page: Page): Promise<void> {
  await expect(page.getByTestId('site-brief').getByLabel('What the business is')).toBeVisible();
  await page.getByRole('checkbox', { name: 'English' }).check();
}

/**
 * From the projects list of a signed-in person: creates a project, opens its studio, generates the
 * site from `prompt` and waits until version 1 is saved. `english` ticks the English checkbox (the
 * specs written in English want an English site whatever the prompt's language detection says).
 * Returns the studio's URL.
 */
export async function createAndGenerateSite(
  page: Page,
  { name, slug, prompt, english = false }: { name: string; slug: string; prompt: string; english?: boolean },
): Promise<string> {
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill(name);
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name }).click();
  await page.getByLabel('Describe your site').fill(prompt);
  const studioUrl = page.url();
  if (english) await tickEnglishAfterReading(page);
  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1', { timeout: 60_000 });
  return studioUrl;
}

/**
 * Clicks one of the editor's tools: in the header's row on a computer; on smaller screens it sits
 * in the "More tools" list, opened first (issue 34: the phone's header is one row).
 */
export async function openEditorTool(page: Page, tool: Locator): Promise<void> {
  if (!(await tool.isVisible())) await page.getByRole('button', { name: 'More tools' }).click();
  await tool.click();
}

/** The properties panel (behind its own tab on a phone). */
export async function properties(page: Page, isMobile: boolean): Promise<Locator> {
  if (isMobile) await openEditorTool(page, page.getByRole('button', { name: 'Properties', exact: true }));
  return page.getByTestId('properties').filter({ visible: true });
}

/** Adds a blank section of the type labelled `type` at the top of the page; returns its id. */
export async function addSectionAtTop(page: Page, isMobile: boolean, type: string): Promise<string> {
  if (isMobile) await openEditorTool(page, page.getByRole('button', { name: 'Sections', exact: true }));
  await page.getByRole('button', { name: 'Add a section' }).filter({ visible: true }).click();
  const dialog = page.getByTestId('add-section');
  await dialog.getByLabel('Type of section').selectOption({ label: type });
  await dialog.getByLabel('Where').selectOption({ label: 'At the top of the page' });
  await dialog.getByRole('button', { name: 'Add it blank' }).click();
  await expect(dialog).toBeHidden();
  return (await canvasOf(page).locator('main [data-pm-section]').first().getAttribute('data-pm-section'))!;
}
