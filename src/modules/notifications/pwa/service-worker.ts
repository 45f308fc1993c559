/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry } from 'serwist';

/**
 * The app's service worker (built by scripts/build-sw.mjs into public/sw.js with Serwist):
 *  - precaches the shell: the offline page, the icons and the manifest;
 *  - immutable build assets (/_next/static, content-hashed) cache-first, so the shell opens offline;
 *  - dashboard pages network-first into a private cache, so the last-seen dashboard can be read
 *    offline (the page says it is offline and when it was seen); cleared when someone signs out;
 *  - any other navigation that fails offline gets the offline page;
 *  - shows Web Push notifications and opens (or focuses) the page they are about;
 *  - waits to take over until the page says so: the page shows "new version — reload" instead of
 *    silently serving old code to a page that was loaded with the new, or the other way round.
 * API requests, server actions and site traffic always go to the network.
 */
declare const self: ServiceWorkerGlobalScope & { __PM_REVISION: string };

export const PRIVATE_CACHE = 'pm-dashboard';
/** Photos shared into the app (Web Share Target), waiting for the Files page to upload them. */
export const SHARED_FILES_CACHE = 'pm-shared-files';
export const SHARE_TARGET_PATH = '/dashboard/files/share';
const revision = self.__PM_REVISION;
const precacheEntries: PrecacheEntry[] = [
  { url: '/offline', revision },
  { url: '/icons/icon-192.png', revision },
  { url: '/icons/icon-512.png', revision },
  { url: '/manifest.webmanifest', revision },
];

const isDashboard = (url: URL) =>
  url.origin === self.location.origin && (url.pathname === '/dashboard' || url.pathname.startsWith('/dashboard/'));

const serwist = new Serwist({
  precacheEntries,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: 'pm-static',
        plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600 })],
      }),
    },
    {
      // Pages and their RSC payloads (same URL, `RSC` header); never server actions (POST).
      matcher: ({ url, request }) => request.method === 'GET' && isDashboard(url),
      handler: new NetworkFirst({
        cacheName: PRIVATE_CACHE,
        networkTimeoutSeconds: 8,
        plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 14 * 24 * 3600 })],
      }),
    },
    {
      matcher: ({ request }) => request.mode === 'navigate',
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: { entries: [{ url: '/offline', matcher: ({ request }) => request.destination === 'document' }] },
});

type PushMessage = { title?: string; body?: string; url?: string; tag?: string };

self.addEventListener('push', (event) => {
  let message: PushMessage = {};
  try {
    message = (event.data?.json() ?? {}) as PushMessage;
  } catch {
    message = { body: event.data?.text() };
  }
  const url = typeof message.url === 'string' && message.url.startsWith('/') ? message.url : '/dashboard/notifications';
  event.waitUntil(
    (async () => {
      await self.registration.showNotification(message.title || 'Page Magic', {
        body: message.body ?? '',
        tag: message.tag,
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        data: { url },
      });
      // Open pages refresh their bell.
      for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'notification' });
    })(),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data as { url?: unknown } | null;
  const path = typeof data?.url === 'string' && data.url.startsWith('/') ? data.url : '/dashboard/notifications';
  const target = new URL(path, self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        // focus() is only allowed briefly after the click; refused (late, or the window is
        // already in front), the window is still taken to the page the notification is about.
        await open.focus().catch(() => undefined);
        await open.navigate(target);
        return;
      }
      await self.clients.openWindow(target);
    })(),
  );
});

// Web Share Target (manifest.ts): the phone's share sheet POSTs the photos here. They wait in a
// cache (this device only) and the Files page uploads them with its own queue — progress, retry,
// the plan's storage limit — as if they had been picked there.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.origin !== self.location.origin || url.pathname !== SHARE_TARGET_PATH) return;
  event.respondWith(
    (async () => {
      const form = await event.request.formData();
      const cache = await caches.open(SHARED_FILES_CACHE);
      let count = 0;
      for (const value of form.getAll('photos')) {
        if (typeof value === 'string' || value.size === 0) continue;
        count += 1;
        await cache.put(
          `/__shared/${Date.now()}-${count}`,
          new Response(value, {
            headers: { 'content-type': value.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(value.name) },
          }),
        );
      }
      return Response.redirect(`/dashboard/files?shared=${count}`, 303);
    })(),
  );
});

/**
 * The offline page is stored in the language of the moment the worker installed; when the person
 * switches languages, the page asks for it again (public/register-sw.js), so the offline page
 * speaks the language they now use. A failed fetch (offline) keeps the stored copy.
 */
async function refreshOfflinePage() {
  const key = serwist.getPrecacheKeyForUrl('/offline');
  if (!key) return;
  const response = await fetch('/offline', { credentials: 'same-origin', cache: 'no-store' }).catch(() => null);
  if (!response?.ok) return;
  const cache = await caches.open(serwist.precacheStrategy.cacheName);
  await cache.put(key, response);
}

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === 'REFRESH_OFFLINE') event.waitUntil(refreshOfflinePage());
  // Signed out (or another person signs in on this device): their pages must not stay readable.
  if (type === 'CLEAR_PRIVATE') event.waitUntil(caches.delete(PRIVATE_CACHE));
});

serwist.addEventListeners();
