import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runWithAiCallScope } from '@/lib/ai/ai-call-scope';
import { generateStructured } from '@/lib/ai/generate-structured';
import { listAiCalls, listAiUsageByClientMonth } from '@/lib/ai/list-ai-usage';
import { promptTemplate } from '@/lib/ai/prompt-template';
import type { DbHandle } from '@/lib/db/client';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { engineResponder } from '@/modules/generate/engine/test-helpers/engine-responder';
import { fakeOfflineComposer } from '@/modules/generate/engine/test-helpers/fake-offline-composer';
import { runSiteGeneration } from '@/modules/generate/run-site-generation';
import { createProject } from '@/modules/projects/create-project';
import { startFakeOpenAI, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Issue 37, point 4: a generation on the OpenAI-compatible stand-in leaves one ai_calls row per
// model call — model, endpoint host, template and version, tokens, latency, fallback step,
// outcome, cost estimate, trace id, project and account — and a failing first endpoint shows as
// the fallback. A record that cannot be written never costs the caller its result.

type CallRow = {
  account_id: string | null;
  project_id: string | null;
  generation_id: string | null;
  trace_id: string;
  provider: string;
  model: string;
  endpoint_host: string | null;
  template_name: string;
  template_version: number;
  input_tokens: number;
  output_tokens: number;
  usage_source: string;
  latency_ms: number;
  first_token_ms: number | null;
  fallback_step: number;
  attempt: number;
  outcome: string;
  error_code: string | null;
  cost_usd: string | null;
};

let handle: DbHandle;
const servers: FakeOpenAIServer[] = [];

beforeAll(async () => {
  handle = await createTestDb();
  setRateLimiterForTests(createMemoryLimiter());
});
afterAll(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await handle.close();
});

/** What was recorded for a project, read past RLS (the privileged test connection). */
const callsOf = (projectId: string) =>
  handle.executor.query<CallRow>(
    'select *, cost_usd::text as cost_usd from public.ai_calls where project_id = $1 order by created_at, attempt',
    [projectId],
  );

async function generate(chain: Parameters<typeof runSiteGeneration>[2]['chain']) {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `AI calls ${user.id.slice(0, 6)}` });
  let generationId = '';
  for await (const event of runSiteGeneration(
    user.claims,
    { projectId: project.id, prompt: 'A vegan bakery in Lisbon with cakes to order', locales: ['en'] },
    { chain, offline: fakeOfflineComposer(), offlineStepDelayMs: 0 },
  )) {
    if (event.type === 'error') throw new Error(JSON.stringify(event.error));
    if (event.type === 'started') generationId = event.generationId;
  }
  return { user, project, generationId };
}

