import { randomUUID } from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteStyles } from '@/modules/generate/engine/plan-schema';
import { editRequestSchema, generateRequestSchema } from '@/modules/generate/wire';
import { inRequestScope } from '@tests/helpers/next-request-scope';
import { controlText, hostileBody, oddText, plausibleValue, recordsOf, toJson, unsafeText } from './fuzz-inputs';
import { createFuzzWorld, databaseFingerprint, UNSAFE_TEXT_MESSAGE, type FuzzWorld } from './fuzz-world';
import { withoutReports } from './reported-errors';
import { APP_ORIGIN, STATE_CHANGING, callHandler, loadRouteHandlers, type RouteHandler } from './route-handlers';
import { schemaKeys } from './server-actions';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@tests/helpers/next-request-scope')).nextHeadersMock);
vi.mock('next/server', async (importOriginal) =>
  (await import('@tests/helpers/next-request-scope')).withAfter(await importOriginal<object>()),
);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// What the code under test reports as unexpected: collected, and a failure (withoutReports).
vi.mock('@/lib/observability', async () => (await import('./reported-errors')).observabilityMock);

// Issue 10 #7: bad input gets a clear 4xx, never a 5xx, and nothing is half-written — for every
// route handler (src/app/**/route.ts, found on disk) and every method it exports: wrong types,
// huge bodies, NUL and other control characters, lone surrogates, bytes that are not UTF-8, deep
// nesting, odd paths and queries, by a signed-in person whose published site exists.

let world: FuzzWorld;
let routes: RouteHandler[];
let records: ReturnType<typeof recordsOf>;

beforeAll(async () => {
  world = await createFuzzWorld();
  records = recordsOf(plausibleValue([world.siteProjectId, ...world.spareProjectIds]));
  routes = await loadRouteHandlers();
}, 120_000);
afterAll(async () => {
  await world?.close();
});

function siteRequest(method: string, sitePath: string, init: { headers?: Record<string, string>; body?: BodyInit } = {}): Request {
  return new Request(`${APP_ORIGIN}/site-host`, {
    method,
    headers: { host: world.siteHost, 'x-pm-site-path': sitePath, 'x-forwarded-for': '203.0.113.9', ...init.headers },
    body: init.body,
  });
}

async function send(route: RouteHandler, method: string, request: Request): Promise<{ status: number; text: string }> {
  const handler = route.methods[method as keyof RouteHandler['methods']]!;
  return withoutReports(`${method} ${route.route}`, async () => {
    const response = await inRequestScope({ jar: world.jar.clone(), headers: request.headers }, () =>
      callHandler(handler, request, route.params),
    );
    // A stream's failure after a 200 would be a 5xx in disguise: read it all.
    return { status: response.status, text: await response.text() };
  });
}

function expectNoServerFault(result: { status: number; text: string }, what: string) {
  expect(result.status, `${what} → ${result.status} ${result.text.slice(0, 200)}`).toBeLessThan(500);
  expect(result.text, what).not.toMatch(/"code":"(INTERNAL|UNAVAILABLE)"/);
}

const jsonHeaders = { host: 'app.test', origin: APP_ORIGIN, 'content-type': 'application/json' };

