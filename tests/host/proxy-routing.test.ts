import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { resetEnvCache } from '@/lib/env';
import { proxy } from '@/proxy';
import { isAppHost } from '@/modules/host/site-host-name';

// Next routes a middleware rewrite in-process only when its origin equals the server's own
// (the request's init URL); any other origin is proxied over HTTP as an external URL, where the
// original Host is lost and the site is "not found". These run the real proxy function on the
// init URLs `next start` builds for the bind addresses the README supports. Not 127.0.0.1 or
// [::1]: Next renames those to "localhost" in every request URL, so no rewrite can match them
// (vercel/next.js#94745; the README says to bind localhost, 0.0.0.0 or a hostname).
const SERVER_ORIGINS = ['http://localhost:3000', 'http://0.0.0.0:8080', 'http://app.internal:3000', 'https://pagemagic.site'];

beforeAll(() => {
  process.env.ROOT_DOMAIN = 'sites.test';
  process.env.APP_URL = 'http://localhost:3000';
  resetEnvCache();
});
afterAll(() => {
  delete process.env.ROOT_DOMAIN;
  delete process.env.APP_URL;
  resetEnvCache();
});

describe('request proxy: published-site hosts', () => {
  for (const origin of SERVER_ORIGINS) {
    it(`rewrites <slug>.<ROOT_DOMAIN> to the site handler on the server's own origin (${origin})`, async () => {
      const request = new NextRequest(`${origin}/pt-BR/menu/?q=1`, { headers: { host: 'green-crumb.sites.test' } });
      const response = await proxy(request);
      const rewrite = response.headers.get('x-middleware-rewrite');
      expect(rewrite).not.toBeNull();
      const destination = new URL(rewrite!);
      expect(destination.origin).toBe(new URL(origin).origin);
      expect(destination.pathname).toBe('/site-host');
      expect(destination.search).toBe('');
      // The original path travels in a request header; the Host header is left as it came.
      expect(response.headers.get('x-middleware-request-x-pm-site-path')).toBe('/pt-BR/menu/?q=1');
      expect(response.headers.get('x-middleware-request-host')).toBe('green-crumb.sites.test');
    });
  }

  it('leaves the app alone: its own host and, when it runs locally, the loopback aliases on its port', async () => {
    for (const host of ['localhost:3000', 'LOCALHOST:3000', '127.0.0.1:3000', '[::1]:3000']) {
      const response = await proxy(new NextRequest('http://localhost:3000/', { headers: { host } }));
      expect(response.headers.get('x-middleware-rewrite'), host).toBeNull();
    }
  });

  it('sends every other host to the site handler, which answers unknown ones with the neutral 404', async () => {
    for (const host of ['evil.example.com', 'sites.test', 'a.b.sites.test', '127.0.0.1:4000', 'localhost:3001', 'bad_host:x']) {
      const response = await proxy(new NextRequest('http://localhost:3000/dashboard', { headers: { host } }));
      expect(new URL(response.headers.get('x-middleware-rewrite') ?? 'http://none/').pathname, host).toBe('/site-host');
    }
  });
});

describe('isAppHost', () => {
  it('knows a deployed app host, and nothing else, when the app is not local', () => {
    expect(isAppHost('app.pagemagic.com', 'https://app.pagemagic.com', [])).toBe(true);
    expect(isAppHost('App.PageMagic.com', 'https://app.pagemagic.com', [])).toBe(true);
    expect(isAppHost('localhost', 'https://app.pagemagic.com', [])).toBe(false);
    expect(isAppHost('green-crumb.pagemagic.site', 'https://app.pagemagic.com', [])).toBe(false);
    expect(isAppHost('page-magic-git-x.vercel.app', 'https://app.pagemagic.com', ['page-magic-git-x.vercel.app'])).toBe(true);
    expect(isAppHost(null, 'https://app.pagemagic.com', [])).toBe(true);
  });
});
