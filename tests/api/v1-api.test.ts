import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import type { RateLimiter } from '@/lib/ratelimit/types';
import { API_SCOPES, type ApiScope } from '@/modules/api/api-scopes';
import { authenticateApiKey } from '@/modules/api/authenticate-api-key';
import { createApiKey } from '@/modules/api/create-api-key';
import { API_KEY_RATE_LIMIT, readV1Body } from '@/modules/api/handle-v1-request';
import { listApiKeys } from '@/modules/api/list-api-keys';
import { openApiDocument, V1_ROUTES, type V1RouteName } from '@/modules/api/openapi-document';
import { revokeApiKey } from '@/modules/api/revoke-api-key';
import { GET as listLeadsRoute } from '@/app/api/v1/leads/route';
import { GET as exportLeadsRoute } from '@/app/api/v1/leads/export/route';
import { GET as listFilesRoute, POST as createFileUploadRoute } from '@/app/api/v1/files/route';
import { POST as completeFileUploadRoute } from '@/app/api/v1/files/[id]/complete/route';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createEmbeddedTusHandler } from '@/lib/storage/create-embedded-tus-handler';
import { createFilesystemFileStore } from '@/lib/storage/create-filesystem-file-store';
import { setFileStoreForTests } from '@/lib/storage/get-file-store';
import { completeUpload } from '@/modules/storage/complete-upload';
import { unsafeIsUploadOpen } from '@/modules/storage/is-upload-open';
import { startUpload } from '@/modules/storage/start-upload';
import { tusUpload } from '@tests/storage/tus-client';
import { exportV1Leads } from '@/modules/api/export-v1-leads';
import { GET as openApiRoute } from '@/app/api/v1/openapi.json/route';
import { GET as getDraftRoute, PATCH as patchDraftRoute } from '@/app/api/v1/projects/[id]/draft/route';
import { GET as getProjectRoute } from '@/app/api/v1/projects/[id]/route';
import { GET as listProjectsRoute, POST as createProjectRoute } from '@/app/api/v1/projects/route';
import { GET as listDeploymentsRoute } from '@/app/api/v1/projects/[id]/deployments/route';
import { POST as publishProjectRoute } from '@/app/api/v1/projects/[id]/publish/route';
import { POST as rollbackProjectRoute } from '@/app/api/v1/projects/[id]/rollback/route';
import { POST as replyToTicketRoute } from '@/app/api/v1/tickets/[id]/replies/route';
import { GET as listTicketsRoute, POST as createTicketRoute } from '@/app/api/v1/tickets/route';
import { GET as getUsageRoute } from '@/app/api/v1/usage/route';
import { POST as createGenerationRoute } from '@/app/api/v1/generations/route';
import { GET as getGenerationRoute } from '@/app/api/v1/generations/[id]/route';
import { GET as streamGenerationEventsRoute } from '@/app/api/v1/generations/[id]/events/route';
import { GET as listDomainsRoute, POST as addDomainRoute } from '@/app/api/v1/projects/[id]/domains/route';
import { POST as verifyDomainRoute } from '@/app/api/v1/domains/[id]/verify/route';
import { addDomain } from '@/modules/domains/add-domain';
import { resetEnvCache } from '@/lib/env';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { requestPublish } from '@/modules/host/request-publish';
import { createTicket } from '@/modules/tickets/create-ticket';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { createProjectAsSystem } from '@tests/helpers/rls-matrix';
import { claimsFor, createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createRedisShim } from '@/lib/ratelimit/redis-shim';
import { createUpstashLimiter } from '@/lib/ratelimit/upstash-limiter';

// /api/v1 against the real route handlers and database: a key runs as its owner through RLS,
// scopes pick the routes, revoked/expired/unknown keys get 401, every 4xx is a problem document,
// the rate limit answers with RateLimit-* and Retry-After, and every response — success and
// problem — validates against the generated OpenAPI document (the spec is the oracle).

let handle: DbHandle;
// Domain checks ask this machine's stand-in DNS server, never the network.
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
const savedEnv = { ...process.env };
let a: TestUser;
let b: TestUser;
let projectA: string;
let projectB: string;
const leadsOfA: string[] = [];
// Files go to a filesystem store of this test's own, through the embedded TUS endpoint's handler.
const UPLOAD_SECRET = 'test-secret-for-upload-tokens-0123456789';
let filesDir: string;
let tus: (request: Request) => Promise<Response>;

beforeAll(async () => {
  handle = await createTestDb();
  filesDir = await mkdtemp(path.join(os.tmpdir(), 'pm-v1-files-'));
  setFileStoreForTests(createFilesystemFileStore(filesDir, UPLOAD_SECRET));
  tus = createEmbeddedTusHandler({ directory: filesDir, secret: UPLOAD_SECRET, isUploadOpen: (k) => unsafeIsUploadOpen(k) });
  dns = await startTestDnsServer();
  Object.assign(process.env, { DNS_RESOLVERS: dns.server });
  resetEnvCache();
  a = await createTestUser(handle, { tier: 'pro' });
  b = await createTestUser(handle);
  projectA = await createProjectAsSystem(handle, a.id, 'Bakery A');
  projectB = await createProjectAsSystem(handle, b.id, 'Garage B');
  // Five leads in one statement share created_at: pagination must break the tie by id.
  const rows = await handle.executor.query<{ id: string }>(
    `insert into public.leads (project_id, name, email, message)
       select $1, 'Lead ' || n, 'l' || n || '@a.test', 'Hello' from generate_series(1, 5) n returning id::text`,
    [projectA],
  );
  leadsOfA.push(...rows.map((r) => r.id));
  await handle.executor.query(`insert into public.leads (project_id, name, email, message) values ($1, 'Secret', 's@b.test', 'B only')`, [
    projectB,
  ]);
});
afterAll(async () => {
  process.env = savedEnv;
  resetEnvCache();
  await dns.close();
  setFileStoreForTests(undefined);
  await rm(filesDir, { recursive: true, force: true });
  await handle.close();
});
beforeEach(() => {
  setRateLimiterForTests(createMemoryLimiter());
});

