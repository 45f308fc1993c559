/**
 * `npm run bench -- --only metering`: usage ingest into the outbox and the drain to Stripe.
 *  - ingest: usage events/s recorded through recordUsage (batches of 1,000) on the test database;
 *  - drain: a backlog across many customers pushed to the Stripe stand-in rate-limited to Stripe's
 *    documented 1,000 meter events/s; prints the calls made, the drain time and the ratio to the
 *    floor (calls / distinct customer · meter · minute buckets).
 * Sizes: METERING_BENCH_EVENTS (default 50,000; the target is 1,000,000) and
 * METERING_BENCH_CUSTOMERS (default 100; the target is 1,000). Nothing here asserts a time; it prints what it measured.
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { recordUsage, type UsageEventInput } from '@/modules/metering/record-usage';
import { pushUsageToStripe } from '@/modules/metering/push-usage-to-stripe';
import { createTestDb } from '@tests/helpers/test-db';
import { startStripeStandIn } from '@tests/fakes/stripe/server';

export type MeteringBenchResult = {
  database: string;
  events: number;
  customers: number;
  ingest: { eventsPerSecond: number; seconds: number };
  drain: { calls: number; accepted: number; rateLimited: number; seconds: number; floor: number; ratioToFloor: number };
};

const METRICS = ['page_generate', 'ai_token', 'container_hours', 'storage_gb'] as const;

export async function runMeteringBench(): Promise<MeteringBenchResult> {
  const events = Number(process.env.METERING_BENCH_EVENTS ?? 50_000);
  const customers = Number(process.env.METERING_BENCH_CUSTOMERS ?? 100);
  const handle = await createTestDb();
  const standIn = await startStripeStandIn({ meterEventsPerSecond: 1_000 });
  try {
    const stripe = createStripeClient('sk_test_bench', standIn.url, { maxNetworkRetries: 3 });
    await setupStripeCatalog(stripe);
    const ids = Array.from({ length: customers }, () => randomUUID());
    const users = JSON.stringify(ids.map((id) => ({ id, email: `bench-${id.slice(0, 8)}@bench.local` })));
    await handle.db.execute(sql`insert into auth.users (id, email, raw_user_meta_data)
      select id, email, '{}'::jsonb from jsonb_to_recordset(${users}::jsonb) as u(id uuid, email text)`);
    await handle.db.execute(sql`update public.user_profiles set stripe_customer_id = 'cus_bench_' || id`);

    // Usage over the last 30 closed minutes.
    const base = Math.floor(Date.now() / 60_000) * 60_000 - 30 * 60_000;
    const started = performance.now();
    for (let done = 0; done < events; done += 1_000) {
      const batch: UsageEventInput[] = Array.from({ length: Math.min(1_000, events - done) }, (_, i) => {
        const n = done + i;
        return {
          userId: ids[n % customers]!,
          metric: METRICS[(n >> 3) % METRICS.length]!,
          quantity: 1,
          idempotencyKey: `bench:${n}:${randomUUID()}`,
          occurredAt: new Date(base + ((n * 7_919) % (30 * 60_000))),
        };
      });
      await recordUsage(batch);
    }
    const ingestSeconds = (performance.now() - started) / 1000;
    console.log(`ingest     ${events} events in ${ingestSeconds.toFixed(1)} s: ${(events / ingestSeconds).toFixed(0)} events/s`);

    const [floorRow] = rowsOf<{ n: number }>(
      await handle.db.execute(
        sql`select count(*)::int as n from (select distinct user_id, metric, date_trunc('minute', occurred_at) from public.usage_events) b`,
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
      `drain      ${drain.calls} calls (${drain.accepted} accepted, ${drain.rateLimited} answered 429) in ${drainSeconds.toFixed(1)} s; ` +
        `floor ${floor} customer·meter·minute buckets; ratio ${drain.ratioToFloor.toFixed(3)}`,
    );
    return {
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
      events,
      customers,
      ingest: { eventsPerSecond: events / ingestSeconds, seconds: ingestSeconds },
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
