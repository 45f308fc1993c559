import { expect, test, type Page } from '@playwright/test';
import type { PushPayload } from '@/modules/notifications/push/send-push';
import { expectNoHorizontalOverflow, signUp, uniqueEmail, openEmptyProjectForm } from './helpers';

// What the installed app does with a push once it arrives (issue 15): the service worker shows it
// (title, body, the app's icon), and a click on it takes the app's window to what it is about.
// Delivery to the device is notifications.spec's (the app → web-push-testing); here the browser
// itself hands the worker a push, as the push service would (DevTools' "push" —
// ServiceWorker.deliverPushMessage), and the click is a notificationclick event in the worker.

test.use({ locale: 'en-US' });

type ShownNotification = { title: string; body: string; icon: string; tag: string; url: unknown };

const shownNotifications = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      icon: n.icon,
      tag: n.tag,
      url: (n.data as { url?: unknown } | null)?.url,
    }));
  });

async function createProject(page: Page) {
  const name = `Push ${Date.now().toString(36)}`;
  await openEmptyProjectForm(page);
  await page.getByLabel('Project name').fill(name);
  await page.getByLabel('Address').fill(`push-${Date.now().toString(36)}`);
  await page.getByRole('button', { name: 'Create project' }).click();
  const link = page.getByRole('link', { name });
  await expect(link).toBeVisible();
  return { name, path: new URL((await link.getAttribute('href'))!, 'http://x').pathname };
}

test('a push shows a notification; clicking it takes the open app to the project it is about', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  await context.grantPermissions(['notifications'], { origin });
  await signUp(page, uniqueEmail('push-click'));
  const project = await createProject(page);
  expect(project.path).toMatch(/^\/dashboard\/projects\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);

  // The browser delivers a push to the app's worker (what the push service would hand it).
  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => !r.isDeleted && r.scopeURL === `${origin}/`);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const payload: PushPayload = {
    title: `${project.name} is live`,
    body: 'Your site is published.',
    url: project.path,
    tag: 'e2e-site-published',
  };
  // DevTools hands the push over once, and drops it if the worker is between versions at that
  // moment (seen once at 360 px in CI): handed again, as a push service retries an undelivered
  // push. The tag makes a second showing replace the first, so one notification is still the
  // only right answer, and a worker that never shows it still fails here.
  const id = await registrationId;
  await expect
    .poll(
      async () => {
        if ((await shownNotifications(page)).length === 0)
          await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId: id, data: JSON.stringify(payload) });
        return (await shownNotifications(page)).length;
      },
      { timeout: 20_000, intervals: [1_000, 2_000, 4_000] },
    )
    .toBe(1);
  const [shown] = (await shownNotifications(page)) as [ShownNotification];
  expect(shown).toMatchObject({ title: payload.title, body: payload.body, tag: payload.tag, url: project.path });
  expect(new URL(shown.icon).pathname).toBe('/icons/icon-192.png');

  // The person taps it: the app's window goes to the project.
  await page.goto('/dashboard/notifications');
  const [worker] = context.serviceWorkers().filter((w) => w.url().startsWith(`${origin}/sw.js`));
  expect(worker, 'the app’s service worker').toBeTruthy();
  await worker!.evaluate(async () => {
    const scope = globalThis as unknown as {
      registration: { getNotifications(): Promise<Notification[]> };
      NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
      dispatchEvent(event: Event): boolean;
    };
    const [notification] = await scope.registration.getNotifications();
    scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification: notification! }));
  });
  await expect(page).toHaveURL(`${origin}${project.path}`);
  await expect(page.getByRole('heading', { name: project.name, level: 1 })).toBeVisible();
  // Read: the notification is closed.
  await expect.poll(() => shownNotifications(page)).toHaveLength(0);
  await expectNoHorizontalOverflow(page);
});

test('the installed app’s shortcuts open the pages they name', async ({ page, request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { shortcuts: { name: string; url: string }[] };
  expect(manifest.shortcuts.map((s) => s.name)).toEqual(['New site', 'Leads', 'Tickets']);
  await signUp(page, uniqueEmail('shortcuts'));
  const [newSite, leads, tickets] = manifest.shortcuts.map((s) => s.url) as [string, string, string];

  await page.goto(newSite);
  await expect(page.locator('#new-project')).toBeInViewport();
  // The dashboard opened: it asks what to build.
  await expect(page.getByLabel('Your description')).toBeVisible();

  await page.goto(leads);
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();

  await page.goto(tickets);
  await expect(page.getByRole('heading', { name: 'Tickets', level: 1 })).toBeVisible();
  await expectNoHorizontalOverflow(page);
});
