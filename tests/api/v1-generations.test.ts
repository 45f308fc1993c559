import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import type { ApiScope } from '@/modules/api/api-scopes';
import { createApiKey } from '@/modules/api/create-api-key';
import { generationSchema } from '@/modules/api/v1-generation-schemas';
import { streamV1GenerationEvents } from '@/modules/api/stream-v1-generation-events';
import { getDraft } from '@/modules/drafts/get-draft';
import { finishGeneration } from '@/modules/generate/finish-generation';
import { startGeneration } from '@/modules/generate/start-generation';
import { siteStreamEventSchema } from '@/modules/generate/wire';
import { usageEvents } from '@/modules/metering/schema';
import { createProject } from '@/modules/projects/create-project';
import { POST as createGenerationRoute } from '@/app/api/v1/generations/route';
import { GET as getGenerationRoute } from '@/app/api/v1/generations/[id]/route';
import { GET as streamEventsRoute } from '@/app/api/v1/generations/[id]/events/route';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// POST /api/v1/generations → 202, then GET status and the SSE stream, against the real route
// handlers, database and the embedded AI default (the offline composer: no accounts needed). The
// run is the studio's runSiteGeneration, so its draft version and its usage are the studio's.

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
const PROMPT = 'A vegan bakery in Lisbon with a small café and cakes to order';

async function userWithProject(tier: 'free' | 'pro' = 'pro'): Promise<TestUser & { projectId: string }> {
  const user = await createTestUser(handle, { tier });
  return { ...user, projectId: (await createProject(user.claims, { name: `Site ${user.id.slice(0, 6)}` })).id };
}
const keyFor = async (user: TestUser, scopes: ApiScope[]) =>
  (await createApiKey(user.claims, { name: 'gen', scopes, expiresInDays: null })).key;

function post(key: string, body: unknown, headers: Record<string, string> = {}) {
  return createGenerationRoute(
    new Request(`${ORIGIN}/api/v1/generations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}
function get(key: string, id: string, what: 'status' | 'events', headers: Record<string, string> = {}) {
  const path = what === 'events' ? `/api/v1/generations/${id}/events` : `/api/v1/generations/${id}`;
  const request = new Request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${key}`, ...headers } });
  const context = { params: Promise.resolve({ id }) };
  return what === 'events' ? streamEventsRoute(request, context) : getGenerationRoute(request, context);
}

type SseEvent = { id?: string; event: string; data: unknown };
/** Parses a whole text/event-stream body as EventSource would (comments skipped). */
function parseSse(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() && !block.startsWith(':'))
    .map((block) => {
      const fields = Object.fromEntries(
        block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
      );
      return { id: fields.id, event: fields.event!, data: JSON.parse(fields.data!) as unknown };
    });
}

