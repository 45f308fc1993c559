/**
 * `npm run bench:metering`: usage recording, ingest into the outbox and the drain to Stripe, on the
 * test database (this machine's PostgreSQL when TEST_DATABASE_URL is set).
 *  - overhead: the same request (an editor autosave: one RLS transaction that saves a site version)
 *    with and without one usage event recorded after it through recordUsage (the privileged
 *    connection, a transaction of its own), interleaved in the same run; prints p50/p99 of each
 *    and what recording adds (goal: ≤ 2 ms at p99);
 *  - ingest: usage events/s through recordUsage (batches of 1,000), against the same batches
 *    inserted the way recordUsage did before (a Drizzle multi-row VALUES insert) in the same run
 *    (goal: ≥ 5,000 events/s);
 *  - drain: the backlog across many customers pushed to the Stripe stand-in rate-limited to
 *    Stripe's documented 1,000 meter events/s; prints the calls made, the drain time and the ratio
 *    to the floor (calls / distinct customer · meter · minute buckets; goal ≤ 1).
 * Sizes: --events=N and --customers=N (or METERING_BENCH_EVENTS / METERING_BENCH_CUSTOMERS);
 * defaults 50,000 events and 100 customers. The size is the documented command:
 *   npm run bench:metering -- --events=1000000 --customers=1000
 * Nothing here asserts a time; it prints what it measured and whether each goal was met.
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { recordUsage, type UsageEventInput } from '@/modules/metering/record-usage';
import { withRls } from '@/lib/db/with-rls';
import { pushUsageToStripe } from '@/modules/metering/push-usage-to-stripe';
import type { Db, DbHandle } from '@/lib/db/client';
import { usageEvents } from '@/modules/metering/schema';
import { createProject } from '@/modules/projects/create-project';
import { parseDocumentToSave } from '@/modules/drafts/parse-document-to-save';
import { siteVersions } from '@/modules/drafts/schema';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { startStripeStandIn } from '@tests/fakes/stripe/server';

export type MeteringBenchResult = {
  database: string;
  events: number;
  customers: number;
  overhead: {
    iterations: number;
    without: Percentiles;
    with: Percentiles;
    addedP99Ms: number;
    addedP50Ms: number;
  };
  ingest: { eventsPerSecond: number; seconds: number; baselineEventsPerSecond: number; baselineEvents: number };
  drain: { calls: number; accepted: number; rateLimited: number; seconds: number; floor: number; ratioToFloor: number };
};

const METRICS = ['page_generate', 'ai_token', 'container_hours', 'storage_gb'] as const;

type Percentiles = { p50: number; p99: number };

function flag(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : undefined;
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

/** The batch as recordUsage inserted it before (a multi-row VALUES list, 7 parameters a row): the ingest baseline. */
async function insertWithValuesList(db: Db, batch: readonly UsageEventInput[]): Promise<void> {
  await db
    .insert(usageEvents)
    .values(
      batch.map((e) => ({
        userId: e.userId,
        projectId: e.projectId ?? null,
        metric: e.metric,
        quantity: e.quantity,
        idempotencyKey: e.idempotencyKey,
        properties: e.properties ?? {},
        ...(e.occurredAt ? { occurredAt: e.occurredAt } : {}),
      })),
    )
    .onConflictDoNothing({ target: usageEvents.idempotencyKey })
    .returning({ id: usageEvents.id });
}

/**
 * What recording usage adds to the request that causes it: an editor autosave (one RLS
 * transaction: the next version number, the site version insert) alone, and the same request
 * followed by its usage event through recordUsage (the one TypeScript writer of usage: the
 * privileged connection, a transaction of its own), alternated so both see the same machine load.
 * (Generations record theirs inside private.finish_generation, in the request's own transaction.)
 */
async function measureRecordingOverhead(handle: DbHandle, iterations: number) {
  const owner = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(owner.claims, { name: 'Bench overhead' });
  const request = () =>
    withRls(owner.claims, async (tx) => {
      const document = parseDocumentToSave(veganBakery);
      const [{ next }] = (await tx
        .select({ next: sql<number>`coalesce(max(${siteVersions.version}), 0) + 1` })
        .from(siteVersions)
        .where(eq(siteVersions.projectId, project.id))) as [{ next: number }];
      const [row] = await tx
        .insert(siteVersions)
        .values({ projectId: project.id, version: Number(next), document, source: 'edit', createdBy: owner.id })
        .returning({ id: siteVersions.id });
      return row!;
    });
  const without: number[] = [];
  const withRecording: number[] = [];
  for (let i = -40; i < iterations * 2; i++) {
    const isRecorded = ((i % 2) + 2) % 2 === 1;
    const started = performance.now();
    const saved = await request();
    if (isRecorded) {
      await recordUsage([
        { userId: owner.id, projectId: project.id, metric: 'page_generate', quantity: 1, idempotencyKey: `bench-overhead:${saved.id}` },
      ]);
    }
    const ms = performance.now() - started;
    if (i >= 0) (isRecorded ? withRecording : without).push(ms);
  }
  const a = percentiles(without);
  const b = percentiles(withRecording);
  return { iterations, without: a, with: b, addedP99Ms: b.p99 - a.p99, addedP50Ms: b.p50 - a.p50 };
}

