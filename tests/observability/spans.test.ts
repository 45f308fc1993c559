import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-node';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { traceExportProcessors } from '@/lib/telemetry/start-request-telemetry';
import { engineResponder } from '@/modules/generate/engine/test-helpers/engine-responder';
import { fakeOfflineComposer } from '@/modules/generate/engine/test-helpers/fake-offline-composer';
import { runSiteGeneration } from '@/modules/generate/run-site-generation';
import { requestPublish } from '@/modules/host/request-publish';
import { createProject } from '@/modules/projects/create-project';
import { startFakeOpenAI, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Issue 37, point 3: a generation is one trace whose plan and section calls are child spans of the
// generation's span (and its model-call records carry that trace id); a publish shows its build,
// store and activate spans inside the job's steps. Spans are caught by an in-memory exporter; the
// OTLP export is checked against a local HTTP server speaking the collector's endpoint.

const exporter = new InMemorySpanExporter();
let handle: DbHandle;
const servers: FakeOpenAIServer[] = [];

beforeAll(async () => {
  process.env.ROOT_DOMAIN = 'sites.test';
  process.env.APP_URL = 'http://app.test';
  resetEnvCache();
  new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).register();
  handle = await createTestDb();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
  setRateLimiterForTests(createMemoryLimiter());
});
afterAll(async () => {
  trace.disable();
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await handle.close();
});

const parentOf = (span: ReadableSpan): string | undefined =>
  (span as ReadableSpan & { parentSpanContext?: { spanId: string } }).parentSpanContext?.spanId;
const named = (name: string) => exporter.getFinishedSpans().filter((span) => span.name === name);

describe('spans', () => {
  it('a generation shows its plan and each section call as child spans, in the trace its AI-call records name', async () => {
    const good = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(good);
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Spans ${user.id.slice(0, 6)}` });
    exporter.reset();
    for await (const event of runSiteGeneration(
      user.claims,
      { projectId: project.id, prompt: 'A vegan bakery in Lisbon with cakes to order', locales: ['en'] },
      {
        chain: [{ kind: 'vllm', baseURL: good.url, model: 'fake-model' }, { kind: 'offline' }],
        offline: fakeOfflineComposer(),
        offlineStepDelayMs: 0,
      },
    )) {
      if (event.type === 'error') throw new Error(JSON.stringify(event.error));
    }

    const [generation] = named('generation');
    expect(generation, 'the generation span').toBeDefined();
    const { traceId, spanId } = generation!.spanContext();
    expect(generation!.attributes['pm.project.id']).toBe(project.id);
    const children = exporter.getFinishedSpans().filter((span) => parentOf(span) === spanId);
    const plan = children.filter((span) => span.name === 'ai.site-plan');
    const sections = children.filter((span) => span.name === 'ai.site-section');
    expect(plan).toHaveLength(1);
    expect(sections.length).toBeGreaterThanOrEqual(2);
    for (const span of [...plan, ...sections]) {
      expect(span.spanContext().traceId).toBe(traceId);
      expect(span.attributes['gen_ai.request.model']).toBe('fake-model');
      expect(span.attributes['gen_ai.usage.output_tokens']).toBeGreaterThan(0);
    }
    const recorded = await handle.executor.query<{ trace_id: string }>(
      'select distinct trace_id from public.ai_calls where project_id = $1',
      [project.id],
    );
    expect(recorded).toEqual([{ trace_id: traceId }]);
  });

  it('a publish shows build, store and activate spans inside its job steps', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Publish spans ${user.id.slice(0, 6)}` });
    for await (const event of runSiteGeneration(
      user.claims,
      { projectId: project.id, prompt: 'A bike repair shop in Porto', locales: ['en'] },
      { chain: [{ kind: 'offline' }], offline: fakeOfflineComposer(), offlineStepDelayMs: 0 },
    )) {
      if (event.type === 'error') throw new Error(JSON.stringify(event.error));
    }
    exporter.reset();
    await requestPublish(user.claims, { projectId: project.id });
    await runJobs();

    const [build] = named('publish.build');
    const [store] = named('publish.store');
    const [activate] = named('publish.activate');
    expect(build && store && activate, 'build, store and activate spans').toBeTruthy();
    for (const span of [build!, store!, activate!]) expect(span.attributes['pm.project.id']).toBe(project.id);
    expect(activate!.attributes['pm.publish.live']).toBe(true);
    // Build, store, check and activate run in one job step: build and store are children of its span.
    const step = exporter.getFinishedSpans().find((span) => span.spanContext().spanId === parentOf(build!));
    expect(step?.name).toMatch(/· publish$/);
    expect(parentOf(store!)).toBe(step!.spanContext().spanId);
    expect(named('publish.check')).toHaveLength(1);
    // One span per executed step (the job's own), not a second one from the embedded engine.
    expect(exporter.getFinishedSpans().filter((span) => span.name.endsWith(' publish'))).toHaveLength(1);
    expect(exporter.getFinishedSpans().filter((span) => span.name.endsWith(' notify'))).toHaveLength(1);
  });

  it('exports spans over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and not otherwise', async () => {
    expect(traceExportProcessors({})).toEqual([]);
    const received: { path: string; body: string }[] = [];
    const collector: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = endpoint;
    try {
      const provider = new BasicTracerProvider({ spanProcessors: traceExportProcessors({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint }) });
      provider.getTracer('test').startSpan('exported-span').end();
      await provider.forceFlush();
      await provider.shutdown();
    } finally {
      delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
      await new Promise<void>((resolve) => collector.close(() => resolve()));
    }
    expect(received.map((r) => r.path)).toContain('/v1/traces');
    expect(received.map((r) => r.body).join('')).toContain('exported-span');
  });
});