const ORIGIN = 'http://app.test';
type CallInit = { body?: unknown; headers?: Record<string, string> };
async function call(
  route: V1RouteName | 'openapi',
  key: string | null,
  query = '',
  params: Record<string, string> = {},
  init: CallInit = {},
): Promise<Response> {
  const path = route === 'openapi' ? '/api/v1/openapi.json' : V1_ROUTES[route].path.replace('{id}', params.id ?? '');
  const method = route === 'openapi' ? 'GET' : V1_ROUTES[route].method.toUpperCase();
  const headers: Record<string, string> = { ...(key ? { authorization: `Bearer ${key}` } : {}), ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const request = new Request(`${ORIGIN}${path}${query}`, {
    method,
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const context = { params: Promise.resolve({ id: params.id ?? '' }) };
  if (route === 'listProjects') return listProjectsRoute(request);
  if (route === 'createProject') return createProjectRoute(request);
  if (route === 'getProject') return getProjectRoute(request, context);
  if (route === 'getDraft') return getDraftRoute(request, context);
  if (route === 'patchDraft') return patchDraftRoute(request, context);
  if (route === 'listLeads') return listLeadsRoute(request);
  if (route === 'exportLeads') return exportLeadsRoute(request);
  if (route === 'listFiles') return listFilesRoute(request);
  if (route === 'createFileUpload') return createFileUploadRoute(request);
  if (route === 'completeFileUpload') return completeFileUploadRoute(request, context);
  if (route === 'publishProject') return publishProjectRoute(request, context);
  if (route === 'rollbackProject') return rollbackProjectRoute(request, context);
  if (route === 'listDeployments') return listDeploymentsRoute(request, context);
  if (route === 'listTickets') return listTicketsRoute(request);
  if (route === 'createTicket') return createTicketRoute(request);
  if (route === 'replyToTicket') return replyToTicketRoute(request, context);
  if (route === 'getUsage') return getUsageRoute(request);
  if (route === 'createGeneration') return createGenerationRoute(request);
  if (route === 'getGeneration') return getGenerationRoute(request, context);
  if (route === 'streamGenerationEvents') return streamGenerationEventsRoute(request, context);
  if (route === 'addDomain') return addDomainRoute(request, context);
  if (route === 'listDomains') return listDomainsRoute(request, context);
  if (route === 'verifyDomain') return verifyDomainRoute(request, context);
  return openApiRoute();
}

/** A ready deployment of the project, as the publish job leaves one (rollback needs it; building is publish.test.ts's). */
async function readyDeployment(user: TestUser, projectId: string): Promise<string> {
  const d = await requestPublish(user.claims, { projectId });
  await handle.executor.query(`update public.deployments set status = 'ready', finished_at = now() where id = $1`, [d.id]);
  return d.id;
}

/** Routes whose `{id}` is a ticket's, a generation's or a domain's rather than a project's. */
const ID_KIND: Partial<Record<V1RouteName, 'ticket' | 'generation' | 'domain' | 'upload'>> = {
  completeFileUpload: 'upload',
  replyToTicket: 'ticket',
  getGeneration: 'generation',
  streamGenerationEvents: 'generation',
  verifyDomain: 'domain',
};
let domainSeq = 0;
const newDomainName = () => `padaria-${Date.now().toString(36)}-${++domainSeq}.com.br`;
/** Routes without `{id}` whose body names a project: another account's is a 404 too. */
const BODY_PROJECT_ROUTES: readonly V1RouteName[] = ['createGeneration'];
const generationBody = (projectId: string) => ({ projectId, prompt: 'A vegan bakery in Lisbon with a café', locales: ['en'] });

/** A generation run to its end through the API: POST, then read its event stream to the last event. */
async function finishedGeneration(user: TestUser, projectId: string): Promise<string> {
  const key = (await keyFor(user, ['generate', 'read'])).key;
  const queued = await call('createGeneration', key, '', {}, { body: generationBody(projectId) });
  expect(queued.status).toBe(202);
  const id = ((await queued.json()) as { generation_id: string }).generation_id;
  expect(await (await call('streamGenerationEvents', key, '', { id })).text()).toContain('event: status');
  return id;
}

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#d2691e' } })
    .png()
    .toBuffer()
    .then((b) => new Uint8Array(b));

/** The bytes of an upload sent over TUS as any TUS client would (the ticket's endpoint, its signed headers). */
async function sendBytes(ticket: { endpoint: string; headers: Record<string, string> }, bytes: Uint8Array) {
  const sent = await tusUpload(
    tus,
    { ...ticket, endpoint: new URL(ticket.endpoint, ORIGIN).pathname, metadata: {}, chunkSize: 1 << 20 },
    bytes,
  );
  expect(sent.patch?.status, 'TUS PATCH').toBe(204);
}

/** A kept file of the user's, made the Files page's way (start, TUS, complete). */
async function uploadedFile(user: TestUser): Promise<string> {
  const bytes = await png();
  const { uploadId, ticket } = await startUpload(user.claims, { name: 'logo.png', size: bytes.length });
  await sendBytes(ticket, bytes);
  return (await completeUpload(user.claims, { uploadId })).id;
}

async function keyFor(user: TestUser, scopes: ApiScope[], expiresInDays: number | null = null) {
  return createApiKey(user.claims, { name: `key ${scopes.join('+')}`, scopes, expiresInDays });
}

// --- The contract: compile the generated document once with ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses).
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(JSON.parse(JSON.stringify(openApiDocument())), 'openapi.json');
const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** Validates a real response against the document: the status is declared, the body matches its schema, the declared headers are there. */
async function expectMatchesContract(route: V1RouteName, response: Response): Promise<unknown> {
  const { path, method } = V1_ROUTES[route];
  const declared = (
    openApiDocument().paths?.[path] as Record<
      string,
      { responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, { required?: boolean }> }> }
    >
  )[method]!.responses[String(response.status)];
  expect(declared, `status ${response.status} declared for ${route}`).toBeDefined();
  const contentType = response.headers.get('content-type')!.split(';')[0]!;
  expect(Object.keys(declared!.content ?? {})).toContain(contentType);
  for (const [header, spec] of Object.entries(declared!.headers ?? {})) {
    if (spec.required) expect(response.headers.get(header), header).not.toBeNull();
  }
  // An event stream is text; its events are checked against the studio's event schema in v1-generations.test.ts.
  if (contentType === 'text/event-stream') return response.text();
  // A CSV export is text too; its rows are read by the export tests below.
  if (contentType === 'text/csv') return response.text();
  const body: unknown = await response.json();
  const validate = ajv.compile({
    $ref: `openapi.json#/${pointer('paths', path, method, 'responses', String(response.status), 'content', contentType, 'schema')}`,
  });
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  return body;
}

describe('key lifecycle', () => {
  it('create → use (last used set) → revoke → 401 on the very next call; the secret is stored only hashed', async () => {
    const created = await keyFor(a, ['read']);
    expect(created.key).toMatch(/^pm_live_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    const [stored] = await handle.executor.query<{ secret_hash: string }>('select secret_hash from public.api_keys where id = $1', [
      created.id,
    ]);
    expect(stored!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.secret_hash).not.toContain(created.key.slice(8));
    expect((await listApiKeys(a.claims)).find((k) => k.id === created.id)?.lastUsedAt).toBeNull();

    const ok = await call('listProjects', created.key);
    expect(ok.status).toBe(200);
    const listed = (await listApiKeys(a.claims)).find((k) => k.id === created.id)!;
    expect(listed.lastUsedAt).toBeInstanceOf(Date);
    expect(listed).not.toHaveProperty('secretHash');

    await revokeApiKey(a.claims, { keyId: created.id });
    const refused = await call('listProjects', created.key);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'This API key was revoked.' });
    await expect(revokeApiKey(a.claims, { keyId: created.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses an expired key, an unknown one, a malformed header and no header with 401 problems', async () => {
    const created = await keyFor(a, ['read'], 30);
    await handle.executor.query(
      `update public.api_keys set created_at = now() - interval '2 days', expires_at = now() - interval '1 day' where id = $1`,
      [created.id],
    );
    const responses = [
      await call('listProjects', created.key),
      await call('listProjects', created.key.slice(0, -1) + (created.key.endsWith('A') ? 'B' : 'A')),
      await call('listProjects', 'not-a-key'),
      await call('listProjects', null),
    ];
    for (const r of responses) {
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
      await expectMatchesContract('listProjects', r);
    }
  });

  it('a key revoked, or its owner suspended, elsewhere (another instance: the database only) is refused here within a second', async () => {
    // Every call is answered by the same process, whose verified-key cache has just vouched for
    // the key; the change reaches it only through the database, as from another instance.
    const refusedWithin = async (key: string, change: () => Promise<unknown>, detail: string) => {
      expect((await call('listProjects', key)).status).toBe(200);
      await change();
      const changedAt = performance.now();
      let response = await call('listProjects', key);
      while (response.status === 200 && performance.now() - changedAt < 2_000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        response = await call('listProjects', key);
      }
      expect(response.status).toBe(401);
      expect(performance.now() - changedAt).toBeLessThan(1_000);
      expect(await response.json()).toMatchObject({ detail });
    };
    const revoked = await keyFor(a, ['read']);
    await refusedWithin(
      revoked.key,
      () => handle.executor.query('update public.api_keys set revoked_at = now() where id = $1', [revoked.id]),
      'This API key was revoked.',
    );
    const c = await createTestUser(handle);
    const suspended = await keyFor(c, ['read']);
    await refusedWithin(
      suspended.key,
      () => handle.executor.query(`update public.user_profiles set account_status = 'suspended' where id = $1`, [c.id]),
      'The account of this API key is suspended.',
    );
  });

  it("refuses a suspended account's key, and takes it back when the account is restored", async () => {
    const c = await createTestUser(handle);
    const key = (await keyFor(c, ['read'])).key;
    await handle.executor.query(`update public.user_profiles set account_status = 'suspended' where id = $1`, [c.id]);
    const refused = await call('listProjects', key);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ detail: 'The account of this API key is suspended.' });
    await handle.executor.query(`update public.user_profiles set account_status = 'active' where id = $1`, [c.id]);
    expect((await call('listProjects', key)).status).toBe(200);
  });

  it('agency scope only for an admin who passed the second factor; no key at all while an admin acts as a client', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    await expect(keyFor(a, ['read', 'agency'])).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(keyFor({ ...admin, claims: claimsFor(admin.id, admin.email, undefined, 'aal1') }, ['agency'])).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await keyFor(admin, ['read', 'agency'])).scopes).toEqual(['read', 'agency']);
    const actingAsA = claimsFor(a.id, a.email, { sub: admin.id, email: admin.email });
    await expect(keyFor({ ...a, claims: actingAsA }, ['read'])).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("an admin's ordinary key acts as a client would (aal1, RLS shows no other client's project); only an agency key acts as the admin", async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const visibleTo = async (key: string) => {
      const auth = await authenticateApiKey(key);
      if (typeof auth === 'string') throw new Error(auth);
      return rowsOf(await withRls(auth.claims, (tx) => tx.execute(sql`select id from public.projects where id = ${projectA}`))).length;
    };
    expect(await visibleTo((await keyFor(admin, ['read'])).key)).toBe(0);
    expect(await visibleTo((await keyFor(admin, ['read', 'agency'])).key)).toBe(1);
    expect((await call('getProject', (await keyFor(admin, ['read'])).key, '', { id: projectA })).status).toBe(404);
  });
});

