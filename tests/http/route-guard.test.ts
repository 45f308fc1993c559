import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { MAX_JSON_BODY_BYTES } from '@/lib/http/guard-mutation';
import { createTestDb } from '@tests/helpers/test-db';
import { inRequestScope, signedInUser } from '@tests/helpers/next-request-scope';
import type { MemoryCookieJar } from '@tests/auth/memory-jar';
import { useTempAuthEnv } from '@tests/auth/env';
import { APP_ORIGIN, STATE_CHANGING, callHandler, loadRouteHandlers, routeFiles, type RouteHandler } from './route-handlers';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@tests/helpers/next-request-scope')).nextHeadersMock);
vi.mock('next/server', async (importOriginal) =>
  (await import('@tests/helpers/next-request-scope')).withAfter(await importOriginal<object>()),
);

// Item 8 of issue 10: every state-changing route handler refuses a request from another origin
// (403), anything but JSON (415), an oversized body (413) and a body that is not JSON (400),
// before it looks at the session — a cross-site `text/plain` POST carrying the person's cookie
// must not start a generation. The handlers are enumerated from src/app/**/route.ts, so a new
// one without guardMutation fails here.

/**
 * Route handlers that take state-changing requests without guardMutation, and why. Every other
 * one must be guarded; an entry whose route is gone fails the test too (no stale exemptions).
 * Each still refuses the attack — a cross-site POST with the person's cookie — by its
 * own means (the last test).
 */
const EXEMPT: Record<string, string> = {
  // Inngest's own servers call this webhook (server to server, no browser, no cookies): a request
  // is authenticated by its signature (INNGEST_SIGNING_KEY), which a cross-site page cannot make.
  // Requiring our Origin or refusing its content type would only break Inngest.
  'api/inngest': "Inngest's signed webhook",
  // The embedded store's resumable uploads speak TUS (binary PATCH bodies, not JSON). Each request
  // carries the signed upload token in a custom header, which no cross-site page can send without
  // a CORS preflight (never granted); the route also refuses other origins itself.
  'api/files/tus/[[...upload]]': 'TUS upload protocol, signed per upload',
  // Published sites' contact form: a plain HTML form post (urlencoded) from the site's own origin
  // by anonymous visitors. No session rides on it (site hosts carry no app cookies), so there is
  // nothing to forge; it caps, decodes and checks its body itself (400 "check the form").
  'site-host/[[...path]]': 'public lead form',
  // Stripe's servers post events here (server to server). Each is authenticated by its signature
  // over the raw body (STRIPE_WEBHOOK_SECRET), which a cross-site page cannot make; a bad or
  // missing one is a 400 and changes nothing (tests/billing/stripe-webhook.test.ts).
  'api/webhooks/stripe': "Stripe's signed webhook",
  // NFE.io posts from its own servers: the X-Hub-Signature HMAC of the raw body authenticates it; a
  // missing or wrong one is a 400 and changes nothing (tests/billing/nfse.test.ts).
  'api/webhooks/nfse': "NFE.io's signed webhook",
  // One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` (a form, from
  // no origin of ours, without cookies). The signed token in the URL is the only authority and it
  // turns off one kind of mail for the one person it names; the session is never looked at, so a
  // cross-site POST with the person's cookie and no valid token changes nothing.
  'api/notifications/unsubscribe': 'RFC 8058 one-click unsubscribe, signed per person and kind',
  // The same for the analyzer's lead mails (visitors have no account at all): the signed token
  // names one lead and stops the mails to its address; nothing else is read or changed.
  'api/analyzer/unsubscribe': 'RFC 8058 one-click unsubscribe, signed per lead',
};

// The public REST API (issue 36) is authenticated only by an API key in the Authorization header,
// never by the session cookie: a cross-site page cannot send that header without a CORS preflight,
// which is never granted, and a request without a key is a 401 before anything is read. Its
// clients are servers and scripts (no Origin), so the browser guard would only get in their way.
const PUBLIC_API = 'api/v1/';
const isExempt = (route: string) => route in EXEMPT || route.startsWith(PUBLIC_API);

let handle: DbHandle;
let env: ReturnType<typeof useTempAuthEnv>;
let routes: RouteHandler[];
let jar: MemoryCookieJar;

beforeAll(async () => {
  env = useTempAuthEnv({ APP_URL: APP_ORIGIN });
  resetEnvCache();
  handle = await createTestDb();
  routes = await loadRouteHandlers();
  // A signed-in person: the guard must refuse even with a valid session cookie riding along.
  jar = (await signedInUser(handle, { tier: 'pro' })).jar;
});
afterAll(async () => {
  await handle?.close();
  env?.restore();
});