describe('AI call records', () => {
  it('a generation whose first endpoint fails records the fallback and every call with its tokens, template, cost and tenant', async () => {
    const broken = await startFakeOpenAI({ fault: { kind: 'http500' } });
    const good = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(broken, good);
    const { user, project, generationId } = await generate([
      { kind: 'vllm', baseURL: broken.url, model: 'broken-model', apiKey: 'sk-secret-vllm-key' },
      { kind: 'vllm', baseURL: `${good.url}/`, model: 'gpt-4.1-mini' },
      { kind: 'offline' },
    ]);

    const calls = await callsOf(project.id);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const call of calls) {
      expect(call.account_id, 'the account is the project owner').toBe(user.id);
      expect(call.generation_id).toBe(generationId);
      expect(call.trace_id).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
      expect(call.template_version).toBeGreaterThanOrEqual(1);
      expect(call.latency_ms).toBeGreaterThanOrEqual(0);
      // The host only: never the key, the path or the scheme.
      expect(JSON.stringify(call)).not.toContain('sk-secret');
      expect(call.endpoint_host).toMatch(/^127\.0\.0\.1:\d+$/);
    }

    // The broken endpoint: a retry ('error'), then given up for the next one ('fallback'), step 0.
    const failed = calls.filter((call) => call.model === 'broken-model');
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect(failed.every((call) => call.fallback_step === 0 && call.error_code === 'server-error' && call.input_tokens === 0)).toBe(true);
    expect(failed.map((call) => call.outcome)).toContain('fallback');
    expect(failed.map((call) => call.outcome)).toContain('error');

    // The endpoint that answered: step 1, real tokens from the stand-in's usage, priced.
    const answered = calls.filter((call) => call.model === 'gpt-4.1-mini' && call.outcome === 'ok');
    expect(answered.length).toBeGreaterThanOrEqual(2);
    for (const call of answered) {
      expect(call.fallback_step).toBe(1);
      expect(call.usage_source).toBe('provider');
      expect(call.input_tokens).toBeGreaterThan(0);
      expect(call.output_tokens).toBeGreaterThan(0);
      expect(call.first_token_ms).not.toBeNull();
      // gpt-4.1-mini: $0.40 in, $1.60 out per million tokens (src/lib/ai/content/model-prices.json).
      expect(Number(call.cost_usd)).toBeCloseTo((call.input_tokens * 0.4 + call.output_tokens * 1.6) / 1e6, 8);
    }
    const templates = new Set(calls.map((call) => `${call.template_name}@${call.template_version}`));
    expect(templates).toContain('site-plan@1');
    expect(templates).toContain('site-section@1');
    // One generation, one trace: the admin page's link shows its calls together.
    expect(new Set(calls.map((call) => call.trace_id)).size).toBe(1);
  });

  it('records what a failed attempt spent when the endpoint said: an answer that failed validation, then the retry that passed', async () => {
    // The first answer arrives in full (with the endpoint's usage) but is not the JSON asked for.
    const server = await startFakeOpenAI({ fault: { kind: 'malformed-json', times: 1 } });
    servers.push(server);
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `AI spent ${user.id.slice(0, 6)}` });
    const result = await runWithAiCallScope({ projectId: project.id }, () =>
      generateStructured({
        chain: [{ kind: 'vllm', baseURL: server.url, model: 'gpt-4.1-mini' }],
        template: promptTemplate('test-template', 1),
        schema: z.object({ title: z.string() }),
        jsonSchemaName: 'title',
        system: 'Write a title.',
        prompt: 'A bakery.',
        maxOutputTokens: 100,
        timeoutMs: 10_000,
        offline: () => ({ title: 'offline' }),
      }),
    );
    expect(result.provider).toBe('vllm');
    const [invalid, ok] = await callsOf(project.id);
    expect(invalid).toMatchObject({ outcome: 'error', error_code: 'invalid-output', usage_source: 'provider' });
    expect(invalid!.input_tokens).toBeGreaterThan(0);
    expect(invalid!.output_tokens).toBeGreaterThan(0);
    // Priced like any other call: it was paid for.
    expect(Number(invalid!.cost_usd)).toBeCloseTo((invalid!.input_tokens * 0.4 + invalid!.output_tokens * 1.6) / 1e6, 8);
    expect(ok).toMatchObject({ outcome: 'ok', usage_source: 'provider' });
  });

  it('is read per client and month by agency admins only, with the calls of a trace', async () => {
    const good = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(good);
    const { user, project } = await generate([{ kind: 'vllm', baseURL: good.url, model: 'fake-model' }, { kind: 'offline' }]);
    const calls = await callsOf(project.id);
    expect(calls.length).toBeGreaterThan(0);
    const admin = await createTestUser(handle, { userType: 'admin' });
    const since = new Date(Date.now() - 24 * 3600 * 1000);

    const months = await listAiUsageByClientMonth(admin.claims, { since });
    const mine = months.find((row) => row.accountId === user.id);
    expect(mine).toMatchObject({
      month: new Date().toISOString().slice(0, 7),
      calls: calls.length,
      inputTokens: calls.reduce((sum, call) => sum + call.input_tokens, 0),
      outputTokens: calls.reduce((sum, call) => sum + call.output_tokens, 0),
      fallbacks: 0,
      // fake-model has no price: no estimate rather than a zero one.
      costUsd: null,
      unpricedCalls: calls.length,
    });
    expect(mine!.p50LatencyMs).toBeGreaterThanOrEqual(0);
    const ofTrace = await listAiCalls(admin.claims, { traceId: calls[0]!.trace_id, limit: 100 });
    expect(ofTrace.map((call) => call.id).sort()).toEqual(
      (await handle.executor.query<{ id: string }>('select id::text from public.ai_calls where trace_id = $1', [calls[0]!.trace_id]))
        .map((row) => row.id)
        .sort(),
    );

    // The client whose calls they are reads none of them (the agency's operating data).
    expect(await listAiUsageByClientMonth(user.claims, { since })).toEqual([]);
    expect(await listAiCalls(user.claims, { limit: 100 })).toEqual([]);
  });

  it('never loses the result when the record cannot be written, and records nothing outside a scope', async () => {
    const good = await startFakeOpenAI();
    servers.push(good);
    const input = {
      chain: [{ kind: 'vllm' as const, baseURL: good.url, model: 'fake-model' }],
      template: promptTemplate('test-template', 3),
      schema: z.object({ title: z.string() }),
      jsonSchemaName: 'title',
      system: 'Write a title.',
      prompt: 'A bakery.',
      maxOutputTokens: 100,
      timeoutMs: 10_000,
      offline: () => ({ title: 'offline' }),
    };
    const count = async () => Number((await handle.executor.query<{ n: number }>('select count(*)::int as n from public.ai_calls'))[0]!.n);
    const before = await count();
    // No such project: the insert fails on its foreign key, the call still answers.
    const missingProject = randomUUID();
    const result = await runWithAiCallScope({ projectId: missingProject }, () => generateStructured(input));
    expect(result.provider).toBe('vllm');
    expect(result.value.title.length).toBeGreaterThan(0);
    await generateStructured(input);
    expect(await count()).toBe(before);
  });
});
