import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { editRequestSchema, generateRequestSchema } from '@/modules/generate/wire';
import { siteStyles } from '@/modules/generate/engine/plan-schema';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/generate/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { useTempAuthEnv } from '@tests/auth/env';
import type { MemoryCookieJar } from '@tests/auth/memory-jar';
import { runJobs } from '@tests/helpers/jobs';
import { inRequestScope, signedInUser } from '@tests/helpers/next-request-scope';
import { createTestDb, sql } from '@tests/helpers/test-db';
import { renderErrorMessage } from '@/lib/i18n/render-error-message';
import { APP_ORIGIN, STATE_CHANGING, callHandler, loadRouteHandlers, type RouteHandler } from './route-handlers';
import { loadServerActions, schemaKeys, serverActionFiles, type ServerAction } from './server-actions';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@tests/helpers/next-request-scope')).nextHeadersMock);
vi.mock('next/server', async (importOriginal) =>
  (await import('@tests/helpers/next-request-scope')).withAfter(await importOriginal<object>()),
);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// What the code under test reports as unexpected (a 500 in the making): named in failure messages.
const reported = vi.hoisted(() => [] as unknown[]);
vi.mock('@/lib/observability', () => ({ reportError: (err: unknown) => reported.push(err) }));

// Item 7 of issue 10: bad input gets a clear 4xx, never a 5xx, and nothing is half-written.
// Every route handler and every server action (both enumerated from disk) is called with wrong
// types, huge bodies, NUL and other control characters, lone surrogates, bytes that are not
// UTF-8 and deep nesting, by a signed-in person whose project and published site exist — so the
// inputs that pass validation reach the domain code and the database.

/** Exports of 'use server' files that are not defineAction actions: they take no input at all. */
const NO_INPUT: Record<string, string> = {
  'src/modules/accounts/auth-actions.ts#signOutAction': 'no arguments (and would end the fuzzing session)',
  'src/modules/accounts/admin-actions.ts#stopImpersonationAction': 'no arguments',
};

let handle: DbHandle;
let env: ReturnType<typeof useTempAuthEnv>;
let jar: MemoryCookieJar;
/** The published site's project first (the routes' target), then two the actions may change or delete. */
let projectIds: string[];
let actionProjectIds: string[];
let siteHost: string;
let routes: RouteHandler[];
let actions: ServerAction[];

