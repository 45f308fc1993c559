import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { eventType, NonRetriableError, RetryAfterError } from 'inngest';
import { z } from 'zod';
import type { DbHandle } from '@/lib/db/client';
import { defineCronJob, defineJob } from '@/lib/jobs/define-job';
import { claimRuns } from '@/lib/jobs/embedded/claim-runs';
import { EmbeddedEngine } from '@/lib/jobs/embedded/engine';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { jobEvents, jobRuns, jobSchedules, jobSteps } from '@/lib/jobs/schema';
import type { Job } from '@/lib/jobs/types';
import postgres from 'postgres';
import { createTestDb } from '@tests/helpers/test-db';
import { raceIt } from '@tests/helpers/race';

// The embedded engine against a real database (PostgreSQL in CI, PGlite otherwise), with a clock
// the tests move forward instead of waiting. Each test uses its own event names.

let handle: DbHandle & { url?: string };
let offsetMs = 0;
const now = () => new Date(Date.now() + offsetMs);
const advance = (ms: number) => {
  offsetMs += ms;
};
let unique = 0;

beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});
beforeEach(() => {
  offsetMs = 0;
  unique++;
});

const payload = z.object({ key: z.string(), n: z.number().optional() });
function testEvent(label: string) {
  return eventType(`test/${label}-${unique}`, { schema: payload });
}
function engineFor(jobs: Job[], options: ConstructorParameters<typeof EmbeddedEngine>[1] = {}) {
  return new EmbeddedEngine(jobs, { db: handle.db, now, backoffMs: () => 1000, leaseMs: 60_000, ...options });
}
async function send(...events: ReturnType<typeof eventOf>[]) {
  return enqueueEvents(handle.db, events);
}
async function runsOf(functionId: string) {
  return handle.db.select().from(jobRuns).where(eq(jobRuns.functionId, functionId)).orderBy(jobRuns.createdAt);
}

