import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { engineResponder } from '@/modules/generate/engine/test-helpers/engine-responder';
import { fakeOfflineComposer } from '@/modules/generate/engine/test-helpers/fake-offline-composer';
import { runSiteGeneration } from '@/modules/generate/run-site-generation';
import { requestPublish } from '@/modules/host/request-publish';
import { forgetSiteHost } from '@/modules/host/resolve-site-host';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { countryOf } from '@/modules/host/site-traffic-counter';
import { recordSiteRequest } from '@/modules/host/site-traffic-meter';
import { createProject } from '@/modules/projects/create-project';
import { GET as metricsRoute } from '@/app/api/metrics/route';
import { POST as stripeWebhook } from '@/app/api/webhooks/stripe/route';
import { startFakeOpenAI, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import { runJobs } from '@tests/helpers/jobs';
import { parsePrometheusText, samplesOf, type Family } from '@tests/helpers/prometheus-text';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// /api/metrics: refused without its bearer token (404 while METRICS_TOKEN is unset), and after a
// generation on the OpenAI-compatible stand-in (its first model failing, so the chain falls back)
// and a publish whose site then answers a request, the named series are there — read by parsing
// the exposition format, as Prometheus does.

const TOKEN = 'metrics-token-0123456789abcdef';
let handle: DbHandle;
const servers: FakeOpenAIServer[] = [];

beforeAll(async () => {
  process.env.ROOT_DOMAIN = 'sites.test';
  process.env.APP_URL = 'http://app.test';
  delete process.env.METRICS_TOKEN;
  resetEnvCache();
  handle = await createTestDb();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
  setRateLimiterForTests(createMemoryLimiter());
});
afterAll(async () => {
  delete process.env.METRICS_TOKEN;
  resetEnvCache();
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await handle.close();
});

const scrape = (authorization?: string) =>
  metricsRoute(new Request('http://app.test/api/metrics', authorization ? { headers: { authorization } } : {}));

async function exposition(): Promise<Map<string, Family>> {
  const response = await scrape(`Bearer ${TOKEN}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await response.text());
}

const total = (families: Map<string, Family>, name: string, labels: Record<string, string> = {}) =>
  samplesOf(families, name, labels).reduce((sum, sample) => sum + sample.value, 0);

describe('the metrics endpoint', () => {
  it('answers 404 while METRICS_TOKEN is unset, and 401 without the right bearer token', async () => {
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
    process.env.METRICS_TOKEN = TOKEN;
    resetEnvCache();
    const missing = await scrape();
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await missing.text()).not.toContain('pm_');
    for (const wrong of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN, 'Bearer ']) {
      expect((await scrape(wrong)).status, wrong).toBe(401);
    }
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(200);
  });

  it('after a generation and a publish, exposes the generation, model, job, site, webhook and rate-limit series', async () => {
    process.env.METRICS_TOKEN = TOKEN;
    resetEnvCache();
    const broken = await startFakeOpenAI({ fault: { kind: 'http500' } });
    const good = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(broken, good);

    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Metrics ${user.id.slice(0, 6)}` });
    const deps = {
      chain: [
        { kind: 'vllm' as const, baseURL: broken.url, model: 'broken-model' },
        { kind: 'vllm' as const, baseURL: good.url, model: 'fake-model' },
        { kind: 'offline' as const },
      ],
      offline: fakeOfflineComposer(),
      offlineStepDelayMs: 0,
    };
    let isDone = false;
    for await (const event of runSiteGeneration(
      user.claims,
      { projectId: project.id, prompt: 'A vegan bakery in Lisbon with cakes to order', locales: ['en'] },
      deps,
    )) {
      if (event.type === 'error') throw new Error(JSON.stringify(event.error));
      if (event.type === 'done') isDone = true;
    }
    expect(isDone).toBe(true);

    await requestPublish(user.claims, { projectId: project.id });
    await runJobs();
    forgetSiteHost(project.slug);
    const host = `${project.slug}.sites.test`;
    const answer = await serveSiteFile({ host, path: '/', method: 'GET', acceptEncoding: null, ifNoneMatch: null, isHttps: false });
    expect(answer.status).toBe(200);
    // What the site server and the site-host route do with every answer they send.
    recordSiteRequest({
      host,
      path: '/',
      method: 'GET',
      status: answer.status,
      headers: answer.headers,
      bytes: answer.body?.byteLength ?? 0,
      country: countryOf(null, null),
      fetchDest: null,
    });

    // A webhook (Stripe is not configured here: refused) and a rate-limit refusal.
    expect((await stripeWebhook(new Request('http://app.test/api/webhooks/stripe', { method: 'POST', body: '{}' }))).status).toBe(404);
    const rule = { limit: 1, windowSeconds: 60 };
    await enforceRateLimit('metricsTest', user.id, rule);
    await expect(enforceRateLimit('metricsTest', user.id, rule)).rejects.toMatchObject({ code: 'RATE_LIMITED' });

    const families = await exposition();
    // Generation latency: to the first section and to the end.
    expect(total(families, 'pm_generation_first_content_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(total(families, 'pm_generation_duration_seconds_count', { outcome: 'succeeded' })).toBeGreaterThanOrEqual(1);
    // Model calls by model: first content, complete, tokens, and the fallback from the broken one.
    expect(total(families, 'pm_ai_first_content_seconds_count', { model: 'fake-model' })).toBeGreaterThanOrEqual(1);
    expect(total(families, 'pm_ai_call_duration_seconds_count', { model: 'fake-model', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(total(families, 'pm_ai_call_duration_seconds_count', { model: 'broken-model', outcome: 'server-error' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(total(families, 'pm_ai_tokens_total', { model: 'fake-model', direction: 'output' })).toBeGreaterThan(0);
    expect(total(families, 'pm_ai_tokens_total', { model: 'fake-model', direction: 'input' })).toBeGreaterThan(0);
    expect(total(families, 'pm_ai_fallbacks_total', { model: 'broken-model', reason: 'server-error' })).toBeGreaterThanOrEqual(1);
    // The publish ran as a job: its steps and its run counted, none failed.
    const publishSteps = samplesOf(families, 'pm_job_steps_total', { outcome: 'ok' }).filter((s) => s.labels.job_name?.includes('publish'));
    expect(publishSteps.length).toBeGreaterThan(0);
    expect(total(families, 'pm_job_runs_total', { outcome: 'completed' })).toBeGreaterThanOrEqual(1);
    expect(samplesOf(families, 'pm_job_step_duration_seconds_count').length).toBeGreaterThan(0);
    // Queue depth and lag are gauges: present on every scrape.
    expect(families.get('pm_job_queue_depth')?.type).toBe('gauge');
    expect(families.get('pm_job_queue_lag_seconds')?.type).toBe('gauge');
    // The published site's request and its bytes.
    expect(total(families, 'pm_site_requests_total', { status: '2xx' })).toBeGreaterThanOrEqual(1);
    expect(total(families, 'pm_site_response_bytes_total')).toBeGreaterThanOrEqual(answer.body?.byteLength ?? 1);
    expect(total(families, 'pm_webhooks_total', { provider: 'stripe', outcome: 'refused' })).toBeGreaterThanOrEqual(1);
    expect(total(families, 'pm_rate_limit_refusals_total', { rule: 'metricsTest' })).toBe(1);
    // Every family declares its type; the histograms have their +Inf bucket.
    expect(families.get('pm_http_request_duration_seconds')?.type).toBe('histogram');
    expect(families.get('pm_server_actions_total')?.type).toBe('counter');
    for (const sample of samplesOf(families, 'pm_ai_call_duration_seconds_bucket', { model: 'fake-model', outcome: 'ok' }))
      expect(sample.labels.le).toBeDefined();
    expect(samplesOf(families, 'pm_ai_call_duration_seconds_bucket', { model: 'fake-model', outcome: 'ok', le: '+Inf' })).toHaveLength(1);
  });
});
