import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { getDraft } from '@/modules/drafts/get-draft';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { applyEdit } from '@/modules/editor/apply-edit';
import type { EditOperation } from '@/modules/editor/edit-operation';
import { createProject } from '@/modules/projects/create-project';
import { GET as getDraftRoute, PATCH as patchDraftRoute } from '@/app/api/v1/projects/[id]/draft/route';
import { POST as createProjectRoute } from '@/app/api/v1/projects/route';
import { raceIt } from '@tests/helpers/race';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import type { ApiScope } from '@/modules/api/api-scopes';
import { createApiKey } from '@/modules/api/create-api-key';

// The v1 writes against the real route handlers and database: POST /projects through projects'
// createProject (plan limit included), Idempotency-Key claimed in the database (one effect under
// ten concurrent requests, replay, 422 on another body, per account), and the draft's ETag /
// If-Match around the editor's own edit operations. Every call runs as the key's owner (RLS).

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});
beforeEach(() => {
  setRateLimiterForTests(createMemoryLimiter());
});

const ORIGIN = 'http://app.test';
const keyFor = async (user: TestUser, scopes: ApiScope[]) =>
  (await createApiKey(user.claims, { name: `key ${scopes.join('+')}`, scopes, expiresInDays: null })).key;

function post(key: string, body: unknown, idempotencyKey?: string): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
  return createProjectRoute(new Request(`${ORIGIN}/api/v1/projects`, { method: 'POST', headers, body: JSON.stringify(body) }));
}