describe('every route handler', () => {
  it('refuses unsafe text in a JSON body with 400, and writes nothing', async () => {
    const keys = [...new Set([...schemaKeys(generateRequestSchema), ...schemaKeys(editRequestSchema)])];
    const before = await databaseFingerprint(world.handle);
    // The cases first: NUL in a prompt, business kind, instruction, continued generation —
    // refused by the boundary itself (it names the field), not by the database further in.
    const examples: Record<string, Array<[field: string, body: Record<string, unknown>]>> = {
      generate: [
        ['prompt', { prompt: 'A bakery\u0000', locales: ['en'] }],
        ['businessKind', { prompt: 'A bakery in Lisbon', locales: ['en'], businessKind: 'bakery\u0000' }],
      ],
      edit: [
        ['instruction', { action: 'rewrite_section', sectionId: 'hero', instruction: 'shorter\u0000' }],
        ['generationId', { action: 'continue', generationId: `${randomUUID()}\u0000` }],
      ],
    };
    for (const route of routes.filter((r) => r.route.startsWith('api/projects/') && r.methods.POST)) {
      const url = route.url.replace(/[0-9a-f-]{36}/, world.siteProjectId);
      const params = { ...route.params, projectId: world.siteProjectId };
      const target = { ...route, url, params };
      for (const [field, body] of examples[path.basename(route.route)] ?? []) {
        const result = await send(target, 'POST', new Request(url, { method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) }));
        expect(result.status, `${route.route} ${JSON.stringify(body)}`).toBe(400);
        expect(JSON.parse(result.text), `${route.route} ${JSON.stringify(body)}`).toMatchObject({
          error: { code: 'VALIDATION', message: UNSAFE_TEXT_MESSAGE, details: { field } },
        });
      }
      await fc.assert(
        fc.asyncProperty(records.unsafeRecordOver(keys), async (body) => {
          const result = await send(target, 'POST', new Request(url, { method: 'POST', headers: jsonHeaders, body: toJson(body) }));
          // 413 when the record also holds a huge text: refused before it is read.
          expect([400, 413], `${route.route} ${toJson(body).slice(0, 120)}`).toContain(result.status);
        }),
        { numRuns: 40 },
      );
    }
    expect(await databaseFingerprint(world.handle)).toBe(before);
  });

  it('refuses unsafe text in the public lead form with 400, and stores no lead', async () => {
    const site = routes.find((r) => r.route === 'site-host/[[...path]]')!;
    const before = await databaseFingerprint(world.handle);
    const field = fc.constantFrom('name', 'email', 'phone', 'message', 'page', 'locale', 'section_id');
    // Control characters only (see controlText).
    await fc.assert(
      fc.asyncProperty(field, controlText, async (name, bad) => {
        const form = new URLSearchParams({ name: 'Maria', email: 'maria@example.com', message: 'Hello', [name]: bad });
        const request = siteRequest('POST', '/__forms/lead', {
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${world.siteHost}` },
          body: form.toString(),
        });
        const result = await send(site, 'POST', request);
        expect(result.status, `${name}=${JSON.stringify(bad)}`).toBe(400);
      }),
      { numRuns: 40 },
    );
    for (const body of [new Uint8Array([0x6d, 0x65, 0x73, 0x73, 0x61, 0x67, 0x65, 0x3d, 0xff, 0xfe]), `message=${'x'.repeat(40_000)}`]) {
      const request = siteRequest('POST', '/__forms/lead', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      expect((await send(site, 'POST', request)).status).toBe(400);
    }
    expect(await databaseFingerprint(world.handle)).toBe(before);
  });

  it('answers any method, query, path and body without a server fault', async () => {
    for (const route of routes) {
      for (const method of Object.keys(route.methods)) {
        const isSiteHost = route.route === 'site-host/[[...path]]';
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(unsafeText, oddText),
            fc.oneof(unsafeText, oddText),
            hostileBody,
            fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'),
            async (queryValue, pathValue, body, contentType) => {
              const query = new URLSearchParams({
                token: queryValue,
                next: queryValue,
                code: queryValue,
                variant: queryValue,
                inline: '1',
              });
              const hasBody = STATE_CHANGING.includes(method as (typeof STATE_CHANGING)[number]);
              const params = Object.fromEntries(
                Object.entries(route.params).map(([k, v]) => [k, Array.isArray(v) ? [pathValue] : pathValue]),
              );
              const request = isSiteHost
                ? siteRequest(method, `/${new URLSearchParams({ p: pathValue }).toString().slice(2)}?${query}`, {
                    headers: { 'content-type': contentType },
                    body: hasBody ? body : undefined,
                  })
                : new Request(`${route.url}?${query}`, {
                    method,
                    headers: { ...jsonHeaders, 'content-type': contentType },
                    body: hasBody ? body : undefined,
                  });
              expectNoServerFault(await send({ ...route, params }, method, request), `${method} ${route.route}`);
            },
          ),
          { numRuns: 15 },
        );
      }
    }
  });

  it('answers plausible and wrong-typed JSON to the project routes without a server fault', async () => {
    const keys = [...new Set([...schemaKeys(generateRequestSchema), ...schemaKeys(editRequestSchema)])];
    // Valid requests with one odd (but storable) value each, so some pass validation and run a
    // generation or an edit against the database; and records of any shape and type.
    const text = fc.oneof(oddText, fc.constantFrom('A vegan bakery in Lisbon', 'Make it shorter'));
    const nearlyValid: Record<string, fc.Arbitrary<unknown>> = {
      generate: fc.record(
        {
          prompt: text,
          locales: fc.constantFrom(['en'], ['pt-BR', 'en'], []),
          businessKind: text,
          style: fc.oneof(fc.constantFrom(...siteStyles), oddText),
          seed: fc.oneof(fc.integer({ min: 0, max: 2 ** 31 }), fc.double()),
        },
        { requiredKeys: ['prompt', 'locales'] },
      ),
      edit: fc.oneof(
        fc.record({ action: fc.constant('rewrite_section'), sectionId: fc.oneof(fc.constant('hero'), oddText), instruction: text }),
        fc.record({
          action: fc.constant('add_section'),
          type: fc.oneof(fc.constantFrom('faq', 'gallery'), oddText),
          position: fc.integer(),
        }),
        fc.record({ action: fc.constant('add_locale'), locale: fc.oneof(fc.constantFrom('es', 'fr'), oddText) }),
        fc.record({ action: fc.constant('continue'), generationId: fc.uuid() }),
      ),
    };
    for (const route of routes.filter((r) => r.route.startsWith('api/projects/') && r.methods.POST)) {
      const body = fc.oneof(nearlyValid[path.basename(route.route)] ?? records.recordOver(keys), records.recordOver(keys));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(world.siteProjectId, ...world.spareProjectIds), body, async (projectId, value) => {
          const url = route.url.replace(/[0-9a-f-]{36}/, projectId);
          const request = new Request(url, { method: 'POST', headers: jsonHeaders, body: toJson(value) });
          expectNoServerFault(
            await send({ ...route, url, params: { projectId } }, 'POST', request),
            `POST ${route.route} ${toJson(value).slice(0, 160)}`,
          );
        }),
        { numRuns: 25 },
      );
    }
  });
});