describe('steps and retries', () => {
  it('memoises each step: a retry re-runs only the step that failed, with the attempt number', async () => {
    const ev = testEvent('memo');
    const calls: string[] = [];
    let failuresLeft = 2;
    const job = defineJob({ id: `memo-${unique}`, trigger: ev, retries: 3 }, async ({ event, step, attempt }) => {
      const a = await step.run('a', async () => {
        calls.push('a');
        return { value: event.data.key, at: new Date(0) };
      });
      const b = await step.run('b', async () => {
        calls.push(`b@${attempt}`);
        if (failuresLeft-- > 0) throw new Error('flaky');
        return a.value.toUpperCase();
      });
      return { a, b };
    });
    const engine = engineFor([job]);
    await send(eventOf(ev, { key: 'x' }));
    await engine.drain();
    let [run] = await runsOf(job.id);
    expect(run).toMatchObject({ status: 'queued', attempt: 1 });
    advance(1000);
    await engine.drain();
    advance(1000);
    await engine.drain();
    [run] = await runsOf(job.id);
    expect(run!.status).toBe('succeeded');
    // A Date came back as its JSON string, exactly as Inngest memoises it.
    expect(run!.output).toEqual({ a: { value: 'x', at: '1970-01-01T00:00:00.000Z' }, b: 'X' });
    expect(calls).toEqual(['a', 'b@0', 'b@1', 'b@2']);
    const steps = await handle.db.select().from(jobSteps).where(eq(jobSteps.runId, run!.id));
    expect(steps.find((s) => s.stepId === 'b')).toMatchObject({ status: 'completed', attempts: 3 });
  });

  it('a step that exhausts its retries throws a StepError the handler can catch', async () => {
    const ev = testEvent('exhaust');
    const job = defineJob({ id: `exhaust-${unique}`, trigger: ev, retries: 1 }, async ({ step }) => {
      try {
        await step.run('always-fails', async () => {
          throw new Error('nope');
        });
      } catch (err) {
        return { caught: err instanceof Error ? `${err.name}:${err.message}` : 'other' };
      }
      return { caught: false };
    });
    const engine = engineFor([job]);
    await send(eventOf(ev, { key: 'x' }));
    await engine.drain();
    advance(1000);
    await engine.drain();
    const [run] = await runsOf(job.id);
    expect(run).toMatchObject({ status: 'succeeded', output: { caught: 'Error:nope' } });
  });

  it('fails for good after the retries, then runs the failure handler once with the original event', async () => {
    const ev = testEvent('fail');
    const seen: unknown[] = [];
    const job = defineJob(
      {
        id: `fail-${unique}`,
        trigger: ev,
        retries: 2,
        onFailure: async ({ event, error, step }) => {
          await step.run('record', async () => seen.push({ key: event.data.key, message: error.message }));
        },
      },
      async ({ step }) => {
        await step.run('boom', async () => {
          throw new Error('broken for good');
        });
      },
    );
    const engine = engineFor([job]);
    await send(eventOf(ev, { key: 'k1' }));
    for (let i = 0; i < 4; i++) {
      await engine.drain();
      advance(1000);
    }
    const runs = await runsOf(job.id);
    expect(runs.map((r) => [r.kind, r.status])).toEqual([
      ['main', 'failed'],
      ['failure', 'succeeded'],
    ]);
    expect(runs[0]!.error).toMatchObject({ message: 'broken for good' });
    expect(runs[1]!.failureOf).toBe(runs[0]!.id);
    expect(seen).toEqual([{ key: 'k1', message: 'broken for good' }]);
  });

  it('does not retry a NonRetriableError; honours RetryAfterError; retries errors outside steps', async () => {
    const ev = testEvent('kinds');
    const attempts: Record<string, number> = {};
    const job = defineJob({ id: `kinds-${unique}`, trigger: ev, retries: 3 }, async ({ event, step, attempt }) => {
      attempts[event.data.key] = attempt;
      if (event.data.key === 'non-retriable') await step.run('s', async () => Promise.reject(new NonRetriableError('bad input')));
      if (event.data.key === 'retry-after') {
        await step.run('s', async () => {
          if (attempt === 0) throw new RetryAfterError('busy', 30_000);
          return 'ok';
        });
      }
      if (event.data.key === 'outside' && attempt < 2) throw new Error('between steps');
      return attempt;
    });
    const engine = engineFor([job]);
    await send(eventOf(ev, { key: 'non-retriable' }), eventOf(ev, { key: 'retry-after' }), eventOf(ev, { key: 'outside' }));
    await engine.drain();
    const byKey = async () =>
      Object.fromEntries(
        (await runsOf(job.id)).map((r) => [(r.eventData as { key: string }).key, { status: r.status, attempt: r.attempt, runAt: r.runAt }]),
      );
    let state = await byKey();
    expect(state['non-retriable']).toMatchObject({ status: 'failed', attempt: 0 });
    expect(state['retry-after']!.status).toBe('queued');
    expect(state['retry-after']!.runAt.getTime() - now().getTime()).toBeGreaterThan(25_000);
    expect(state['outside']).toMatchObject({ status: 'queued', attempt: 1 });
    advance(31_000);
    await engine.drain();
    advance(1000);
    await engine.drain();
    state = await byKey();
    expect(state['retry-after']!.status).toBe('succeeded');
    expect(state['outside']).toMatchObject({ status: 'succeeded', attempt: 2 });
  });

  it('gives a step id used twice in one run its own memo (":1"), like Inngest', async () => {
    const ev = testEvent('loop');
    const job = defineJob({ id: `loop-${unique}`, trigger: ev }, async ({ step }) => {
      const out: number[] = [];
      for (let i = 0; i < 3; i++) out.push(await step.run('item', async () => i * 10));
      return out;
    });
    const engine = engineFor([job]);
    await send(eventOf(ev, { key: 'x' }));
    await engine.drain();
    const [run] = await runsOf(job.id);
    expect(run!.output).toEqual([0, 10, 20]);
    const steps = await handle.db.select({ id: jobSteps.stepId }).from(jobSteps).where(eq(jobSteps.runId, run!.id));
    expect(steps.map((s) => s.id).sort()).toEqual(['item', 'item:1', 'item:2']);
  });
});

