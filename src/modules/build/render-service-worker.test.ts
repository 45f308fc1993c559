import { describe, expect, it } from 'vitest';
import { renderServiceWorker } from './render-service-worker';
import { renderSwRegister } from './render-sw-register';

// A minimal service-worker global scope, enough to drive the worker's handlers: Cache Storage
// keyed by URL, a scripted network, and events that record respondWith/waitUntil.
type FakeResponse = { ok: boolean; type: string; url: string; clone(): FakeResponse };
type FakeRequest = { url: string; method: string; mode: string };
type Handler = (event: FakeEvent) => void;
type FakeEvent = { request: FakeRequest; respondWith(response: Promise<FakeResponse>): void; waitUntil(promise: Promise<unknown>): void };

const ORIGIN = 'https://bakery.example';
const response = (url: string, ok = true): FakeResponse => ({ ok, type: 'basic', url, clone: () => response(url, ok) });

function startWorker(precache: string[]) {
  const handlers: Record<string, Handler> = {};
  const stores = new Map<string, Map<string, FakeResponse>>();
  const fetched: string[] = [];
  const network = { isOnline: true };
  const keyOf = (request: FakeRequest | string) => (typeof request === 'string' ? new URL(request, ORIGIN).href : request.url);
  const cacheFor = (name: string) => {
    const entries = stores.get(name) ?? new Map<string, FakeResponse>();
    stores.set(name, entries);
    return {
      addAll: async (urls: string[]) => {
        for (const url of urls) entries.set(keyOf(url), response(keyOf(url)));
      },
      put: async (request: FakeRequest, value: FakeResponse) => {
        entries.set(keyOf(request), value);
      },
    };
  };
  const caches = {
    open: async (name: string) => cacheFor(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (request: FakeRequest | string) => {
      for (const entries of stores.values()) {
        const hit = entries.get(keyOf(request));
        if (hit) return hit;
      }
      return undefined;
    },
  };
  const fetchFake = async (request: FakeRequest) => {
    fetched.push(request.url);
    if (!network.isOnline) throw new TypeError('Failed to fetch');
    return response(request.url);
  };
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, handler: Handler) => {
      handlers[type] = handler;
    },
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
  };
  const source = renderServiceWorker({ precache, version: 'v1' });
  new Function('self', 'caches', 'fetch', source)(self, caches, fetchFake);

  async function dispatch(type: string, request: FakeRequest = { url: ORIGIN, method: 'GET', mode: 'no-cors' }) {
    const pending: Promise<unknown>[] = [];
    let answer: Promise<FakeResponse> | undefined;
    handlers[type]({ request, respondWith: (value) => (answer = value), waitUntil: (promise) => pending.push(promise) });
    const result = answer ? await answer : undefined;
    await Promise.all(pending);
    return result;
  }
  return { dispatch, stores, fetched, network };
}

const navigate = (path: string): FakeRequest => ({ url: ORIGIN + path, method: 'GET', mode: 'navigate' });

describe('renderServiceWorker', () => {
  const precache = ['/offline.html', '/assets/site.0123456789.css'];

  it('precaches the offline page and assets on install, and drops older deployments on activate', async () => {
    const worker = startWorker(precache);
    worker.stores.set('pm-old', new Map());
    worker.stores.set('someone-else', new Map());
    await worker.dispatch('install');
    await worker.dispatch('activate');
    expect([...worker.stores.keys()].sort()).toEqual(['pm-v1', 'someone-else']);
    expect([...(worker.stores.get('pm-v1')?.keys() ?? [])]).toEqual(precache.map((path) => ORIGIN + path));
  });

  it('serves pages network-first, falling back to the cached page, then to the offline page', async () => {
    const worker = startWorker(precache);
    await worker.dispatch('install');
    expect((await worker.dispatch('fetch', navigate('/menu/')))?.url).toBe(`${ORIGIN}/menu/`);
    worker.network.isOnline = false;
    expect((await worker.dispatch('fetch', navigate('/menu/')))?.url).toBe(`${ORIGIN}/menu/`);
    expect((await worker.dispatch('fetch', navigate('/never-seen/')))?.url).toBe(`${ORIGIN}/offline.html`);
  });

  it('serves hashed assets from the cache without touching the network', async () => {
    const worker = startWorker(precache);
    await worker.dispatch('install');
    const before = worker.fetched.length;
    const asset = await worker.dispatch('fetch', { url: `${ORIGIN}/assets/site.0123456789.css`, method: 'GET', mode: 'no-cors' });
    expect(asset?.url).toBe(`${ORIGIN}/assets/site.0123456789.css`);
    expect(worker.fetched.length).toBe(before);
  });

  it('leaves form posts, other origins and other files to the browser', async () => {
    const worker = startWorker(precache);
    expect(await worker.dispatch('fetch', { url: `${ORIGIN}/__forms/lead`, method: 'POST', mode: 'navigate' })).toBeUndefined();
    expect(await worker.dispatch('fetch', { url: 'https://cdn.example/x.js', method: 'GET', mode: 'no-cors' })).toBeUndefined();
    expect(await worker.dispatch('fetch', { url: `${ORIGIN}/robots.txt`, method: 'GET', mode: 'no-cors' })).toBeUndefined();
  });

  it('registration script is valid JavaScript that registers /sw.js at the root', () => {
    const registered: unknown[][] = [];
    const listeners: Record<string, () => void> = {};
    const navigator = { serviceWorker: { register: (...args: unknown[]) => (registered.push(args), Promise.resolve()) } };
    new Function('navigator', 'addEventListener', renderSwRegister())(
      navigator,
      (type: string, listener: () => void) => (listeners[type] = listener),
    );
    expect(registered).toEqual([]);
    listeners.load();
    expect(registered).toEqual([['/sw.js', { scope: '/' }]]);
    expect(() => new Function('navigator', 'addEventListener', renderSwRegister())({}, () => undefined)).not.toThrow();
  });
});