describe('scopes', () => {
  it('each route × scope: success with the scope it needs, 403 naming it otherwise', async () => {
    // Its own account: the write routes add a project and a draft version, which the tenancy and
    // pagination tests below must not see.
    const s = await createTestUser(handle, { tier: 'pro' });
    const projectS = await createProjectAsSystem(handle, s.id, 'Scoped S');
    await saveSiteVersion(s.claims, { projectId: projectS, document: veganBakery, source: 'generate' });
    const deploymentS = await readyDeployment(s, projectS);
    const ticketS = (await createTicket(s.claims, { subject: 'Scoped ticket', description: 'For the scope table.' })).id;
    const generationS = await finishedGeneration(s, projectS);
    const [domainS] = await addDomain(s.claims, { projectId: projectS, domain: newDomainName() });
    const uploadS = (await startUpload(s.claims, { name: 'scoped.png', size: 10 })).uploadId;
    const keys = Object.fromEntries(
      await Promise.all(API_SCOPES.filter((x) => x !== 'agency').map(async (x) => [x, (await keyFor(s, [x])).key] as const)),
    );
    // A request each route accepts, so the only reason for a refusal is the scope.
    const valid: Partial<Record<V1RouteName, CallInit>> = {
      createProject: { body: { name: 'Made by the scope table' } },
      patchDraft: { body: { ops: [{ op: 'set-text', locale: 'en', key: 'hero.title', value: 'Scoped' }] }, headers: { 'if-match': '*' } },
      rollbackProject: { body: { deploymentId: deploymentS } },
      createTicket: { body: { subject: 'From the scope table', description: 'Scoped.' } },
      replyToTicket: { body: { body: 'Scoped reply' } },
      createGeneration: { body: generationBody(projectS) },
      addDomain: { body: { domain: newDomainName() } },
      createFileUpload: { body: { name: 'scoped.png', size: 10 } },
    };
    const success: Partial<Record<V1RouteName, number>> = {
      createFileUpload: 201,
      // Past the scope: no bytes were sent, so completing the upload is a conflict, not a refusal.
      completeFileUpload: 409,
      createProject: 201,
      publishProject: 202,
      createGeneration: 202,
      addDomain: 201,
      createTicket: 201,
      replyToTicket: 201,
    };
    for (const route of Object.keys(V1_ROUTES) as V1RouteName[]) {
      for (const [scope, key] of Object.entries(keys)) {
        const id = { project: projectS, ticket: ticketS, generation: generationS, domain: domainS!.id, upload: uploadS }[
          ID_KIND[route] ?? 'project'
        ];
        const response = await call(route, key, '', { id }, valid[route]);
        const needed = V1_ROUTES[route].scope;
        expect(response.status, `${route} with ${scope}`).toBe(scope === needed ? (success[route] ?? 200) : 403);
        const body = await expectMatchesContract(route, response);
        if (scope !== needed) expect(body).toMatchObject({ code: 'FORBIDDEN', missing_scope: needed });
        // Let the generation the table started end before the next test (it writes a draft version).
        if (route === 'createGeneration' && response.status === 202) {
          const { generation_id } = body as { generation_id: string };
          await (await call('streamGenerationEvents', keys.read!, '', { id: generation_id })).text();
        }
      }
    }
  });
});