beforeAll(async () => {
  env = useTempAuthEnv({ APP_URL: APP_ORIGIN, ROOT_DOMAIN: 'sites.test' });
  handle = await createTestDb();
  resetEnvCache();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-fuzz-blobs-'))));
  setRateLimiterForTests(createMemoryLimiter());
  const user = await signedInUser(handle, { tier: 'pro' });
  jar = user.jar;
  const site = await createProject(user.claims, { name: `Fuzz ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: site.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: site.id });
  await runJobs();
  siteHost = `${site.slug}.sites.test`;
  const spares = [
    await createProject(user.claims, { name: `Spare ${user.id.slice(0, 6)}` }),
    await createProject(user.claims, { name: `Other ${user.id.slice(0, 6)}` }),
  ];
  // The actions may unpublish or delete what they are given: the published site stays out of their reach.
  actionProjectIds = spares.map((p) => p.id);
  projectIds = [site.id, ...actionProjectIds];
  routes = await loadRouteHandlers();
  actions = await loadServerActions();
}, 120_000);
afterAll(async () => {
  await handle?.close();
  env?.restore();
});

// ---- Inputs ----------------------------------------------------------------------------------

const CONTROL = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f'];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** Text that must be refused wherever it goes: a control character or a lone surrogate inside. */
const unsafeText = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...CONTROL, ...LONE_SURROGATES), fc.string({ maxLength: 12 }))
  .map(([a, bad, b]) => `${a}${bad}${b}`);

/** Control characters only: a lone surrogate cannot travel in a form (FormData and UTF-8 turn it into U+FFFD). */
const controlText = fc.tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...CONTROL)).map(([a, bad]) => `${a}${bad}`);

/** Text that is odd but storable: accepted or refused by the schema, never a 500. */
const oddText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\t\r\n',
    '\u202e\u200b\ufeff',
    '😀'.repeat(700),
    'x'.repeat(5_000),
    'x'.repeat(300_000),
    "Robert'); drop table projects;--",
    '<script>alert(1)</script>',
    '%00',
    '\\u0000',
    '$$',
    '$1',
    '../../etc/passwd',
    'a@b.c',
    'en',
    'pt-BR',
  ),
);

function nested(depth: number, leaf: unknown = 'x'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

function cyclic(): unknown {
  const node: Record<string, unknown> = { name: 'loop' };
  node.self = node;
  node.pair = { a: node, b: node };
  return node;
}

/** Values of the wrong type for any field (including what React's reply format can deliver: Map, Set, Date, BigInt, FormData, File). */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -0, 10n ** 40n),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 4 }),
  fc.constant(new Map([['a', 1]])),
  fc.constant(new Set(['a'])),
  fc.constant(new Date(Number.NaN)),
  fc.constant(new File(['x'], 'x.txt')),
  fc.constant(new FormData()),
  fc.constantFrom(40, 5_000).map((depth) => nested(depth)),
  fc.constant(null).map(() => cyclic()),
);

/** What a field might plausibly hold, so some inputs pass validation and reach the database. */
function plausible(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...actionProjectIds),
    fc.uuid(),
    fc.constantFrom('en', 'pt-BR', 'pro', 'free', 'editor', 'viewer', 'rewrite_section', 'add_section', 'add_locale', 'continue', 'hero'),
    fc.constantFrom('someone@example.com', 'visitor@test.local', '/dashboard', '123456', 'correct horse battery staple'),
    fc.array(fc.constantFrom('en', 'pt-BR', 'es'), { minLength: 1, maxLength: 3 }),
    oddText,
  );
}

const anyValue = (): fc.Arbitrary<unknown> => fc.oneof({ weight: 3, arbitrary: plausible() }, { weight: 1, arbitrary: wrongType });

/** An object over `keys` with any values. */
function recordOver(keys: string[]): fc.Arbitrary<Record<string, unknown>> {
  if (keys.length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), anyValue(), { maxKeys: 3 });
  return fc.record(Object.fromEntries(keys.map((k) => [k, anyValue()])), { requiredKeys: [] });
}

/** An object over `keys` that holds unsafe text somewhere (a value, a nested value, or a key) or nests too deep. */
function unsafeRecordOver(keys: string[], { isFlat = false } = {}): fc.Arbitrary<Record<string, unknown>> {
  const key = keys.length ? fc.constantFrom(...keys) : fc.constant('field');
  // A form's fields are flat text: there the unsafe text is a value or a field name.
  const place = isFlat ? fc.constantFrom(0, 3) : fc.integer({ min: 0, max: 4 });
  return fc.tuple(recordOver(keys), key, isFlat ? controlText : unsafeText, place).map(([record, k, bad, where]) => {
    if (where === 0) return { ...record, [k]: bad };
    if (where === 1) return { ...record, [k]: [bad] };
    if (where === 2) return { ...record, [k]: { inner: bad } };
    if (where === 3) return { ...record, [bad]: 'value' };
    return { ...record, [k]: nested(64) };
  });
}

/** JSON as a client could send it: bigints as digits, a cycle or a lone `undefined` as null. */
function toJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
  } catch {
    return 'null';
  }
}

function toFormData(record: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(record)) {
    if (v instanceof File) form.append(k, v);
    else form.append(k, typeof v === 'string' ? v : toJson(v));
  }
  return form;
}

// ---- What counts as a 5xx -------------------------------------------------------------------

const SERVER_FAULTS = new Set(['INTERNAL', 'UNAVAILABLE']);
/** What the boundary (findUnsafeInput) answers, in English: the refusal came from it, not from the database further in. */
const UNSAFE_TEXT_MESSAGE = renderErrorMessage({ key: 'errors.common.unsafeText' }, 'en');
const TOO_DEEP_MESSAGE = renderErrorMessage({ key: 'errors.common.invalidRequest' }, 'en');

function isNextControlFlow(err: unknown): boolean {
  const digest = err && typeof err === 'object' && 'digest' in err ? String(err.digest) : '';
  return /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest);
}

/** Fails on anything the code under test reported as unexpected during `run`: a 500 in the making, even if answered politely. */
async function withoutReports<T>(what: string, run: () => Promise<T>): Promise<T> {
  const before = reported.length;
  const result = await run();
  if (reported.length > before)
    throw new Error(`${what} reported an unexpected error: ${String(reported.at(-1))}`, { cause: reported.at(-1) });
  return result;
}

type ActionError = { code: string; message: string };

/** Calls an action as Next would; returns its error (null for ok or a redirect), throws for what would be a 500. */
async function callAction(action: ServerAction['action'], args: unknown[]): Promise<ActionError | null> {
  try {
    const result = (await inRequestScope({ jar: jar.clone(), headers: { host: 'app.test', origin: APP_ORIGIN } }, () =>
      action(...args),
    )) as { ok: true } | { ok: false; error: ActionError } | undefined;
    return result && !result.ok ? result.error : null;
  } catch (err) {
    if (isNextControlFlow(err)) return null;
    throw err;
  }
}

/** A hash of every row of every table: equal before and after means nothing was written. */
async function databaseFingerprint(): Promise<string> {
  const tables = (await handle.db.execute(
    sql`select table_schema, table_name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2`,
  )) as unknown as Array<{ table_schema: string; table_name: string }>;
  const parts: string[] = [];
  for (const { table_schema: schema, table_name: table } of tables) {
    const [row] = (await handle.db.execute(
      sql.raw(
        `select count(*)::text || ':' || coalesce(md5(string_agg(md5(t::text), ',' order by md5(t::text))), '') as h from "${schema}"."${table}" t`,
      ),
    )) as unknown as Array<{ h: string }>;
    parts.push(`${schema}.${table}=${row!.h}`);
  }
  return parts.join('\n');
}

// ---- Server actions --------------------------------------------------------------------------

describe('every server action', () => {
  it('is found on disk and made with defineAction (or takes no input at all)', () => {
    expect(serverActionFiles().length).toBeGreaterThanOrEqual(8);
    const names = actions.map((a) => a.name);
    for (const name of Object.keys(NO_INPUT)) expect(names).toContain(name);
    expect(actions.filter((a) => !a.schema && !(a.name in NO_INPUT)).map((a) => a.name)).toEqual([]);
  });

  it('refuses unsafe text and absurd nesting with a validation error, and writes nothing', async () => {
    const before = await databaseFingerprint();
    for (const { name, action, schema } of actions.filter((a) => a.schema)) {
      const keys = schemaKeys(schema!);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            unsafeRecordOver(keys).map((input) => [input]),
            unsafeRecordOver(keys, { isFlat: true }).map((input) => [undefined, toFormData(input)]),
          ),
          async (args) => {
            const error = await withoutReports(name, () => callAction(action, args));
            const what = `${name} ${toJson(args.at(-1)).slice(0, 120)}`;
            expect(error?.code, what).toBe('VALIDATION');
            expect([UNSAFE_TEXT_MESSAGE, TOO_DEEP_MESSAGE], what).toContain(error?.message);
          },
        ),
        { numRuns: 25 },
      );
    }
    expect(await databaseFingerprint()).toBe(before);
  });

  it('answers anything else without a server fault', async () => {
    for (const { name, action, schema } of actions.filter((a) => a.schema)) {
      const keys = schemaKeys(schema!);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            { weight: 4, arbitrary: recordOver(keys).map((input) => [input]) },
            { weight: 2, arbitrary: recordOver(keys).map((input) => [undefined, toFormData(input)]) },
            { weight: 1, arbitrary: wrongType.map((input) => [input]) },
            { weight: 1, arbitrary: fc.tuple(wrongType, wrongType) },
          ),
          async (args) => {
            const error = await withoutReports(name, () => callAction(action, args));
            expect(SERVER_FAULTS.has(error?.code ?? ''), `${name} → ${error?.code}: ${toJson(args).slice(0, 160)}`).toBe(false);
          },
        ),
        { numRuns: 30 },
      );
    }
  });
});

// ---- Route handlers --------------------------------------------------------------------------

function siteRequest(method: string, sitePath: string, init: { headers?: Record<string, string>; body?: BodyInit } = {}): Request {
  return new Request(`${APP_ORIGIN}/site-host`, {
    method,
    headers: { host: siteHost, 'x-pm-site-path': sitePath, 'x-forwarded-for': '203.0.113.9', ...init.headers },
    body: init.body,
  });
}

async function send(route: RouteHandler, method: string, request: Request): Promise<{ status: number; text: string }> {
  const handler = route.methods[method as keyof RouteHandler['methods']]!;
  return withoutReports(`${method} ${route.route}`, async () => {
    const response = await inRequestScope({ jar: jar.clone(), headers: request.headers }, () =>
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

/** Bodies no parser should choke on: raw bytes (not UTF-8 too), broken JSON, deep nesting, huge. */
const hostileBody: fc.Arbitrary<string | Uint8Array<ArrayBuffer>> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((bytes) => new Uint8Array(bytes)),
  fc.constantFrom(
    new Uint8Array([0xff, 0xfe, 0x00]),
    new Uint8Array([0x7b, 0x22, 0x70, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]), // {"p":"<CESU surrogate>"}
    new Uint8Array([0x22, 0xc3, 0x28, 0x22]),
  ),
  fc.string({ maxLength: 64 }),
  fc.constantFrom(
    '',
    '{',
    '[]',
    'null',
    '"\\u0000"',
    '{"__proto__":{"x":1}}',
    '1e999',
    '['.repeat(20_000) + ']'.repeat(20_000),
    'x'.repeat(2_000_000),
  ),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
);

describe('every route handler', () => {
  it('refuses unsafe text in a JSON body with 400, and writes nothing', async () => {
    const keys = [...new Set([...schemaKeys(generateRequestSchema), ...schemaKeys(editRequestSchema)])];
    const before = await databaseFingerprint();
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
      const url = route.url.replace(/[0-9a-f-]{36}/, projectIds[0]!);
      const params = { ...route.params, projectId: projectIds[0]! };
      const target = { ...route, url, params };
      for (const [field, body] of examples[path.basename(route.route)] ?? []) {
        const result = await send(target, 'POST', new Request(url, { method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) }));
        expect(result.status, `${route.route} ${JSON.stringify(body)}`).toBe(400);
        expect(JSON.parse(result.text), `${route.route} ${JSON.stringify(body)}`).toMatchObject({
          error: { code: 'VALIDATION', message: UNSAFE_TEXT_MESSAGE, details: { field } },
        });
      }
      await fc.assert(
        fc.asyncProperty(unsafeRecordOver(keys), async (body) => {
          const result = await send(target, 'POST', new Request(url, { method: 'POST', headers: jsonHeaders, body: toJson(body) }));
          // 413 when the record also holds a huge text: refused before it is read.
          expect([400, 413], `${route.route} ${toJson(body).slice(0, 120)}`).toContain(result.status);
        }),
        { numRuns: 40 },
      );
    }
    expect(await databaseFingerprint()).toBe(before);
  });

  it('refuses unsafe text in the public lead form with 400, and stores no lead', async () => {
    const site = routes.find((r) => r.route === 'site-host/[[...path]]')!;
    const before = await databaseFingerprint();
    const field = fc.constantFrom('name', 'email', 'phone', 'message', 'page', 'locale', 'section_id');
    // Control characters only (see controlText).
    await fc.assert(
      fc.asyncProperty(field, controlText, async (name, bad) => {
        const form = new URLSearchParams({ name: 'Maria', email: 'maria@example.com', message: 'Hello', [name]: bad });
        const request = siteRequest('POST', '/__forms/lead', {
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${siteHost}` },
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
    expect(await databaseFingerprint()).toBe(before);
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
      const body = fc.oneof(nearlyValid[path.basename(route.route)] ?? recordOver(keys), recordOver(keys));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...projectIds), body, async (projectId, value) => {
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