describe('generations over /api/v1', () => {
  it('202 queued → GET status reaches done; the draft version and the usage are the studio’s', async () => {
    const u = await userWithProject();
    const key = await keyFor(u, ['generate', 'read']);
    const response = await post(key, { projectId: u.projectId, prompt: PROMPT, locales: ['en', 'pt-BR'], style: 'elegant' });
    expect(response.status).toBe(202);
    const queued = (await response.json()) as { generation_id: string; status: string; project_id: string };
    expect(queued).toMatchObject({ status: 'queued', project_id: u.projectId });

    let status = '';
    for (let i = 0; i < 200 && status !== 'done'; i++) {
      const polled = await get(key, queued.generation_id, 'status');
      expect(polled.status).toBe(200);
      status = generationSchema.parse(await polled.json()).status;
      if (status !== 'done') await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe('done');
    const draft = await getDraft(u.claims, { projectId: u.projectId });
    expect(draft?.document.i18n).toMatchObject({ locales: ['en', 'pt-BR'] });
    // Metered as the studio's generation is: one page_generate for the one successful run.
    const usage = await handle.db.select().from(usageEvents).where(eq(usageEvents.userId, u.id));
    expect(usage.filter((e) => e.metric === 'page_generate')).toHaveLength(1);
  });

  it('the event stream replays the studio’s events: at least one section, done, then a final status; Last-Event-ID resumes', async () => {
    const u = await userWithProject();
    const key = await keyFor(u, ['generate', 'read']);
    const { generation_id: id } = (await (await post(key, { projectId: u.projectId, prompt: PROMPT })).json()) as { generation_id: string };
    const response = await get(key, id, 'events');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('ratelimit-limit')).not.toBeNull();
    const events = parseSse(await response.text());
    const types = events.map((e) => e.event);
    expect(types[0]).toBe('started');
    expect(types.filter((t) => t === 'section').length).toBeGreaterThanOrEqual(1);
    expect(types.indexOf('section')).toBeLessThan(types.indexOf('done'));
    expect(types.at(-1)).toBe('status');
    expect(generationSchema.parse(events.at(-1)!.data)).toMatchObject({ id, status: 'done' });
    // Every event but the last is the studio's own stream event, valid by the studio's schema.
    for (const e of events.slice(0, -1)) expect(siteStreamEventSchema.parse(e.data).type).toBe(e.event);

    const lastSection = events.filter((e) => e.event === 'section').at(-1)!;
    const resumed = parseSse(await (await get(key, id, 'events', { 'last-event-id': lastSection.id! })).text());
    expect(resumed.map((e) => e.event)).toEqual(types.slice(types.lastIndexOf('section') + 1));
  });

  it('refuses the wrong scope with 403 naming it', async () => {
    const u = await userWithProject();
    const readOnly = await keyFor(u, ['read']);
    const refused = await post(readOnly, { projectId: u.projectId, prompt: PROMPT });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN', missing_scope: 'generate' });
    const generateOnly = await keyFor(u, ['generate']);
    const { generation_id: id } = (await (await post(generateOnly, { projectId: u.projectId, prompt: PROMPT })).json()) as {
      generation_id: string;
    };
    for (const what of ['status', 'events'] as const) {
      const r = await get(generateOnly, id, what);
      expect(r.status, what).toBe(403);
      expect(await r.json()).toMatchObject({ missing_scope: 'read' });
    }
    await (await get(readOnly, id, 'events')).text();
  });

  it("another account's project is a 404 and starts nothing; its generation is a 404 on status and events", async () => {
    const owner = await userWithProject();
    const stranger = await userWithProject();
    const ownerKey = await keyFor(owner, ['generate', 'read']);
    const { generation_id: id } = (await (await post(ownerKey, { projectId: owner.projectId, prompt: PROMPT })).json()) as {
      generation_id: string;
    };
    await (await get(ownerKey, id, 'events')).text();
    const key = await keyFor(stranger, ['generate', 'read']);
    const probe = await post(key, { projectId: owner.projectId, prompt: PROMPT });
    expect(probe.status).toBe(404);
    expect(probe.headers.get('content-type')).toBe('application/problem+json');
    for (const what of ['status', 'events'] as const) expect((await get(key, id, what)).status, what).toBe(404);
    const [{ n }] = (await handle.executor.query<{ n: number }>(`select count(*)::int as n from public.generations where project_id = $1`, [
      owner.projectId,
    ])) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('an Idempotency-Key replay answers the same generation and starts one run; another body with it is a 422', async () => {
    const u = await userWithProject();
    const key = await keyFor(u, ['generate', 'read']);
    const body = { projectId: u.projectId, prompt: PROMPT };
    const first = await post(key, body, { 'idempotency-key': 'gen-1' });
    const again = await post(key, body, { 'idempotency-key': 'gen-1' });
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const id = ((await first.json()) as { generation_id: string }).generation_id;
    expect(((await again.json()) as { generation_id: string }).generation_id).toBe(id);
    expect((await post(key, { ...body, prompt: `${PROMPT}!` }, { 'idempotency-key': 'gen-1' })).status).toBe(422);
    await (await get(key, id, 'events')).text();
    const rows = await handle.executor.query(`select id from public.generations where project_id = $1`, [u.projectId]);
    expect(rows).toHaveLength(1);
  });

  it("the plan's monthly generations apply as in the studio: 429 QUOTA_EXCEEDED, nothing started; bad bodies are 400", async () => {
    const u = await userWithProject('free');
    const [limit] = await handle.executor.query<{ n: number }>(
      `select max_generations_per_month as n from public.tier_limits where tier = 'free'`,
    );
    await handle.executor.query(
      `insert into public.generations (project_id, user_id, kind, status) select $1, $2, 'site', 'succeeded' from generate_series(1, $3)`,
      [u.projectId, u.id, limit!.n],
    );
    const key = await keyFor(u, ['generate']);
    const refused = await post(key, { projectId: u.projectId, prompt: PROMPT });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ code: 'QUOTA_EXCEEDED' });
    for (const bad of [{ projectId: u.projectId, prompt: 'x' }, { projectId: u.projectId, prompt: PROMPT, seed: 3 }, { prompt: PROMPT }]) {
      expect((await post(key, bad)).status, JSON.stringify(bad)).toBe(400);
    }
    const rows = await handle.executor.query(`select id from public.generations where project_id = $1`, [u.projectId]);
    expect(rows).toHaveLength(limit!.n);
  });

  it('a run this process does not hold (another instance, or long gone) gets its status once it has ended', async () => {
    const u = await userWithProject();
    const key = await keyFor(u, ['read']);
    const ended = await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: PROMPT });
    await finishGeneration(u.claims, { generationId: ended.id, status: 'failed', error: 'elsewhere' });
    const events = parseSse(await (await get(key, ended.id, 'events')).text());
    expect(events.map((e) => [e.event, (e.data as { status: string }).status])).toEqual([['status', 'failed']]);

    const running = await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: PROMPT });
    const reply = await streamV1GenerationEvents(u.claims, running.id, { pollMs: 20 });
    const text = new Response(reply.body as ReadableStream<Uint8Array>).text();
    await new Promise((r) => setTimeout(r, 100));
    await finishGeneration(u.claims, { generationId: running.id, status: 'succeeded' });
    const body = await text;
    expect(body).toMatch(/^: running\n\n/);
    expect(parseSse(body).map((e) => [e.event, (e.data as { status: string }).status])).toEqual([['status', 'done']]);
  });
});
