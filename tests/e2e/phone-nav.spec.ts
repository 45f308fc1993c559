import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, enterAdminSession, expectNoHorizontalOverflow, signInAs } from './helpers';

// Issue 34 #6, phone navigation: at 360 px the dashboard's and the admin's tabs are a "Menu"
// button (aria-expanded) opening the list of pages — not a sideways scroller nobody can tell is
// one — usable with a keyboard (Escape closes it and gives the focus back); and the landing's plan
// table becomes one card per plan instead of being clipped. Screenshots go to NAV_SHOTS_DIR when set.

const SHOTS = process.env.NAV_SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: /^(Main navigation|Navegação principal)$/ });

test.describe('at 360 px', () => {
  test.use({ locale: 'en-US', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the dashboard tabs are a menu: opened, followed, closed, and by keyboard', async ({ page }) => {
    await signInAs(page, 'free@pagemagic.local', DEMO_PASSWORD);
    const nav = mainNav(page);
    const menu = nav.getByRole('button', { name: /^Menu/ });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toContainText('Projects');
    // Closed, no tab takes room or scrolls sideways; the page fits the phone.
    await expect(nav.getByRole('link')).toHaveCount(0);
    await expectNoHorizontalOverflow(page);
    await shot(page, 'nav-closed-360-en');

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const links = nav.getByRole('link');
    await expect(links.first()).toBeVisible();
    expect(await links.count()).toBeGreaterThanOrEqual(8);
    await expect(nav.getByRole('link', { name: 'Projects', exact: true })).toHaveAttribute('aria-current', 'page');
    // Every tab is on the screen at once (two columns), none past its right edge.
    for (const box of await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual(360);
    await expectNoHorizontalOverflow(page);
    await shot(page, 'nav-open-360-en');

    await nav.getByRole('link', { name: 'Usage', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
    // Another page: the menu is closed again and names where the person is.
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toContainText('Usage');

    // Keyboard: Enter opens, Tab reaches the first page, Escape closes and returns to the button.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Projects', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
  });

  test('the admin tabs are a menu too', async ({ page }) => {
    await enterAdminSession(page);
    await page.goto('/admin');
    const menu = mainNav(page).getByRole('button', { name: /^Menu/ });
    await expect(menu).toContainText('Clients');
    await menu.click();
    await expect(mainNav(page).getByRole('link', { name: 'Jobs', exact: true })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'admin-nav-open-360-en');
  });

  test('the landing’s plans reflow into one card per plan', async ({ page }) => {
    await page.goto('/');
    const cards = page.getByTestId('plan-cards').getByRole('listitem');
    await expect(cards).toHaveCount(4);
    await expect(cards.first()).toContainText('Free');
    await expect(cards.first()).toContainText('Projects');
    // The wide table is not shown (and so not clipped at the screen's edge).
    await expect(page.getByRole('table')).toBeHidden();
    for (const right of await cards.evaluateAll((all) => all.map((c) => c.getBoundingClientRect().right)))
      expect(right).toBeLessThanOrEqual(360);
    await expectNoHorizontalOverflow(page);
    await page.getByTestId('plan-cards').scrollIntoViewIfNeeded();
    await shot(page, 'landing-plans-360-en');
  });
});

test.describe('at 360 px, in Portuguese', () => {
  test.use({ locale: 'pt-BR', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the menu and the plans', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('plan-cards').getByRole('listitem').first()).toContainText('Projetos');
    await expectNoHorizontalOverflow(page);
    await page.getByTestId('plan-cards').scrollIntoViewIfNeeded();
    await shot(page, 'landing-plans-360-pt-BR');
    await signInAsPortuguese(page);
    const menu = mainNav(page).getByRole('button', { name: /^Menu/ });
    await expect(menu).toContainText('Projetos');
    await menu.click();
    await expect(mainNav(page).getByRole('link', { name: 'Contatos', exact: true })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'nav-open-360-pt-BR');
  });
});

test.describe('on a desktop', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 900 } });

  test('the tabs stay a row, and the plans a table', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByTestId('plan-cards')).toBeHidden();
    await shot(page, 'landing-plans-1280-en');
    await signInAs(page, 'free@pagemagic.local', DEMO_PASSWORD);
    await expect(mainNav(page).getByRole('button', { name: /^Menu/ })).toBeHidden();
    await expect(mainNav(page).getByRole('link', { name: 'Leads', exact: true })).toBeVisible();
    await shot(page, 'nav-1280-en');
  });
});

async function signInAsPortuguese(page: Page) {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'E-mail' }).first().fill('free@pagemagic.local');
  await page.getByLabel('Senha').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Seus projetos' })).toBeVisible();
}