function draftRequest(
  key: string,
  projectId: string,
  init: { ifMatch?: string; body?: unknown } = {},
): [Request, { params: Promise<{ id: string }> }] {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (init.ifMatch !== undefined) headers['if-match'] = init.ifMatch;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const request = new Request(`${ORIGIN}/api/v1/projects/${projectId}/draft`, {
    method: init.body === undefined ? 'GET' : 'PATCH',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return [request, { params: Promise.resolve({ id: projectId }) }];
}
const getDraftVia = (key: string, projectId: string) => getDraftRoute(...draftRequest(key, projectId));
const patchDraftVia = (key: string, projectId: string, ops: EditOperation[], ifMatch?: string) =>
  patchDraftRoute(...draftRequest(key, projectId, { body: { ops }, ...(ifMatch !== undefined ? { ifMatch } : {}) }));

async function projectIdsNamed(ownerId: string, name: string): Promise<string[]> {
  const rows = await handle.executor.query<{ id: string }>('select id::text from public.projects where owner_id = $1 and name = $2', [
    ownerId,
    name,
  ]);
  return rows.map((r) => r.id);
}

type Problem = { status: number; code: string; detail: string; missing_scope?: string; errors?: { path: string; message: string }[] };

describe('POST /api/v1/projects', () => {
  it('creates a project owned by the key’s owner through projects.createProject (201, the slug derived as the dashboard does)', async () => {
    const a = await createTestUser(handle, { tier: 'pro' });
    const response = await post(await keyFor(a, ['write']), { name: 'Padaria da API' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; name: string; slug: string; role: string };
    expect(body).toMatchObject({ name: 'Padaria da API', role: 'owner' });
    expect(body.slug).toMatch(/^padaria-da-api(-[0-9a-f]{6})?$/);
    expect(response.headers.get('idempotent-replayed')).toBeNull();
    expect(await projectIdsNamed(a.id, 'Padaria da API')).toEqual([body.id]);
  });

  it('refuses an unknown field with a 400 naming it, and creates nothing', async () => {
    const a = await createTestUser(handle, { tier: 'pro' });
    const other = await createTestUser(handle);
    const response = await post(await keyFor(a, ['write']), { name: 'Sneaky', owner_id: other.id });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as Problem;
    expect(problem.code).toBe('VALIDATION');
    expect(JSON.stringify(problem.errors)).toContain('owner_id');
    expect(await projectIdsNamed(a.id, 'Sneaky')).toEqual([]);
    expect(await projectIdsNamed(other.id, 'Sneaky')).toEqual([]);
  });

  it('needs scope write: a read key gets 403 naming it', async () => {
    const a = await createTestUser(handle, { tier: 'pro' });
    const response = await post(await keyFor(a, ['read']), { name: 'Read only' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'FORBIDDEN', missing_scope: 'write' });
    expect(await projectIdsNamed(a.id, 'Read only')).toEqual([]);
  });

  it('keeps the plan’s project limit: a free account’s second project is a 403 TIER_LIMIT problem', async () => {
    const free = await createTestUser(handle);
    const key = await keyFor(free, ['write']);
    expect((await post(key, { name: 'First free' })).status).toBe(201);
    const refused = await post(key, { name: 'Second free' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'TIER_LIMIT', status: 403 });
    expect(await projectIdsNamed(free.id, 'Second free')).toEqual([]);
  });
});

describe('Idempotency-Key', () => {
  raceIt('10 concurrent POSTs with one key: exactly one project; every answer names it or is a 409 whose retry replays it', async () => {
    const a = await createTestUser(handle, { tier: 'pro' });
    const key = await keyFor(a, ['write']);
    const body = { name: 'Concurrent Bakery' };
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(key, body, 'create-concurrent-bakery')));
    const ids = new Set<string>();
    for (const response of responses) {
      const json = (await response.json()) as { id?: string; code?: string };
      if (response.status === 409) expect(json.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
      else {
        expect(response.status).toBe(201);
        ids.add(json.id!);
      }
    }
    const created = await projectIdsNamed(a.id, 'Concurrent Bakery');
    expect(created).toHaveLength(1);
    expect([...ids]).toEqual(created);
    const retry = await post(key, body, 'create-concurrent-bakery');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(((await retry.json()) as { id: string }).id).toBe(created[0]);
    expect(await projectIdsNamed(a.id, 'Concurrent Bakery')).toHaveLength(1);
  });

  it('replays the stored response for the same body; another body with the key is a 422 and creates nothing', async () => {
    const a = await createTestUser(handle, { tier: 'pro' });
    const key = await keyFor(a, ['write']);
    const first = await post(key, { name: 'Replayed' }, 'replay-1');
    const firstBody = (await first.json()) as { id: string };
    const again = await post(key, { name: 'Replayed' }, 'replay-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(firstBody);

    // Another key of the same account retrying the same operation gets the same answer.
    const otherKey = await keyFor(a, ['write']);
    expect(((await (await post(otherKey, { name: 'Replayed' }, 'replay-1')).json()) as { id: string }).id).toBe(firstBody.id);

    const changed = await post(key, { name: 'Replayed, but changed' }, 'replay-1');
    expect(changed.status).toBe(422);
    expect(await changed.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', status: 422 });
    expect(await projectIdsNamed(a.id, 'Replayed, but changed')).toEqual([]);
    expect(await projectIdsNamed(a.id, 'Replayed')).toEqual([firstBody.id]);
  });

  it('refuses an empty key and one longer than 255 characters with a 400; 255 is fine', async () => {
    const a = await createTestUser(handle, { tier: 'pro' });
    const key = await keyFor(a, ['write']);
    for (const bad of ['', 'k'.repeat(256)]) {
      const response = await post(key, { name: 'Bad key' }, bad);
      expect(response.status, `length ${bad.length}`).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'VALIDATION' });
    }
    expect(await projectIdsNamed(a.id, 'Bad key')).toEqual([]);
    expect((await post(key, { name: 'Long key' }, 'k'.repeat(255))).status).toBe(201);
  });

  it('is per account: B’s key string neither replays nor blocks A, and A cannot read B’s stored responses', async () => {
    const a = await createTestUser(handle, { tier: 'pro' });
    const b = await createTestUser(handle, { tier: 'pro' });
    const fromB = (await (await post(await keyFor(b, ['write']), { name: 'Bakery of B' }, 'shared-key')).json()) as { id: string };
    const fromA = await post(await keyFor(a, ['write']), { name: 'Bakery of B' }, 'shared-key');
    expect(fromA.status).toBe(201);
    expect(fromA.headers.get('idempotent-replayed')).toBeNull();
    const aBody = (await fromA.json()) as { id: string };
    expect(aBody.id).not.toBe(fromB.id);
    expect(await projectIdsNamed(a.id, 'Bakery of B')).toEqual([aBody.id]);

    const seenByA = rowsOf<{ owner_id: string }>(
      await withRls(a.claims, (tx) => tx.execute(sql`select owner_id::text from public.api_idempotency_keys`)),
    );
    expect(seenByA.map((r) => r.owner_id)).toEqual([a.id]);
    // Nor can A change B's stored response (filtered by RLS: 0 rows) — B's row stays as it was.
    await withRls(a.claims, (tx) => tx.execute(sql`update public.api_idempotency_keys set response_body = '{"id":"forged"}'`));
    const [stored] = await handle.executor.query<{ id: string }>(
      `select response_body->>'id' as id from public.api_idempotency_keys where owner_id = $1`,
      [b.id],
    );
    expect(stored!.id).toBe(fromB.id);
  });

  it('stores only successes: a first request refused by the plan frees its key, so the retry after an upgrade runs', async () => {
    const free = await createTestUser(handle);
    const key = await keyFor(free, ['write']);
    await createProject(free.claims, { name: 'The one free project' });
    const refused = await post(key, { name: 'After upgrade' }, 'upgrade-then-retry');
    expect(refused.status).toBe(403);
    await handle.executor.query(`update public.user_profiles set tier = 'pro' where id = $1`, [free.id]);
    const retried = await post(key, { name: 'After upgrade' }, 'upgrade-then-retry');
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  it('forgets a key after 24 hours: the same key then starts a new request', async () => {
    const a = await createTestUser(handle, { tier: 'pro' });
    const key = await keyFor(a, ['write']);
    expect((await post(key, { name: 'Yesterday' }, 'day-old')).status).toBe(201);
    await handle.executor.query(
      `update public.api_idempotency_keys set created_at = now() - interval '25 hours' where owner_id = $1 and idempotency_key = 'day-old'`,
      [a.id],
    );
    const today = await post(key, { name: 'Today' }, 'day-old');
    expect(today.status).toBe(201);
    expect(await projectIdsNamed(a.id, 'Today')).toHaveLength(1);
  });
});

describe('the draft: ETag and If-Match', () => {
  async function ownerWithDraft(user?: TestUser) {
    const owner = user ?? (await createTestUser(handle, { tier: 'pro' }));
    const project = await createProject(owner.claims, { name: `Draft ${owner.id.slice(0, 6)}` });
    await saveSiteVersion(owner.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
    return { owner, projectId: project.id };
  }
  const title = (value: string): EditOperation => ({ op: 'set-text', locale: 'en', key: 'hero.title', value });

  it('GET answers the draft with its ETag; PATCH needs If-Match (428), refuses a stale one (412), applies the editor’s operations on the current one', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const key = await keyFor(owner, ['read', 'write']);
    const read = await getDraftVia(key, projectId);
    expect(read.status).toBe(200);
    const etag = read.headers.get('etag')!;
    expect(etag).toBe('"v1"');
    expect(((await read.json()) as { version: number; document: unknown }).document).toEqual(veganBakery);

    const missing = await patchDraftVia(key, projectId, [title('No If-Match')]);
    expect(missing.status).toBe(428);
    expect(await missing.json()).toMatchObject({ code: 'PRECONDITION_REQUIRED' });

    const section = veganBakery.pages[0]!.sections[2]!;
    const ops: EditOperation[] = [
      title('Edited over the API'),
      { op: 'move-section', page: veganBakery.pages[0]!.slug, sectionId: section.id, toIndex: 1 },
    ];
    const saved = await patchDraftVia(key, projectId, ops, etag);
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"v2"');
    expect(await saved.json()).toMatchObject({ project_id: projectId, version: 2 });
    let expected = veganBakery;
    for (const op of ops) {
      const result = applyEdit(expected, op);
      if (!result.ok) throw new Error('edit refused');
      expected = result.document;
    }
    expect((await getDraft(owner.claims, { projectId }))!.document).toEqual(expected);

    const stale = await patchDraftVia(key, projectId, [title('Lost update')], etag);
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ code: 'PRECONDITION_FAILED' });
    const weak = await patchDraftVia(key, projectId, [title('Weak tag')], 'W/"v2"');
    expect(weak.status).toBe(412);
    expect((await getDraft(owner.claims, { projectId }))!.version).toBe(2);
    expect((await getDraftVia(key, projectId)).headers.get('etag')).toBe('"v2"');
  });

  it('refuses an operation that does not apply (400) and an unknown body field (400); nothing is saved', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const key = await keyFor(owner, ['read', 'write']);
    const noSuchSection = await patchDraftVia(
      key,
      projectId,
      [{ op: 'move-section', page: veganBakery.pages[0]!.slug, sectionId: 'nope', toIndex: 0 }],
      '"v1"',
    );
    expect(noSuchSection.status).toBe(400);
    const unknownField = await patchDraftRoute(
      ...draftRequest(key, projectId, { ifMatch: '"v1"', body: { ops: [title('x')], force: true } }),
    );
    expect(unknownField.status).toBe(400);
    expect(JSON.stringify(await unknownField.json())).toContain('force');
    expect((await getDraft(owner.claims, { projectId }))!.version).toBe(1);
  });

  it('PATCH needs scope write, naming it; GET needs read', async () => {
    const { owner, projectId } = await ownerWithDraft();
    const patched = await patchDraftVia(await keyFor(owner, ['read']), projectId, [title('x')], '"v1"');
    expect(patched.status).toBe(403);
    expect(await patched.json()).toMatchObject({ missing_scope: 'write' });
    const read = await getDraftVia(await keyFor(owner, ['write']), projectId);
    expect(read.status).toBe(403);
    expect(await read.json()).toMatchObject({ missing_scope: 'read' });
  });

  it('cross-tenant: A’s key gets 404 reading or patching B’s draft, with B’s current ETag too, and B’s draft is unchanged', async () => {
    const { owner: b, projectId: projectB } = await ownerWithDraft();
    const a = await createTestUser(handle, { tier: 'pro' });
    const key = await keyFor(a, ['read', 'write']);
    const read = await getDraftVia(key, projectB);
    expect(read.status).toBe(404);
    expect(read.headers.get('etag')).toBeNull();
    const patched = await patchDraftVia(key, projectB, [title('Defaced')], '"v1"');
    expect(patched.status).toBe(404);
    const draft = await getDraft(b.claims, { projectId: projectB });
    expect(draft!.version).toBe(1);
    expect(draft!.document).toEqual(veganBakery);
  });
});