describe('tenancy: a key acts as its owner through RLS', () => {
  it("A's key sees A's projects and leads only; B's project is a 404 and B's leads never show, even filtered by B's project", async () => {
    const key = (await keyFor(a, ['read', 'leads'])).key;
    const projects = (await expectMatchesContract('listProjects', await call('listProjects', key))) as { data: { id: string }[] };
    expect(projects.data.map((p) => p.id)).toEqual([projectA]);
    const other = await call('getProject', key, '', { id: projectB });
    expect(other.status).toBe(404);
    await expectMatchesContract('getProject', other);
    const own = await call('getProject', key, '', { id: projectA });
    expect(((await expectMatchesContract('getProject', own)) as { name: string }).name).toBe('Bakery A');

    const leads = (await expectMatchesContract('listLeads', await call('listLeads', key))) as { data: { project_id: string }[] };
    expect(leads.data).toHaveLength(5);
    expect(new Set(leads.data.map((l) => l.project_id))).toEqual(new Set([projectA]));
    const probe = (await (await call('listLeads', key, `?project=${projectB}`)).json()) as { data: unknown[] };
    expect(probe.data).toEqual([]);
  });
});

/** A CSV export read back into records (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return records;
}

describe('leads export', () => {
  it("A's export is every lead of A's (the list's filters apply), as UTF-8 CSV with a BOM, never B's; B's project gives only the header", async () => {
    const key = (await keyFor(a, ['leads'])).key;
    const response = await call('exportLeads', key);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = (await expectMatchesContract('exportLeads', response)) as string;
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(header!.slice(0, 3)).toEqual(['id', 'created_at', 'project_id']);
    expect(rows.map((r) => r[0]).sort()).toEqual([...leadsOfA].sort());
    expect(text).not.toContain('s@b.test');

    const ofB = parseCsv(((await (await call('exportLeads', key, `?project=${projectB}`)).text()) as string).replace(/^\uFEFF/, ''));
    expect(ofB).toHaveLength(1);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect(parseCsv((await (await call('exportLeads', key, `?since=${encodeURIComponent(future)}`)).text()).slice(1))).toHaveLength(1);
    for (const bad of ['?format=xlsx', '?cursor=x', '?project=nope']) {
      const refused = await call('exportLeads', key, bad);
      expect(refused.status, bad).toBe(400);
      await expectMatchesContract('exportLeads', refused);
    }
  });

  it('streams page after page, each lead once, and never lets a cell run as a formula', async () => {
    const c = await createTestUser(handle);
    const projectC = await createProjectAsSystem(handle, c.id, 'Formula C');
    const evil = ['=HYPERLINK("http://evil.example","x")', '+55 11 98765-4321', '-1+2', '@SUM(A1)', 'Ana, "a Lisboeta"\nsegunda linha'];
    const ids = await handle.executor.query<{ id: string }>(
      `insert into public.leads (project_id, name, phone, message)
         select $1, n::text, $2, 'Plain' from unnest($3::text[]) n returning id::text`,
      [projectC, evil[1], evil],
    );
    const reply = await exportV1Leads(c.claims, { format: 'csv' }, { pageSize: 2 });
    const text = await new Response(reply.body as ReadableStream<Uint8Array>).text();
    const [, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(rows.map((r) => r[0]).sort()).toEqual(ids.map((r) => r.id).sort());
    const names = rows.map((r) => r[5]!);
    for (const name of names) expect(/^[=+\-@]/.test(name), name).toBe(false);
    expect(names).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(names).toContain('Ana, "a Lisboeta"\nsegunda linha');
    expect(rows.every((r) => r[7] === "'+55 11 98765-4321")).toBe(true);
  });
});

describe('cross-tenant probes over every route', () => {
  it("A's key with every scope: B's project or ticket is a 404 on each route that names one, and no list shows B's rows", async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const stranger = await createTestUser(handle, { tier: 'pro' });
    const projectO = await createProjectAsSystem(handle, owner.id, 'Probed O');
    await saveSiteVersion(owner.claims, { projectId: projectO, document: veganBakery, source: 'generate' });
    const deploymentO = await readyDeployment(owner, projectO);
    const ticketO = (await createTicket(owner.claims, { subject: 'Probed ticket', description: 'Owner only.' })).id;
    const generationO = await finishedGeneration(owner, projectO);
    const [domainO] = await addDomain(owner.claims, { projectId: projectO, domain: newDomainName() });
    const fileO = await uploadedFile(owner);
    const uploadO = (await startUpload(owner.claims, { name: 'pending.png', size: 10 })).uploadId;
    const before = await handle.executor.query(
      `select (select count(*) from public.generations where project_id = $1)::int as generations,
              (select count(*) from public.domains where project_id = $1)::int as domains,
              (select max(last_checked_at) from public.domains where project_id = $1) as domains_checked,
              (select count(*) from public.deployments where project_id = $1)::int as deployments,
              (select count(*) from public.support_ticket_messages where ticket_id = $2)::int as messages,
              (select max(version) from public.site_versions where project_id = $1)::int as version`,
      [projectO, ticketO],
    );
    const key = (await keyFor(stranger, ['read', 'write', 'generate', 'publish', 'leads', 'tickets'])).key;
    const valid: Partial<Record<V1RouteName, CallInit>> = {
      patchDraft: {
        body: { ops: [{ op: 'set-text', locale: 'en', key: 'hero.title', value: 'Defaced' }] },
        headers: { 'if-match': '"v1"' },
      },
      rollbackProject: { body: { deploymentId: deploymentO } },
      replyToTicket: { body: { body: 'Hijack' } },
      createGeneration: { body: generationBody(projectO) },
      addDomain: { body: { domain: newDomainName() } },
    };
    for (const route of Object.keys(V1_ROUTES) as V1RouteName[]) {
      const { path, method } = V1_ROUTES[route];
      if (!path.includes('{id}')) {
        if (BODY_PROJECT_ROUTES.includes(route)) {
          const response = await call(route, key, '', {}, valid[route]);
          expect(response.status, route).toBe(404);
          await expectMatchesContract(route, response);
          continue;
        }
        if (method !== 'get') continue;
        const listed = JSON.stringify(await expectMatchesContract(route, await call(route, key)));
        for (const id of [projectO, ticketO, deploymentO, generationO, domainO!.id, fileO, uploadO])
          expect(listed, `${route} shows ${id}`).not.toContain(id);
        continue;
      }
      const id = { project: projectO, ticket: ticketO, generation: generationO, domain: domainO!.id, upload: uploadO }[
        ID_KIND[route] ?? 'project'
      ];
      const response = await call(route, key, '', { id }, valid[route]);
      expect(response.status, route).toBe(404);
      await expectMatchesContract(route, response);
    }
    const after = await handle.executor.query(
      `select (select count(*) from public.generations where project_id = $1)::int as generations,
              (select count(*) from public.domains where project_id = $1)::int as domains,
              (select max(last_checked_at) from public.domains where project_id = $1) as domains_checked,
              (select count(*) from public.deployments where project_id = $1)::int as deployments,
              (select count(*) from public.support_ticket_messages where ticket_id = $2)::int as messages,
              (select max(version) from public.site_versions where project_id = $1)::int as version`,
      [projectO, ticketO],
    );
    expect(after).toEqual(before);
  });
});

/** What belongs to the whole account: a project-restricted key gets a 403 there. */
const ACCOUNT_WIDE_ROUTES: readonly V1RouteName[] = ['createProject', 'listFiles', 'createFileUpload', 'completeFileUpload'];