const guarded = () => routes.filter((r) => !isExempt(r.route) && STATE_CHANGING.some((m) => r.methods[m]));

function post(url: string, method: string, headers: Record<string, string>, body: BodyInit | null = '{}'): Request {
  return new Request(url, { method, headers: { host: 'app.test', ...headers }, body });
}

async function statusOf(route: RouteHandler, method: (typeof STATE_CHANGING)[number], request: Request) {
  const response = await inRequestScope({ jar, headers: request.headers }, () =>
    callHandler(route.methods[method]!, request, route.params),
  );
  return { status: response.status, body: await response.text() };
}

describe('state-changing route handlers', () => {
  it('are found on disk, and the exemptions name routes that exist', () => {
    expect(routes.length).toBe(routeFiles().length);
    expect(routes.map((r) => r.route)).toEqual(
      expect.arrayContaining(['api/projects/[projectId]/generate', 'api/projects/[projectId]/edit']),
    );
    for (const route of Object.keys(EXEMPT)) expect(routes.map((r) => r.route)).toContain(route);
    expect(guarded().length).toBeGreaterThanOrEqual(2);
  });

  it('refuse another origin with 403, before the session is looked at', async () => {
    for (const route of guarded()) {
      for (const method of STATE_CHANGING.filter((m) => route.methods[m])) {
        const json = { 'content-type': 'application/json' };
        for (const headers of [
          { ...json, origin: 'https://evil.example' },
          { ...json, origin: 'http://app.test.evil.example' },
          { ...json, origin: 'null' },
          // No Origin, but the browser says it came from another site.
          { ...json, 'sec-fetch-site': 'cross-site' },
          // The attack of the issue: a cross-site text/plain form/fetch with the cookie.
          { 'content-type': 'text/plain', origin: 'https://evil.example' },
        ]) {
          const { status, body } = await statusOf(route, method, post(route.url, method, headers));
          expect(status, `${method} ${route.route} ${JSON.stringify(headers)}`).toBe(403);
          expect(JSON.parse(body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        }
      }
    }
  });

  it('take JSON only (415), up to the size cap (413), and well-formed (400)', async () => {
    const same = { origin: APP_ORIGIN };
    const cases: Array<{ headers: Record<string, string>; body: BodyInit; status: number }> = [
      { headers: { ...same, 'content-type': 'text/plain' }, body: '{}', status: 415 },
      { headers: { ...same, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1', status: 415 },
      { headers: { ...same, 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--', status: 415 },
      { headers: same, body: '{}', status: 415 },
      { headers: { ...same, 'content-type': 'application/json' }, body: `"${'a'.repeat(MAX_JSON_BODY_BYTES)}"`, status: 413 },
      { headers: { ...same, 'content-type': 'application/json' }, body: '{"prompt": ', status: 400 },
      {
        headers: { ...same, 'content-type': 'application/json' },
        body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
        status: 400,
      },
    ];
    for (const route of guarded()) {
      for (const method of STATE_CHANGING.filter((m) => route.methods[m])) {
        for (const { headers, body, status } of cases) {
          const result = await statusOf(route, method, post(route.url, method, headers, body));
          expect(result.status, `${method} ${route.route} ${JSON.stringify(headers)} ${String(body).slice(0, 20)}`).toBe(status);
        }
      }
    }
  });

  it('let a same-origin JSON request through to the handler (no Origin only from a non-browser client)', async () => {
    for (const route of guarded()) {
      for (const method of STATE_CHANGING.filter((m) => route.methods[m])) {
        const passing: Array<Record<string, string>> = [
          { origin: APP_ORIGIN },
          { 'sec-fetch-site': 'same-origin' },
          {}, // curl, a script: no browser, no ambient cookie
        ];
        for (const headers of passing) {
          // Past the guard the handler itself answers (an empty body for an unknown project: 400 or 404).
          const { status } = await statusOf(
            route,
            method,
            post(route.url, method, { ...headers, 'content-type': 'application/json' }, '{}'),
          );
          expect([400, 404], `${method} ${route.route} ${JSON.stringify(headers)}`).toContain(status);
        }
      }
    }
  });

  it('that are exempt still refuse a cross-site POST carrying the session cookie (no 2xx, no 5xx)', async () => {
    for (const route of routes.filter((r) => isExempt(r.route))) {
      for (const method of STATE_CHANGING.filter((m) => route.methods[m])) {
        const request = post(route.url, method, { 'content-type': 'text/plain', origin: 'https://evil.example' }, '{"event":"x"}');
        const { status } = await statusOf(route, method, request);
        expect(status, `${method} ${route.route}`).toBeGreaterThanOrEqual(400);
        expect(status, `${method} ${route.route}`).toBeLessThan(500);
      }
    }
  });
});
