import { expect, test, type Page } from '@playwright/test';
import { publishFromStudio, signUp, uniqueEmail } from './helpers';
import { canvasOf, createAndGenerateSite, properties, openEditorTool } from './studio-helpers';

test.use({ locale: 'en-US' });

// The offline composer gives this prompt three sample people (team) and three sample
// testimonials, with "#team" in the header menu and the footer: a draft the pre-publish check
// blocks. Chosen with compose-offline-site + extract-site-brief (see the report of issue 32).
const PROMPT = 'A yoga studio in Lisbon called Flow, with our team and testimonials from students';

async function openSections(page: Page, isMobile: boolean) {
  if (isMobile) await openEditorTool(page, page.getByRole('button', { name: 'Sections', exact: true }));
  else await page.getByRole('tab', { name: 'Sections' }).click();
}

// A new user makes a blocked draft publishable through the editor alone: the editor lists what
// blocks publishing with a button to each place → a sample person's name typed over (its flag
// goes), one marked real, one removed → the menu edited in the Menu and links panel (a label
// changed, a link to the testimonials added) → the testimonials deleted, which takes the new
// menu link with it → nothing blocks → published: the live menu has the edit and no dead link.
test('a draft blocked by sample content is made publishable in the editor and published', async ({ page, baseURL, isMobile }, testInfo) => {
  test.setTimeout(240_000);
  const slug = `samples-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('samples'));
  const studioUrl = await createAndGenerateSite(page, { name: 'Flow', slug, prompt: PROMPT, english: true });
  await page.getByRole('link', { name: 'Open the editor' }).click();
  const canvas = canvasOf(page);
  await expect(canvas.locator('main [data-pm-section]').first()).toBeVisible();
  const status = page.getByTestId('save-state');

  // 1. What blocks publishing, in plain words: each section by the heading it has on the page
  // (its wording varies with the generation, so only the counts are asserted here).
  const blockers = page.getByTestId('publish-blockers');
  await expect(blockers).toContainText('Before you can publish');
  await expect(blockers).toContainText(/: 3 sample people — replace or remove/);
  await expect(blockers).toContainText(/: 3 sample testimonials — replace or remove/);
  if (isMobile) await page.screenshot({ path: testInfo.outputPath('blockers-360.png') });

  // 2. The header menu: rename the team's link, add one to the testimonials.
  await openEditorTool(page, page.getByTestId('open-links'));
  const teamLink = page.getByRole('group', { name: 'Menu link 2' });
  await expect(teamLink.getByLabel('Leads to')).toHaveValue(/^\/?#team$/);
  await teamLink.getByLabel('Label').fill('Our teachers');
  await page.getByRole('button', { name: 'Add a menu link' }).click();
  const newLink = page.getByRole('group', { name: 'Menu link 4' });
  await newLink.getByLabel('Label').fill('Reviews');
  // ("#testimonials" on a one-page site, "/#testimonials" once it has its privacy page too.)
  const leadsTo = newLink.getByLabel('Leads to');
  const testimonials = await leadsTo
    .locator('option')
    .evaluateAll((options) =>
      options.map((option) => (option as HTMLOptionElement).value).find((value) => /^\/?#testimonials$/.test(value)),
    );
  await leadsTo.selectOption(testimonials!);
  await expect(page.getByRole('group', { name: 'Footer link 2' }).getByLabel('Leads to')).toHaveValue(/^\/?#team$/);
  await page.screenshot({ path: testInfo.outputPath(`links-panel-${isMobile ? '360' : 'desktop'}.png`) });
  await page.getByRole('button', { name: 'Close menu and links' }).click();
  // (On a phone the header's links sit in its closed menu: found by text, as role queries skip hidden ones.)
  await expect(canvas.locator('header a', { hasText: 'Our teachers' }).first()).toHaveAttribute('href', /^\/?#team$/);
  await expect(canvas.locator('header a', { hasText: 'Reviews' }).first()).toHaveAttribute('href', /^\/?#testimonials$/);
  await expect(status).toHaveText('Saved');

  // 3. "Show me" goes to the team's properties; typing a real name makes that person real.
  await blockers.getByRole('button', { name: /^Show me: .+: 3 sample people/ }).click();
  const panel = await properties(page, false);
  await expect(panel.getByRole('heading', { name: 'Team: properties' })).toBeVisible();
  const members = panel.getByTestId('list-field').filter({ has: page.getByRole('heading', { name: 'Team members' }) });
  await expect(members.getByTestId('list-item')).toHaveCount(3);
  await expect(members.getByText('Sample', { exact: true })).toHaveCount(3);
  const first = members.getByTestId('list-item').first();
  await first.getByRole('button', { expanded: false }).click();
  await first.getByLabel('Name', { exact: true }).fill('Marta Silva');
  await expect(blockers).toContainText(/: 2 sample people — replace or remove/);
  await expect(first.getByText('Sample', { exact: true })).toHaveCount(0);

  // The third person's text is right as it stands: "This is real".
  const third = members.getByTestId('list-item').nth(2);
  await third.getByRole('button', { expanded: false }).click();
  await expect(third.getByTestId('sample-notice')).toBeVisible();
  await third.getByRole('button', { name: 'This is real' }).click();
  await expect(blockers).toContainText(/: 1 sample person — replace or remove/);

  // The second is removed.
  await members
    .getByTestId('list-item')
    .nth(1)
    .getByRole('button', { name: /^Remove / })
    .click();
  await expect(members.getByTestId('list-item')).toHaveCount(2);
  await expect(blockers).not.toContainText('sample person');
  if (isMobile) await page.getByRole('button', { name: 'Close the properties' }).click();

  // 4. The testimonials deleted: the menu link to them goes too (one step).
  await openSections(page, isMobile);
  await page.getByRole('button', { name: 'More actions for Testimonials' }).filter({ visible: true }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  if (isMobile) await page.getByRole('button', { name: 'Close the sections' }).click();
  await expect(canvas.locator('[data-pm-section="testimonials"]')).toHaveCount(0);
  await expect(canvas.locator('header a[href$="#testimonials"]')).toHaveCount(0);
  await expect(blockers).toBeHidden();
  await expect(status).toHaveText('Saved');

  // 5. Published: the live menu has the renamed link and none to the deleted section.
  await page.goto(studioUrl);
  const siteUrl = await publishFromStudio(page, slug, baseURL);
  const site = await page.context().newPage();
  await site.goto(`${siteUrl}/`);
  await expect(site.locator('#team')).toContainText('Marta Silva');
  await expect(site.locator('header a', { hasText: 'Our teachers' }).first()).toHaveAttribute('href', /^\/?#team$/);
  await expect(site.locator('a[href$="#testimonials"]')).toHaveCount(0);
  await expect(site.locator('header')).not.toContainText('Reviews');
  await expect(site.locator('#testimonials')).toHaveCount(0);
});