describe('a key restricted to one project', () => {
  it("touches only its project: the owner's other project (and its tickets, generations, domains) is a 404 on every route that names one, lists show only its project, creating a project is a 403", async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const [p1, p2] = [await createProjectAsSystem(handle, owner.id, 'Kept P1'), await createProjectAsSystem(handle, owner.id, 'Other P2')];
    for (const p of [p1, p2]) await saveSiteVersion(owner.claims, { projectId: p, document: veganBakery, source: 'generate' });
    const deployment2 = await readyDeployment(owner, p2);
    const ticket2 = (await createTicket(owner.claims, { subject: 'About P2', description: 'P2 only.', projectId: p2 })).id;
    const ticket1 = (await createTicket(owner.claims, { subject: 'About P1', description: 'P1 only.', projectId: p1 })).id;
    const generation2 = await finishedGeneration(owner, p2);
    const [domain2] = await addDomain(owner.claims, { projectId: p2, domain: newDomainName() });
    await handle.executor.query(
      `insert into public.leads (project_id, name, email) values ($1, 'P1 lead', 'p1@o.test'), ($2, 'P2 lead', 'p2@o.test')`,
      [p1, p2],
    );
    const snapshotOf = () =>
      handle.executor.query(
        `select (select count(*) from public.generations where project_id = $1)::int as generations,
                (select count(*) from public.domains where project_id = $1)::int as domains,
                (select max(last_checked_at) from public.domains where project_id = $1) as domains_checked,
                (select count(*) from public.deployments where project_id = $1)::int as deployments,
                (select count(*) from public.support_ticket_messages where ticket_id = $2)::int as messages,
                (select max(version) from public.site_versions where project_id = $1)::int as version,
                (select count(*) from public.projects where owner_id = $3)::int as projects`,
        [p2, ticket2, owner.id],
      );
    const before = await snapshotOf();
    const created = await createApiKey(owner.claims, {
      name: 'P1 only',
      scopes: ['read', 'write', 'generate', 'publish', 'leads', 'tickets'],
      expiresInDays: null,
      projectId: p1,
    });
    expect(created.projectId).toBe(p1);
    expect((await listApiKeys(owner.claims)).find((k) => k.id === created.id)?.projectId).toBe(p1);
    const key = created.key;
    const valid: Partial<Record<V1RouteName, CallInit>> = {
      createProject: { body: { name: 'Outside the restriction' } },
      patchDraft: { body: { ops: [{ op: 'set-text', locale: 'en', key: 'hero.title', value: 'Defaced' }] }, headers: { 'if-match': '*' } },
      rollbackProject: { body: { deploymentId: deployment2 } },
      replyToTicket: { body: { body: 'Across projects' } },
      createGeneration: { body: generationBody(p2) },
      addDomain: { body: { domain: newDomainName() } },
      createTicket: { body: { subject: 'Named P2', description: 'Refused.', project_id: p2 } },
      createFileUpload: { body: { name: 'outside.png', size: 10 } },
    };
    for (const route of Object.keys(V1_ROUTES) as V1RouteName[]) {
      const { path, method } = V1_ROUTES[route];
      if (ACCOUNT_WIDE_ROUTES.includes(route)) {
        const refused = await call(route, key, '', { id: randomUUID() }, valid[route]);
        expect(refused.status, route).toBe(403);
        expect(await expectMatchesContract(route, refused)).toMatchObject({ code: 'FORBIDDEN' });
        continue;
      }
      if (!path.includes('{id}')) {
        if (method === 'post') {
          const response = await call(route, key, '', {}, valid[route]);
          expect(response.status, route).toBe(404);
          await expectMatchesContract(route, response);
          continue;
        }
        const listed = JSON.stringify(await expectMatchesContract(route, await call(route, key)));
        for (const id of [p2, ticket2, deployment2, generation2, domain2!.id]) expect(listed, `${route} shows ${id}`).not.toContain(id);
        expect(listed).not.toContain('p2@o.test');
        continue;
      }
      // Uploads are the account's, refused above with the other account-wide routes.
      const id = { project: p2, ticket: ticket2, generation: generation2, domain: domain2!.id, upload: randomUUID() }[
        ID_KIND[route] ?? 'project'
      ];
      const response = await call(route, key, '', { id }, valid[route]);
      expect(response.status, route).toBe(404);
      await expectMatchesContract(route, response);
    }
    for (const route of ['listLeads', 'exportLeads'] as const) {
      const refused = await call(route, key, `?project=${p2}`);
      expect(refused.status, route).toBe(404);
      await expectMatchesContract(route, refused);
    }
    expect(await snapshotOf()).toEqual(before);

    // Its own project works, and its lists show it alone.
    expect((await call('getProject', key, '', { id: p1 })).status).toBe(200);
    const projects = (await (await call('listProjects', key)).json()) as { data: { id: string }[] };
    expect(projects.data.map((p) => p.id)).toEqual([p1]);
    const leads = (await (await call('listLeads', key)).json()) as { data: { email: string }[] };
    expect(leads.data.map((l) => l.email)).toEqual(['p1@o.test']);
    expect(await (await call('exportLeads', key)).text()).toContain('p1@o.test');
    const tickets = (await (await call('listTickets', key)).json()) as { data: { id: string }[] };
    expect(tickets.data.map((t) => t.id)).toEqual([ticket1]);
    expect((await call('replyToTicket', key, '', { id: ticket1 }, { body: { body: 'Fine' } })).status).toBe(201);
    const made = await call('createTicket', key, '', {}, { body: { subject: 'Unnamed', description: 'Gets P1.' } });
    expect(((await made.json()) as { project_id: string }).project_id).toBe(p1);
  });

  it("can only name a project of the key's owner: A cannot make a key for B's project (RLS refuses it), nor for a made-up one", async () => {
    const input = { name: 'Borrowed', scopes: ['read'] as ApiScope[], expiresInDays: null };
    await expect(createApiKey(a.claims, { ...input, projectId: projectB })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createApiKey(a.claims, { ...input, projectId: randomUUID() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [row] = await handle.executor.query<{ n: number }>('select count(*)::int as n from public.api_keys where project_id = $1', [
      projectB,
    ]);
    expect(row!.n).toBe(0);
  });
});

describe('files', () => {
  it('start (idempotent) → the bytes over TUS to the answered endpoint → complete → listed; a plan too small is a 403 before a byte moves', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const key = (await keyFor(user, ['read', 'write'])).key;
    const bytes = await png();
    const start = (headers = {}) => call('createFileUpload', key, '', {}, { body: { name: 'logo.png', size: bytes.length }, headers });
    const first = await start({ 'idempotency-key': 'upload-1' });
    expect(first.status).toBe(201);
    const upload = (await expectMatchesContract('createFileUpload', first)) as {
      upload_id: string;
      tus: { endpoint: string; headers: Record<string, string> };
    };
    expect(upload.tus.endpoint).toMatch(/^https?:\/\/[^/]+\/api\/files\/tus$/);
    const replayed = await start({ 'idempotency-key': 'upload-1' });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replayed.json()) as { upload_id: string }).upload_id).toBe(upload.upload_id);

    const early = await call('completeFileUpload', key, '', { id: upload.upload_id });
    expect(early.status).toBe(409);
    await expectMatchesContract('completeFileUpload', early);
    await sendBytes(upload.tus, bytes);
    const done = await call('completeFileUpload', key, '', { id: upload.upload_id });
    expect(done.status).toBe(200);
    expect(await expectMatchesContract('completeFileUpload', done)).toMatchObject({
      id: upload.upload_id,
      content_type: 'image/png',
      size_bytes: bytes.length,
    });
    const listed = (await expectMatchesContract('listFiles', await call('listFiles', key, '?limit=1'))) as { data: { id: string }[] };
    expect(listed.data.map((f) => f.id)).toEqual([upload.upload_id]);

    const small = await createTestUser(handle);
    const refused = await call(
      'createFileUpload',
      (await keyFor(small, ['write'])).key,
      '',
      {},
      { body: { name: 'huge.mp4', size: 5e12 } },
    );
    expect(refused.status).toBe(403);
    expect(await expectMatchesContract('createFileUpload', refused)).toMatchObject({ code: 'TIER_LIMIT' });
    const [reserved] = await handle.executor.query<{ n: number }>(
      'select count(*)::int as n from public.storage_uploads where owner_id = $1',
      [small.id],
    );
    expect(reserved!.n).toBe(0);
  });
});