export async function runMeteringBench(): Promise<MeteringBenchResult> {
  const events = Number(flag('events') ?? process.env.METERING_BENCH_EVENTS ?? 50_000);
  const customers = Number(flag('customers') ?? process.env.METERING_BENCH_CUSTOMERS ?? 100);
  const handle = await createTestDb();
  const standIn = await startStripeStandIn({ meterEventsPerSecond: 1_000 });
  try {
    const stripe = createStripeClient('sk_test_bench', standIn.url, { maxNetworkRetries: 3 });
    await setupStripeCatalog(stripe);
    const ids = Array.from({ length: customers }, () => randomUUID());
    const users = JSON.stringify(ids.map((id) => ({ id, email: `bench-${id.slice(0, 8)}@bench.local` })));
    await handle.db.execute(sql`insert into auth.users (id, email, raw_user_meta_data)
      select id, email, '{}'::jsonb from jsonb_to_recordset(${users}::jsonb) as u(id uuid, email text)`);
    await handle.db.execute(
      sql`insert into public.billing_customers (user_id, stripe_customer_id) select id, 'cus_bench_' || id from public.user_profiles`,
    );

    const overhead = await measureRecordingOverhead(handle, 1_000);
    console.log(
      `overhead   autosave request p50 ${overhead.without.p50.toFixed(2)} ms / p99 ${overhead.without.p99.toFixed(2)} ms; ` +
        `with usage recorded p50 ${overhead.with.p50.toFixed(2)} ms / p99 ${overhead.with.p99.toFixed(2)} ms; ` +
        `recording adds ${overhead.addedP50Ms.toFixed(2)} ms at p50, ${overhead.addedP99Ms.toFixed(2)} ms at p99 ` +
        `(goal ≤ 2 ms p99: ${overhead.addedP99Ms <= 2 ? 'met' : 'not met'}; ${overhead.iterations} requests each)`,
    );

    // Usage over the last 30 closed minutes.
    const base = Math.floor(Date.now() / 60_000) * 60_000 - 30 * 60_000;
    const batchOf = (done: number, total: number, prefix: string): UsageEventInput[] =>
      Array.from({ length: Math.min(1_000, total - done) }, (_, i) => {
        const n = done + i;
        return {
          userId: ids[n % customers]!,
          metric: METRICS[(n >> 3) % METRICS.length]!,
          quantity: 1,
          idempotencyKey: `${prefix}:${n}:${randomUUID()}`,
          occurredAt: new Date(base + ((n * 7_919) % (30 * 60_000))),
        };
      });

    // Baseline: the previous insert, on up to 50,000 events of a customer-less account (never drained).
    const baselineEvents = Math.min(events, 50_000);
    const baselineUser = await createTestUser(handle);
    const baselineStarted = performance.now();
    for (let done = 0; done < baselineEvents; done += 1_000) {
      await insertWithValuesList(
        handle.db,
        batchOf(done, baselineEvents, 'baseline').map((e) => ({ ...e, userId: baselineUser.id })),
      );
    }
    const baselineSeconds = (performance.now() - baselineStarted) / 1000;

    const started = performance.now();
    for (let done = 0; done < events; done += 1_000) {
      await recordUsage(batchOf(done, events, 'bench'));
    }
    const ingestSeconds = (performance.now() - started) / 1000;
    const rate = events / ingestSeconds;
    const baselineRate = baselineEvents / baselineSeconds;
    console.log(
      `ingest     ${events} events in ${ingestSeconds.toFixed(1)} s: ${rate.toFixed(0)} events/s ` +
        `(baseline multi-row VALUES insert: ${baselineRate.toFixed(0)} events/s on ${baselineEvents}; ratio ${(rate / baselineRate).toFixed(2)}×; ` +
        `goal ≥ 5,000/s: ${rate >= 5_000 ? 'met' : 'not met'})`,
    );

    const [floorRow] = rowsOf<{ n: number }>(
      await handle.db.execute(
        sql`select count(*)::int as n from (select distinct user_id, metric, date_trunc('minute', occurred_at) from public.usage_events
          where user_id in (select user_id from public.billing_customers where stripe_customer_id like 'cus_bench_%')) b`,
      ),
    );
    const drainStarted = performance.now();
    for (let round = 0; round < 1_000; round++) {
      await pushUsageToStripe(stripe, {
        now: new Date(Date.now() + 3_600_000),
        assignLimit: 1_000_000,
        sendLimit: 20_000,
        concurrency: 16,
      });
      const [left] = rowsOf<{ n: number }>(
        await handle.db.execute(sql`select count(*)::int as n from public.meter_pushes where status = 'pending'`),
      );
      if (left!.n === 0) break;
    }
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    const floor = floorRow!.n;
    const drain = {
      calls: standIn.stats.meterCalls + standIn.stats.meterRateLimited,
      accepted: standIn.meterEvents().length,
      rateLimited: standIn.stats.meterRateLimited,
      seconds: drainSeconds,
      floor,
      ratioToFloor: (standIn.stats.meterCalls + standIn.stats.meterRateLimited) / floor,
    };
    console.log(
      `drain      ${drain.calls} calls (${drain.accepted} accepted, ${drain.rateLimited} answered 429) in ${drainSeconds.toFixed(1)} s ` +
        `(${(drain.calls / drainSeconds).toFixed(0)} calls/s); floor ${floor} customer·meter·minute buckets; ratio ${drain.ratioToFloor.toFixed(3)} ` +
        `(goal ≤ 1: ${drain.ratioToFloor <= 1 ? 'met' : 'not met'})`,
    );
    return {
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
      events,
      customers,
      overhead,
      ingest: { eventsPerSecond: rate, seconds: ingestSeconds, baselineEventsPerSecond: baselineRate, baselineEvents },
      drain,
    };
  } finally {
    await standIn.close();
    await handle.close();
    const baseUrl = process.env.TEST_DATABASE_URL;
    if (baseUrl && handle.url) {
      const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`drop database if exists "${new URL(handle.url).pathname.slice(1)}" with (force)`);
      } finally {
        await admin.end();
      }
    }
  }
}
