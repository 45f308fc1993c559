import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// Issue 34 #3, the installed app offline: a page the service worker has not kept shows the offline
// page (in the language in use), also when reached by a link inside the app; a kept page says it
// is offline and when it was last updated, and its forms keep what was typed and say it was not
// sent — a form posting a server action used to end on "Something went wrong… it has been
// reported". Desktop in English, 360 px in Portuguese. Screenshots go to OFFLINE_SHOTS_DIR.

const SHOTS = process.env.OFFLINE_SHOTS_DIR;
async function shot(page: Page, name: string, width: number) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
}

const COPY = {
  en: {
    switchTo: null,
    otherLanguage: 'PT-BR · Português (Brasil)',
    nav: 'Leads',
    offlineHeading: 'You are offline',
    bar: 'You are offline — last updated',
    description: 'Your description',
    submit: 'Create my site',
    notSent: 'Not sent: you are offline.',
    home: 'Your projects',
  },
  'pt-BR': {
    switchTo: 'PT-BR · Português (Brasil)',
    otherLanguage: 'EN · English',
    nav: 'Contatos',
    offlineHeading: 'Você está offline',
    bar: 'Você está sem conexão — atualizado pela última vez em',
    description: 'Sua descrição',
    submit: 'Criar meu site',
    notSent: 'Não enviado: você está sem conexão.',
    home: 'Seus projetos',
  },
} as const;

/** The dashboard home kept by the service worker: the worker controls the page, then a reload goes through it. */
async function keepDashboardHome(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(async () => {
    await page.reload();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  }).toPass({ timeout: 20_000 });
  await page.reload();
}

/** The `lang` of the offline page in the worker's caches, or null when none is kept. */
function keptOfflinePageLang(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (new URL(request.url).pathname !== '/offline') continue;
        const html = (await (await cache.match(request))?.text()) ?? '';
        return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? null;
      }
    }
    return null;
  });
}

async function openNavLink(page: Page, name: string) {
  const menu = page.getByTestId('nav-menu-button');
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

// Desktop in English, the phone in Portuguese (each sign-up costs a mail round trip on a shared CI box).
for (const [width, lang] of [
  [1280, 'en'],
  [360, 'pt-BR'],
] as const) {
  test.describe(`offline at ${width} px, ${lang}`, () => {
    test.use({ locale: 'en-US', viewport: { width, height: width === 360 ? 740 : 900 } });

    test('a page not kept shows the offline page, also through an in-app link; a kept page says so and keeps a form', async ({
      page,
      context,
    }) => {
      test.setTimeout(150_000);
      const copy = COPY[lang];
      await signUp(page, uniqueEmail(`offline-${lang}`));
      if (copy.switchTo) {
        await page.getByRole('button', { name: copy.switchTo }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      }
      await keepDashboardHome(page);
      await expect(page.getByRole('heading', { name: copy.home })).toBeVisible();
      // The offline page the worker keeps is in the language in use (after a switch, fetched again).
      await expect.poll(() => keptOfflinePageLang(page), { timeout: 20_000 }).toBe(lang);

      await context.setOffline(true);
      // An in-app link to a page the worker never kept (the router fetches its data): the offline page.
      await openNavLink(page, copy.nav);
      await expect(page.getByRole('heading', { name: copy.offlineHeading })).toBeVisible();
      await expect(page.getByText(/Something went wrong|Algo deu errado/)).toHaveCount(0);
      await shot(page, `offline-page-${lang}`, width);

      // Back to the page it kept: readable, with the offline bar; a form keeps what was typed.
      await page.goto('/dashboard').catch(() => undefined);
      await expect(page.getByRole('heading', { name: copy.home })).toBeVisible();
      await expect(page.getByTestId('offline-notice')).toContainText(copy.bar);
      // A form posting a server action (the language switcher): a failed post used to end on the
      // error page ("Something went wrong… it has been reported"). It is not sent, and says so.
      await page.getByRole('button', { name: copy.otherLanguage }).click();
      await expect(page.getByText(copy.notSent)).toBeVisible();
      await expect(page.getByText(/Something went wrong|Algo deu errado/)).toHaveCount(0);
      await expect(page.getByRole('heading', { name: copy.home })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const description = page.getByLabel(copy.description);
      const typed = 'A site for my bakery in Lisbon with opening hours and WhatsApp orders';
      await description.fill(typed);
      await page.getByRole('button', { name: copy.submit }).click();
      await expect(page.getByText(copy.notSent)).toBeVisible();
      await expect(description).toHaveValue(typed);
      expect(new URL(page.url()).pathname).toBe('/dashboard');
      await shot(page, `offline-kept-${lang}`, width);
      await context.setOffline(false);
    });
  });
}
