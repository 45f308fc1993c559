import { expect, test, type Page } from '@playwright/test';
import { startTestPushService, type TestPushService } from '../fakes/push/push-service';
import { expectNoHorizontalOverflow, publishFromStudio, signUp, uniqueEmail, openEmptyProjectForm } from './helpers';

test.use({ locale: 'en-US' });

// Screenshots for looking at the pages (desktop and 360 px, en and pt-BR); not compared.
const SHOTS = process.env.NOTIF_SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${test.info().project.name}.png`, fullPage: true });
}

async function publishedSite(page: Page, baseURL: string | undefined) {
  const name = `Padaria ${Date.now().toString(36)}`;
  const slug = `notif-${Date.now().toString(36)}`;
  await signUp(page, uniqueEmail('notif'));
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill(name);
  await page.getByLabel('Address').fill(slug);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name }).click();
  await page.getByLabel('Describe your site').fill('A landing page for a vegan bakery called Green Crumb, with a contact form');
  await page.getByRole('button', { name: 'Generate my site' }).click();
  await expect(page.getByTestId('studio-status')).toHaveText('Saved as version 1', { timeout: 60_000 });
  const siteUrl = await publishFromStudio(page, slug, baseURL);
  return { name, siteUrl };
}

/** A visitor sends the site's contact form (in its own tab, as a visitor would). */
async function sendLead(page: Page, siteUrl: string, who: string, message: string) {
  const site = await page.context().newPage();
  await site.goto(`${siteUrl}/`);
  const form = site.locator('form[action="/__forms/lead"]').first();
  await form.locator('[name="name"]').fill(who);
  await form.locator('[name="email"]').fill('visitor@example.com');
  await form.locator('[name="message"]').fill(message);
  await form.locator('button[type="submit"], button:not([type])').first().click();
  await expect(site.getByRole('heading', { level: 1 })).toBeVisible();
  await site.close();
}

const bell = (page: Page) => page.getByTestId('notification-bell');

/** The bell refreshes on navigation; delivery is a job, so look again until it has arrived. */
async function expectUnread(page: Page, count: number) {
  await expect(async () => {
    await page.goto('/dashboard/notifications');
    await expect(bell(page)).toHaveAccessibleName(count === 0 ? 'Notifications' : `Notifications, ${count} unread`, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

test('the bell shows a new lead; marking read clears it', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const { name, siteUrl } = await publishedSite(page, baseURL);
  // Publishing is news once: "<name> is live".
  await expectUnread(page, 1);
  await sendLead(page, siteUrl, 'Joana Teste', 'Do you deliver on Sundays?');
  await expectUnread(page, 2);
  await expect(bell(page).getByTestId('notification-count')).toHaveText('2');

  const list = page.getByTestId('notifications');
  const lead = list.getByRole('listitem').filter({ hasText: `New lead on ${name}` });
  await expect(lead).toContainText('Joana Teste wrote: “Do you deliver on Sundays?”');
  await expect(lead).toContainText('Unread');
  await expect(list.getByRole('listitem').filter({ hasText: `${name} is live` })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, 'inbox-en');

  await lead.getByRole('button', { name: `Mark as read: New lead on ${name}` }).click();
  await expect(lead).not.toContainText('Unread');
  await expect(bell(page)).toHaveAccessibleName('Notifications, 1 unread');
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByText('You are all caught up.')).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName('Notifications');
  await page.reload();
  await expect(page.getByTestId('notifications').getByText('Unread')).toHaveCount(0);

  // The link leads to what it is about.
  await lead.getByRole('link', { name: `New lead on ${name}` }).click();
  await expect(page).toHaveURL(/\/dashboard\/leads/);
  await expect(page.getByTestId('leads')).toContainText('Joana Teste');

  // In Portuguese.
  await page.context().addCookies([{ name: 'pm-locale', value: 'pt-BR', url: baseURL! }]);
  await page.goto('/dashboard/notifications');
  await expect(page.getByRole('heading', { name: 'Notificações', level: 1 })).toBeVisible();
  await expect(page.getByTestId('notifications')).toContainText(`Novo contato em ${name}`);
  // Notifications has no tab of its own: no tab claims to be the current page (Projects did).
  await expect(page.locator('nav a[aria-current="page"]')).toHaveCount(0);
  await shot(page, 'inbox-pt');
  await page.goto('/dashboard/notifications/settings');
  await expect(page.getByRole('heading', { name: 'Configurar notificações', level: 1 })).toBeVisible();
  // A client is offered their own kinds (ticket replies), never the agency's SLA alerts.
  await expect(page.getByRole('group', { name: /Respostas aos seus chamados/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /SLA/ })).toHaveCount(0);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'settings-pt');
});

test.describe('push', () => {
  let push: TestPushService;
  test.beforeAll(async () => {
    push = await startTestPushService();
  });
  test.afterAll(async () => {
    await push.stop();
  });

  test('push on this device: a new lead arrives as a push; turning it off removes the device', async ({ page, context, baseURL }) => {
    test.setTimeout(180_000);
    // Headless Chromium has no push service of its own: its PushManager is pointed at the local
    // one (web-push-testing), which gives the same subscription JSON a browser would and then
    // receives, checks (VAPID) and decrypts what the app sends.
    const hashes = new Map<string, string>();
    await page.exposeFunction('__pmTestPushSubscribe', async (key: string) => {
      const subscription = await push.subscribe(key);
      hashes.set(subscription.endpoint, subscription.clientHash);
      return subscription;
    });
    await context.addInitScript(() => {
      type Sub = { endpoint: string; keys: { p256dh: string; auth: string } };
      const w = window as unknown as { __pmTestPushSubscribe: (key: string) => Promise<Sub> };
      const STORE = 'pm-test-push-subscription';
      const wrap = (sub: Sub) => ({
        endpoint: sub.endpoint,
        toJSON: () => ({ endpoint: sub.endpoint, keys: sub.keys }),
        unsubscribe: async () => {
          localStorage.removeItem(STORE);
          return true;
        },
      });
      const toBase64Url = (bytes: Uint8Array) =>
        btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
      PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
        const key = options?.applicationServerKey;
        const sub = await w.__pmTestPushSubscribe(typeof key === 'string' ? key : toBase64Url(new Uint8Array(key as ArrayBuffer)));
        localStorage.setItem(STORE, JSON.stringify(sub));
        return wrap(sub) as unknown as PushSubscription;
      };
      PushManager.prototype.getSubscription = async function () {
        const stored = localStorage.getItem(STORE);
        return (stored ? wrap(JSON.parse(stored) as Sub) : null) as unknown as PushSubscription | null;
      };
    });
    await context.grantPermissions(['notifications'], { origin: baseURL });

    const { name, siteUrl } = await publishedSite(page, baseURL);
    await page.goto('/dashboard/notifications/settings');
    await expect(page.getByText('No device gets push notifications yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Turn on push on this device' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Push is on for this device.' })).toBeVisible();
    const devices = page.getByTestId('push-devices');
    await expect(devices.getByRole('listitem')).toHaveCount(1);
    await expect(devices).toContainText('This device');
    await expectNoHorizontalOverflow(page);
    await shot(page, 'settings-push-en');

    await sendLead(page, siteUrl, 'Maria Push', 'Table for four on Friday?');
    const [endpoint] = [...hashes.keys()];
    await expect
      .poll(
        async () => (await push.messages(hashes.get(endpoint!)!)).map((m) => JSON.parse(String(m)) as { title: string; body: string }),
        {
          timeout: 30_000,
        },
      )
      .toEqual([expect.objectContaining({ title: `New lead on ${name}`, body: 'Maria Push wrote: “Table for four on Friday?”' })]);

    await page.getByRole('button', { name: 'Turn off push on this device' }).click();
    await expect(page.getByText('No device gets push notifications yet.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Turn on push on this device' })).toBeVisible();
  });
});

test('offline: the last-seen dashboard stays readable and other pages show the offline page', async ({ page, context }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('offline'));
  await page.goto('/dashboard/notifications');
  // The first visit installs the worker; the next one goes through it and is kept.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(async () => {
    await page.reload();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  }).toPass({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No notifications yet' })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  await expect(page.getByTestId('offline-notice')).toContainText('You are offline — last updated');
  await shot(page, 'offline-dashboard-en');
  await page.goto('/dashboard/usage').catch(() => undefined);
  await expect(page.getByRole('heading', { name: /offline/i })).toBeVisible();
  await context.setOffline(false);
});

test('unsubscribe page: a bad link says so, in the person’s language', async ({ page }) => {
  await page.goto('/notifications/unsubscribe?token=not-a-token');
  await expect(page.getByRole('heading', { name: 'Unsubscribe', level: 1 })).toBeVisible();
  await expect(page.getByText('This unsubscribe link is not valid.')).toBeVisible();
  await expectNoHorizontalOverflow(page);
});