describe('sleeps and events', () => {
  it('sleeps durably: nothing runs until the time comes, and the steps before are not repeated', async () => {
    const ev = testEvent('sleep');
    const calls: string[] = [];
    const job = defineJob({ id: `sleep-${unique}`, trigger: ev }, async ({ step }) => {
      await step.run('before', async () => calls.push('before'));
      await step.sleep('nap', '1h');
      await step.run('after', async () => calls.push('after'));
      await step.sleepUntil('until', new Date(now().getTime() + 60_000).toISOString());
      return 'done';
    });
    const engine = engineFor([job]);
    await send(eventOf(ev, { key: 'x' }));
    await engine.drain();
    let [run] = await runsOf(job.id);
    expect(run!.status).toBe('sleeping');
    expect(Math.round((run!.runAt.getTime() - now().getTime()) / 60_000)).toBe(60);
    advance(59 * 60_000);
    await engine.drain();
    expect(calls).toEqual(['before']);
    advance(2 * 60_000);
    await engine.drain();
    [run] = await runsOf(job.id);
    expect(run!.status).toBe('sleeping');
    advance(61_000);
    await engine.drain();
    [run] = await runsOf(job.id);
    expect(run!.status).toBe('succeeded');
    expect(calls).toEqual(['before', 'after']);
  });

  it('step.sendEvent triggers other jobs once, even when the run is retried afterwards', async () => {
    const first = testEvent('chain-a');
    const second = testEvent('chain-b');
    let failOnce = true;
    const received: string[] = [];
    const a = defineJob({ id: `chain-a-${unique}`, trigger: first }, async ({ event, step }) => {
      await step.sendEvent('forward', eventOf(second, { key: `${event.data.key}!` }));
      await step.run('then-fail-once', async () => {
        if (failOnce) {
          failOnce = false;
          throw new Error('once');
        }
      });
    });
    const b = defineJob({ id: `chain-b-${unique}`, trigger: second }, async ({ event, step }) => {
      await step.run('receive', async () => received.push(event.data.key));
    });
    const engine = engineFor([a, b]);
    await send(eventOf(first, { key: 'hello' }));
    await engine.drain();
    advance(1000);
    await engine.drain();
    expect(received).toEqual(['hello!']);
    expect((await runsOf(a.id))[0]!.status).toBe('succeeded');
  });

  it('an event id seen in the last 24 hours is a duplicate; a later one is new', async () => {
    const ev = testEvent('dedupe');
    const job = defineJob({ id: `dedupe-${unique}`, trigger: ev }, async () => 'ok');
    const engine = engineFor([job]);
    const id = `same-${unique}`;
    expect(await send(eventOf(ev, { key: 'a' }, { id }))).toHaveLength(1);
    expect(await send(eventOf(ev, { key: 'b' }, { id }))).toHaveLength(0);
    await engine.drain();
    expect(await runsOf(job.id)).toHaveLength(1);
    await handle.db.execute(sql`update public.job_dedupe set expires_at = now() - interval '1 second' where key = ${id}`);
    expect(await send(eventOf(ev, { key: 'c' }, { id }))).toHaveLength(1);
  });

  it('a function idempotency key lets one run through per key', async () => {
    const ev = testEvent('idem');
    const job = defineJob({ id: `idem-${unique}`, trigger: ev, idempotency: 'event.data.key' }, async ({ event }) => event.data.n);
    const engine = engineFor([job]);
    await send(eventOf(ev, { key: 'a', n: 1 }), eventOf(ev, { key: 'a', n: 2 }), eventOf(ev, { key: 'b', n: 3 }));
    await engine.drain();
    const runs = await runsOf(job.id);
    expect(runs.map((r) => r.output).sort()).toEqual([1, 3]);
  });

  it('an invalid payload is refused where it is sent, and a forged one fails the run without retries', async () => {
    const ev = testEvent('invalid');
    const job = defineJob({ id: `invalid-${unique}`, trigger: ev, retries: 3 }, async ({ event }) => event.data.key);
    expect(() => eventOf(ev, { key: 42 } as unknown as { key: string })).toThrow();
    // Written past the catalog (as a hostile insert would be): the job re-validates.
    await handle.db.insert(jobEvents).values({ name: ev.name, data: { key: 42 } });
    const engine = engineFor([job]);
    await engine.drain();
    const [run] = await runsOf(job.id);
    expect(run!.status).not.toBe('succeeded');
  });

  it('an event recorded in the same millisecond as the tick is dispatched by that tick', async () => {
    const ev = testEvent('same-ms');
    const job = defineJob({ id: `same-ms-${unique}`, trigger: ev }, async () => 'ok');
    const [id] = await send(eventOf(ev, { key: 'a' }));
    // The database stamps microseconds; the engine's clock has milliseconds.
    await handle.db.execute(sql`update public.job_events set next_attempt_at = '2031-05-04T03:02:01.123456Z' where id = ${id}::uuid`);
    const engine = engineFor([job], { now: () => new Date('2031-05-04T03:02:01.123Z') });
    expect(await engine.dispatchEvents()).toBe(1);
  });
});

