import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { InngestTestEngine } from '@inngest/test';
import { eventType, NonRetriableError } from 'inngest';
import { z } from 'zod';
import type { DbHandle } from '@/lib/db/client';
import { defineCronJob, defineJob } from '@/lib/jobs/define-job';
import { EmbeddedEngine } from '@/lib/jobs/embedded/engine';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { inngestFailureHandler, toInngestFunction } from '@/lib/jobs/inngest-adapter';
import { jobRuns } from '@/lib/jobs/schema';
import type { StepTools } from '@/lib/jobs/types';
import { jobs } from '~inngest/functions';
import { createTestDb } from '@tests/helpers/test-db';

// One job definition, two adapters. The same job runs on Inngest's own execution engine
// (@inngest/test runs the real SDK in-process) and on the embedded engine, and must give the same
// result; the flow control Inngest enforces on its side (retries, concurrency, throttle,
// idempotency, cron) must be exactly what the definition says.

const greeting = eventType('test/greeting', { schema: z.object({ name: z.string() }) });
const forwarded = eventType('test/greeting.forwarded', { schema: z.object({ name: z.string() }) });

const contractJob = defineJob(
  { id: 'contract', trigger: greeting, retries: 2, concurrency: { limit: 1, key: 'event.data.name' } },
  async ({ event, step }) => {
    // JSON values only: @inngest/test hands a step's raw value to the rest of the handler, where
    // Inngest itself (and the embedded engine, see embedded-engine.test.ts) hands back its JSON.
    const a = await step.run('a', async () => ({ upper: event.data.name.toUpperCase(), at: new Date(0).toISOString() }));
    await step.sleep('nap', '1h');
    const b = await step.run('b', async () => `${a.upper} at ${a.at}`);
    const sent = await step.sendEvent('forward', eventOf(forwarded, { name: a.upper }));
    return { b, sentCount: sent.ids.length };
  },
);

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('the same job on both adapters', () => {
  it('returns the same result: memoised JSON step results, a sleep, an event sent', async () => {
    const t = new InngestTestEngine({ function: toInngestFunction(contractJob) });
    const viaInngest = await t.execute({
      events: [{ name: 'test/greeting', data: { name: 'ana' } }],
      // Inngest would wait an hour and call the event API; the test engine lets us stand in for both.
      steps: [
        { id: 'nap', handler: () => null },
        { id: 'forward', handler: () => ({ ids: ['evt_1'] }) },
      ],
    });
    expect(viaInngest.error).toBeUndefined();

    let offset = 0;
    const engine = new EmbeddedEngine([contractJob], { db: handle.db, now: () => new Date(Date.now() + offset) });
    await enqueueEvents(handle.db, [eventOf(greeting, { name: 'ana' })]);
    await engine.drain();
    offset += 3_600_000 + 1000;
    await engine.drain();
    const [run] = await handle.db.select().from(jobRuns).where(eq(jobRuns.functionId, 'contract'));

    expect(viaInngest.result).toEqual({ b: 'ANA at 1970-01-01T00:00:00.000Z', sentCount: 1 });
    expect(run!.output).toEqual(viaInngest.result);
  });

  it('validates the event against the catalog schema on both', async () => {
    const t = new InngestTestEngine({ function: toInngestFunction(contractJob) });
    const bad = await t.execute({ events: [{ name: 'test/greeting', data: { name: 42 } }] });
    expect(bad.error).toBeDefined();
  });

  it('a NonRetriableError fails the Inngest run at once, like the embedded one', async () => {
    const job = defineJob({ id: 'non-retriable', trigger: greeting }, async ({ step }) =>
      step.run('fail', async () => {
        throw new NonRetriableError('bad input');
      }),
    );
    const t = new InngestTestEngine({ function: toInngestFunction(job) });
    const out = await t.execute({ events: [{ name: 'test/greeting', data: { name: 'x' } }] });
    expect(String((out.error as Error | undefined)?.message)).toContain('bad input');
  });

  it('hands the failure handler the original event, validated, and the error, serialized', async () => {
    const seen: unknown[] = [];
    const job = defineJob(
      {
        id: 'with-failure',
        trigger: greeting,
        onFailure: async ({ event, error, runId }) => seen.push({ name: event.data.name, error, runId }),
      },
      async () => null,
    );
    const handler = inngestFailureHandler(job);
    const step: StepTools = {
      run: async () => {
        throw new Error('not used');
      },
      sleep: async () => {},
      sleepUntil: async () => {},
      sendEvent: async () => ({ ids: [] }),
    };
    await handler({
      event: { data: { event: { name: 'test/greeting', data: { name: 'bia' } } } },
      error: Object.assign(new Error('boom'), { name: 'AppError', code: 'UNAVAILABLE' }),
      step,
      runId: 'run_1',
    });
    expect(seen).toEqual([
      { name: 'bia', error: expect.objectContaining({ name: 'AppError', code: 'UNAVAILABLE', message: 'boom' }), runId: 'run_1' },
    ]);
  });
});

describe('flow control registered with Inngest', () => {
  it('carries the definition’s retries, concurrency, throttle, idempotency and triggers', () => {
    const job = defineJob(
      {
        id: 'flow',
        trigger: greeting,
        retries: 5,
        concurrency: [
          { limit: 1, key: 'event.data.name' },
          { limit: 3, key: '"lighthouse"', scope: 'env' },
        ],
        throttle: { limit: 10, period: '1m', key: 'event.data.name', burst: 2 },
        idempotency: 'event.data.name',
      },
      async () => null,
    );
    const fn = toInngestFunction(job);
    expect(fn.opts).toMatchObject({
      id: 'flow',
      retries: 5,
      concurrency: [
        { limit: 1, key: 'event.data.name' },
        { limit: 3, key: '"lighthouse"', scope: 'env' },
      ],
      throttle: { limit: 10, period: '1m', key: 'event.data.name', burst: 2 },
      idempotency: 'event.data.name',
      triggers: [{ event: 'test/greeting' }],
    });
    const cron = toInngestFunction(defineCronJob({ id: 'nightly', cron: 'TZ=America/Sao_Paulo 0 3 * * *' }, async () => null));
    expect(cron.opts.triggers).toEqual([{ cron: 'TZ=America/Sao_Paulo 0 3 * * *' }]);
  });

  it('every job of the app registers with Inngest under its own id', () => {
    const ids = jobs.map((job) => toInngestFunction(job).opts.id);
    expect(new Set(ids).size).toBe(jobs.length);
    expect(ids).toContain('publish-site');
  });

  it('refuses at start-up what only one adapter would understand', () => {
    expect(() =>
      defineJob({ id: 'bad-key', trigger: greeting, concurrency: { limit: 1, key: 'event.data.name.size()' } }, async () => null),
    ).toThrow(/Unsupported key expression/);
    expect(() => defineCronJob({ id: 'bad-cron', cron: '*/5 * * *' }, async () => null)).toThrow(/five fields/);
    expect(() => defineCronJob({ id: 'bad-tz', cron: 'TZ=Mars/Olympus 0 3 * * *' }, async () => null)).toThrow();
  });
});