describe('pagination and filters', () => {
  it('walks every lead once with an opaque cursor, ties on created_at included; limit is capped at 100', async () => {
    const key = (await keyFor(a, ['leads'])).key;
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await call('listLeads', key, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page = (await expectMatchesContract('listLeads', response)) as { data: { id: string }[]; next_cursor: string | null };
      seen.push(...page.data.map((l) => l.id));
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual([...leadsOfA].sort());

    const future = new Date(Date.now() + 60_000).toISOString();
    expect(((await (await call('listLeads', key, `?since=${encodeURIComponent(future)}`)).json()) as { data: unknown[] }).data).toEqual([]);
    for (const bad of ['?limit=101', '?limit=0', '?cursor=garbage', '?colour=red', `?project=nope`]) {
      const response = await call('listLeads', key, bad);
      expect(response.status, bad).toBe(400);
      await expectMatchesContract('listLeads', response);
    }
  });

  it('pages projects too', async () => {
    await createProjectAsSystem(handle, a.id, 'Second A');
    const key = (await keyFor(a, ['read'])).key;
    const first = (await (await call('listProjects', key, '?limit=1')).json()) as { data: { id: string }[]; next_cursor: string };
    const second = (await (await call('listProjects', key, `?limit=1&cursor=${first.next_cursor}`)).json()) as {
      data: { id: string }[];
      next_cursor: null;
    };
    expect(first.data).toHaveLength(1);
    expect(second.data).toHaveLength(1);
    expect(second.data[0]!.id).not.toBe(first.data[0]!.id);
    expect(second.next_cursor).toBeNull();
  });
});

describe('rate limit', () => {
  // The in-memory limiter (embedded default) and @upstash/ratelimit on this machine's Redis (production's kind).
  const limiters: Record<string, () => RateLimiter> = {
    memory: () => createMemoryLimiter(),
    redis: () => createUpstashLimiter(createRedisShim(redis!), 'redis', `pm:rl:v1-test:${randomUUID()}`),
  };
  let redis: Redis | undefined;
  beforeAll(() => {
    redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  });
  afterAll(() => redis?.disconnect());

  it.each(Object.keys(limiters))(
    '%s: RateLimit-* on every answer, 429 with Retry-After once the key’s budget is spent; other keys unaffected',
    async (kind) => {
      const inner = limiters[kind]!();
      // The same limiter with a budget of 3, so the test spends it in three calls.
      const small: RateLimiter = { ...inner, limit: (k, rule) => inner.limit(k, { ...rule, limit: 3 }) };
      setRateLimiterForTests(small);
      const key = (await keyFor(a, ['read'])).key;
      const remaining: string[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await call('listProjects', key);
        expect(r.status).toBe(200);
        expect(r.headers.get('ratelimit-limit')).toBe('3');
        remaining.push(r.headers.get('ratelimit-remaining')!);
        expect(Number(r.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(API_KEY_RATE_LIMIT.windowSeconds);
      }
      expect(remaining).toEqual(['2', '1', '0']);
      const limited = await call('listProjects', key);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await expectMatchesContract('listProjects', limited)).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      expect((await call('listProjects', (await keyFor(a, ['read'])).key)).status).toBe(200);
    },
  );
});

describe('problems and bodies', () => {
  it('every 4xx is application/problem+json with type, title, status, detail and code, and no stack', async () => {
    const key = (await keyFor(a, ['read'])).key;
    const responses = [await call('listProjects', null), await call('listLeads', key), await call('getProject', key, '', { id: 'nope' })];
    for (const r of responses) {
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      const body = (await r.json()) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']));
      expect(body.status).toBe(r.status);
      expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts|stack/i);
    }
  });

  it('bodies: unknown fields refused, size capped, JSON only', async () => {
    const schema = z.object({ name: z.string() }).strict();
    const post = (body: string, type = 'application/json') =>
      new Request(`${ORIGIN}/api/v1/x`, { method: 'POST', headers: { 'content-type': type }, body });
    expect(await readV1Body(post('{"name":"x"}'), schema)).toEqual({ name: 'x' });
    await expect(readV1Body(post('{"name":"x","admin":true}'), schema)).rejects.toBeInstanceOf(z.ZodError);
    await expect(readV1Body(post(JSON.stringify({ name: 'x'.repeat(70_000) })), schema)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    await expect(readV1Body(post('name=x', 'text/plain'), schema)).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    await expect(readV1Body(post('{'), schema)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1, served at /api/v1/openapi.json, and names every route with its scope', async () => {
    const doc = (await (await call('openapi', null)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { 'x-required-scope': string }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const route of Object.values(V1_ROUTES)) expect(doc.paths[route.path]?.[route.method]?.['x-required-scope']).toBe(route.scope);
    // The SQL check on api_keys.scopes lists the same scopes as API_SCOPES.
    const [check] = await handle.executor.query<{ def: string }>(
      `select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'public.api_keys'::regclass and pg_get_constraintdef(oid) like '%scopes%'`,
    );
    for (const scope of API_SCOPES) expect(check!.def).toContain(`'${scope}'`);
  });

  it('gives every operation a curl example made from its method, path, headers and body schema', () => {
    const paths = openApiDocument().paths as Record<string, Record<string, { 'x-codeSamples'?: { lang: string; source: string }[] }>>;
    for (const [name, route] of Object.entries(V1_ROUTES)) {
      const [sample] = paths[route.path]![route.method]!['x-codeSamples'] ?? [];
      expect(sample?.lang, name).toBe('shell');
      const source = sample!.source;
      expect(source, name).toContain(
        `curl -X ${route.method.toUpperCase()} "$PAGE_MAGIC_URL${route.path.replace('{id}', '00000000-0000-4000-8000-000000000000')}"`,
      );
      expect(source, name).toContain('Authorization: Bearer $PAGE_MAGIC_API_KEY');
      expect(source.includes('Idempotency-Key'), name).toBe(route.method === 'post');
    }
    const rollback = paths[V1_ROUTES.rollbackProject.path]!.post!['x-codeSamples']![0]!.source;
    expect(rollback).toContain(`-d '{"deploymentId":"00000000-0000-4000-8000-000000000000"}'`);
    const ticket = paths[V1_ROUTES.createTicket.path]!.post!['x-codeSamples']![0]!.source;
    expect(ticket).toContain(`-d '{"subject":"string","description":"string"}'`);
  });
});