describe('flow control', () => {
  it('concurrency by key: runs of one key never overlap, other keys run alongside', async () => {
    const ev = testEvent('conc');
    let running: Record<string, number> = {};
    const peaks: Record<string, number> = {};
    let overall = 0;
    let overallPeak = 0;
    const job = defineJob(
      { id: `conc-${unique}`, trigger: ev, concurrency: { limit: 1, key: 'event.data.key' } },
      async ({ event, step }) => {
        await step.run('work', async () => {
          const k = event.data.key;
          running = { ...running, [k]: (running[k] ?? 0) + 1 };
          overall++;
          peaks[k] = Math.max(peaks[k] ?? 0, running[k]!);
          overallPeak = Math.max(overallPeak, overall);
          await new Promise((r) => setTimeout(r, 40));
          running = { ...running, [k]: running[k]! - 1 };
          overall--;
        });
      },
    );
    const engine = engineFor([job], { capacity: 8 });
    await send(...['h1', 'h1', 'h1', 'h2', 'h2', 'h3'].map((key) => eventOf(ev, { key })));
    await engine.drain();
    expect(peaks).toEqual({ h1: 1, h2: 1, h3: 1 });
    expect(overallPeak).toBeGreaterThan(1);
    expect((await runsOf(job.id)).every((r) => r.status === 'succeeded')).toBe(true);
  });

  // A second worker that examined the oldest run of a full group holds that run's row lock until
  // its transaction ends; a claimer that skipped it used to start the group's next run first (the
  // analyzer queue's order test failed on CI that way). Needs two connections: PostgreSQL only.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'while another worker holds a group, a claimer waits for it and then takes the oldest run, never the next one',
    async () => {
      const ev = testEvent('fair');
      const job = defineJob({ id: `fair-${unique}`, trigger: ev, concurrency: { limit: 1, key: 'event.data.key' } }, async () => 'ok');
      const engine = engineFor([job]);
      // Three runs of one group, a millisecond apart: their order is the order they must start in.
      for (let i = 0; i < 3; i++) {
        await send(eventOf(ev, { key: 'a' }));
        await engine.dispatchEvents();
        advance(5);
      }
      const [oldest, next] = await runsOf(job.id);
      const other = postgres(handle.url!, { max: 2, onnotice: () => {} });
      try {
        let releaseOther = () => {};
        const otherHolds = new Promise<void>((resolve) => (releaseOther = resolve));
        let otherReady = () => {};
        const ready = new Promise<void>((resolve) => (otherReady = resolve));
        // The other worker, as it examines the oldest run: the group's lock, then the run's row.
        const otherTx = other.begin(async (sqlTx) => {
          await sqlTx`select pg_advisory_xact_lock(hashtext(${`pm-jobs:${oldest!.concurrencyKeys[0]}`}))`;
          await sqlTx`select id from public.job_runs where id = ${oldest!.id} for update`;
          otherReady();
          await otherHolds;
        });
        await ready;
        const claiming = claimRuns(handle.db, new Map([[job.id, job]]), { owner: 'fair', capacity: 1, leaseMs: 60_000, now: now() });
        // Let the other worker go only once this claimer waits on a lock (polled, not slept).
        for (;;) {
          const [{ waiting }] = await other.unsafe<{ waiting: number }[]>(
            `select count(*)::int as waiting from pg_locks l join pg_database d on d.oid = l.database where not l.granted and d.datname = current_database()`,
          );
          if (waiting > 0) break;
          await new Promise((resolve) => setImmediate(resolve));
        }
        releaseOther();
        await otherTx;
        const claimed = await claiming;
        expect(claimed.map((run) => run.id)).toEqual([oldest!.id]);
        expect(claimed.map((run) => run.id)).not.toContain(next!.id);
      } finally {
        await other.end();
      }
    },
  );

  // The group's running run finished while one pass examined the group's waiting runs: the oldest
  // was found full, and the next one took the freed slot (the analyzer queue's order test failed
  // that way under load). A group found full stays full for the rest of the pass.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'a slot that frees during a pass goes to the group’s oldest waiting run, never a younger one in the same pass',
    async () => {
      const ev = testEvent('freed');
      const job = defineJob({ id: `freed-${unique}`, trigger: ev, concurrency: { limit: 1, key: 'event.data.key' } }, async () => 'ok');
      const engine = engineFor([job]);
      for (let i = 0; i < 3; i++) {
        await send(eventOf(ev, { key: 'a' }));
        await engine.dispatchEvents();
        advance(5);
      }
      const [running, oldest, younger] = await runsOf(job.id);
      await handle.db
        .update(jobRuns)
        .set({ status: 'running', leaseOwner: 'other', leaseUntil: new Date(now().getTime() + 60_000) })
        .where(eq(jobRuns.id, running!.id));
      // The running run finishes (on another connection) right before the pass checks the second
      // candidate's group: the moment the race needs, made certain.
      let groupChecks = 0;
      const db = {
        transaction: (work: (tx: unknown) => Promise<unknown>) =>
          handle.db.transaction((tx) =>
            work(
              new Proxy(tx, {
                get(target, property) {
                  if (property === 'execute')
                    return async (query: Parameters<typeof tx.execute>[0]) => {
                      if (++groupChecks === 2)
                        await handle.db.update(jobRuns).set({ status: 'succeeded', leaseOwner: null }).where(eq(jobRuns.id, running!.id));
                      return target.execute(query);
                    };
                  const value: unknown = Reflect.get(target, property);
                  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
                },
              }),
            ),
          ),
      } as unknown as typeof handle.db;
      const first = await claimRuns(db, new Map([[job.id, job]]), { owner: 'pass', capacity: 2, leaseMs: 60_000, now: now() });
      expect(groupChecks).toBeGreaterThanOrEqual(1);
      expect(first.map((run) => run.id)).not.toContain(younger!.id);
      // The next pass, the running run done, starts the oldest.
      await handle.db.update(jobRuns).set({ status: 'succeeded', leaseOwner: null }).where(eq(jobRuns.id, running!.id));
      const second = await claimRuns(handle.db, new Map([[job.id, job]]), { owner: 'pass', capacity: 2, leaseMs: 60_000, now: now() });
      expect([...first, ...second].map((run) => run.id)).toEqual([oldest!.id]);
    },
  );

  it('an env-scoped key is one limit across functions (e.g. all Lighthouse runs)', async () => {
    const ev = testEvent('shared');
    let active = 0;
    let peak = 0;
    const body = async ({ step }: { step: { run: (id: string, fn: () => Promise<void>) => Promise<unknown> } }) => {
      await step.run('work', async () => {
        peak = Math.max(peak, ++active);
        await new Promise((r) => setTimeout(r, 30));
        active--;
      });
    };
    const limit = { limit: 2, key: `"lighthouse-${unique}"`, scope: 'env' as const };
    const one = defineJob({ id: `shared-a-${unique}`, trigger: ev, concurrency: limit }, body);
    const two = defineJob({ id: `shared-b-${unique}`, trigger: ev, concurrency: limit }, body);
    const engine = engineFor([one, two], { capacity: 8 });
    await send(eventOf(ev, { key: '1' }), eventOf(ev, { key: '2' }), eventOf(ev, { key: '3' }));
    await engine.drain();
    expect(peak).toBe(2);
  });

  it('throttle spaces run starts over the period (delayed, never dropped)', async () => {
    const ev = testEvent('throttle');
    const job = defineJob({ id: `throttle-${unique}`, trigger: ev, throttle: { limit: 1, period: '1m' } }, async () => 'ok');
    const engine = engineFor([job]);
    await send(eventOf(ev, { key: 'a' }), eventOf(ev, { key: 'b' }), eventOf(ev, { key: 'c' }));
    await engine.drain();
    const countDone = async () => (await runsOf(job.id)).filter((r) => r.status === 'succeeded').length;
    expect(await countDone()).toBe(1);
    advance(61_000);
    await engine.drain();
    expect(await countDone()).toBe(2);
    advance(61_000);
    await engine.drain();
    expect(await countDone()).toBe(3);
  });
});

