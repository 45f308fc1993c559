// Page Magic service worker: precache the offline page and icons; serve the
// offline page when a navigation fails. Everything else goes to the network
// (the dashboard is dynamic and private, so nothing else is cached).
const CACHE = 'pm-offline-v1';
const PRECACHE = ['/offline', '/icons/icon-192.png', '/manifest.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.mode !== 'navigate') return;
  event.respondWith(fetch(request).catch(() => caches.match('/offline').then((r) => r || Response.error())));
});