describe('cron', () => {
  it('runs a due schedule once, however many ticks were missed, and moves it past now', async () => {
    const runs: string[] = [];
    const job = defineCronJob({ id: `cron-${unique}`, cron: '*/5 * * * *' }, async ({ event, step }) => {
      await step.run('tick', async () => runs.push(event.data.cron));
    });
    const engine = engineFor([job]);
    await engine.drain();
    const [schedule] = await handle.db.select().from(jobSchedules).where(eq(jobSchedules.functionId, job.id));
    expect(schedule!.nextAt.getTime()).toBeGreaterThan(now().getTime());
    expect(runs).toEqual([]);
    advance(60 * 60_000); // an hour down: twelve ticks missed
    await engine.drain();
    expect(runs).toEqual(['*/5 * * * *']);
    const [moved] = await handle.db.select().from(jobSchedules).where(eq(jobSchedules.functionId, job.id));
    expect(moved!.nextAt.getTime()).toBeGreaterThan(now().getTime());
    expect(moved!.nextAt.getTime() - now().getTime()).toBeLessThanOrEqual(5 * 60_000);
    await engine.drain();
    expect(runs).toHaveLength(1);
  });
});

describe('several workers on one database', () => {
  it('never run the same step twice, and a dead worker’s run resumes from its last step', async () => {
    const ev = testEvent('race');
    await handle.db.execute(sql`create table if not exists public.test_step_log (run text, step text)`);
    const job = defineJob({ id: `race-${unique}`, trigger: ev }, async ({ step, runId }) => {
      for (const s of ['one', 'two', 'three']) {
        await step.run(s, async () => {
          await handle.db.execute(sql`insert into public.test_step_log values (${runId}, ${s})`);
          await new Promise((r) => setTimeout(r, 5));
        });
      }
    });
    const workers = ['a', 'b', 'c', 'd'].map((name) => engineFor([job], { capacity: 2, owner: `worker-${name}` }));
    await send(...Array.from({ length: 24 }, (_, i) => eventOf(ev, { key: String(i) })));
    await Promise.all(workers.map((w) => w.drain()));
    const runs = await runsOf(job.id);
    expect(runs.every((r) => r.status === 'succeeded')).toBe(true);
    const [dupes] = (await handle.executor.query<{ n: number }>(
      `select count(*)::int as n from (select run, step from public.test_step_log where run = any($1) group by run, step having count(*) > 1) d`,
      [runs.map((r) => r.id)],
    )) as [{ n: number }];
    const [total] = (await handle.executor.query<{ n: number }>(`select count(*)::int as n from public.test_step_log where run = any($1)`, [
      runs.map((r) => r.id),
    ])) as [{ n: number }];
    expect(dupes.n).toBe(0);
    expect(total.n).toBe(72);
  });

  raceIt('concurrent claims never hand one run to two workers', async () => {
    const ev = testEvent('claims');
    const job = defineJob({ id: `claims-${unique}`, trigger: ev }, async () => 'ok');
    const engine = engineFor([job]);
    await send(...Array.from({ length: 40 }, (_, i) => eventOf(ev, { key: String(i) })));
    await engine.dispatchEvents();
    const jobs = new Map([[job.id, job]]);
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) => claimRuns(handle.db, jobs, { owner: `w${i}`, capacity: 5, leaseMs: 60_000, now: now() })),
    );
    const ids = claims.flat().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(20); // locking examines one run at a time: workers don't starve each other
  });

  it('takes over a run whose lease ran out, and the stale worker can record nothing', async () => {
    const ev = testEvent('lease');
    const log: string[] = [];
    let release: () => void = () => {};
    const stuck = new Promise<void>((r) => (release = r));
    // Worker A is inside "second" before the clock moves: a fixed pause lost that race at load ~15
    // (A had not started, so B ran both steps and "second" ran once).
    let reached: () => void = () => {};
    const aInSecond = new Promise<void>((r) => (reached = r));
    const job = defineJob({ id: `lease-${unique}`, trigger: ev, retries: 0 }, async ({ step }) => {
      await step.run('first', async () => log.push('first'));
      await step.run('second', async () => {
        log.push('second');
        if (log.filter((l) => l === 'second').length === 1) {
          reached();
          await stuck; // the first worker hangs here
        }
      });
      return 'done';
    });
    const a = engineFor([job], { owner: 'worker-a', leaseMs: 10_000 });
    const b = engineFor([job], { owner: 'worker-b', leaseMs: 10_000 });
    await send(eventOf(ev, { key: 'x' }));
    void a.tick(); // worker A takes the run and stalls in "second"
    await aInSecond;
    advance(11_000); // A's lease runs out (it can't renew: our clock moved past it)
    await b.drain();
    release();
    await a.idle();
    const [run] = await runsOf(job.id);
    expect(run).toMatchObject({ status: 'succeeded', output: 'done' });
    expect(log).toEqual(['first', 'second', 'second']); // "first" was memoised; only the interrupted step re-ran
  });
});

describe('admin re-run', () => {
  it('starts a failed run again as a new run for the same event', async () => {
    const ev = testEvent('rerun');
    let fail = true;
    const job = defineJob({ id: `rerun-${unique}`, trigger: ev, retries: 0, idempotency: 'event.data.key' }, async ({ step }) =>
      step.run('s', async () => {
        if (fail) throw new Error('first time');
        return 'second time';
      }),
    );
    const engine = engineFor([job]);
    await send(eventOf(ev, { key: 'k' }));
    await engine.drain();
    const [failed] = await runsOf(job.id);
    expect(failed!.status).toBe('failed');
    fail = false;
    const id = await engine.rerun(failed!.id);
    await engine.drain();
    const [again] = await handle.db.select().from(jobRuns).where(eq(jobRuns.id, id));
    expect(again).toMatchObject({ status: 'succeeded', output: 'second time', rerunOf: failed!.id });
  });
});
