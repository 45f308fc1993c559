import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq, isNull, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { unsafeLinkStripeCustomer } from '@/modules/billing/unsafe-save-subscription';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { recordUsage, type UsageEventInput } from '@/modules/metering/record-usage';
import { pushUsageToStripe } from '@/modules/metering/push-usage-to-stripe';
import { meterPushes, usageEvents } from '@/modules/metering/schema';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { startStripeStandIn, type StripeStandIn } from '@tests/fakes/stripe/server';

// The meter push against the stand-in through the real SDK. Stripe answers 500 or hangs (the
// client times out; half of the hung calls were processed anyway) for 30 % of meter calls, and
// the push is killed mid-way (every Stripe call from then on never returns, as when the process
// dies: what Stripe accepted in flight is never marked sent) and restarted. Afterwards Stripe's
// per-customer sums equal the recorded usage exactly.

let handle: DbHandle;
let standIn: StripeStandIn;
let stripe: Stripe;

beforeAll(async () => {
  handle = await createTestDb();
  // A seeded random: the same faults every run, so a failure here is reproducible.
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  standIn = await startStripeStandIn({ random });
  stripe = createStripeClient('sk_test_standin', standIn.url, { maxNetworkRetries: 0, timeoutMs: 300 });
  await setupStripeCatalog(stripe);
});
afterAll(async () => {
  await standIn.close();
  await handle.close();
});

const METRICS = ['page_generate', 'ai_token', 'container_hours', 'storage_gb'] as const;

/** Usage spread over the last twenty minutes; quantities exact in binary (integers and quarters). */
function usageFor(userId: string, count: number, base: Date): UsageEventInput[] {
  return Array.from({ length: count }, (_, i) => {
    const metric = METRICS[i % METRICS.length]!;
    const quantity =
      metric === 'ai_token' ? 100 + (i % 977) : metric === 'container_hours' ? 0.25 * (1 + (i % 4)) : metric === 'storage_gb' ? 3 : 1;
    return {
      userId,
      metric,
      quantity,
      idempotencyKey: `push-test:${randomUUID()}`,
      occurredAt: new Date(base.getTime() - ((i * 7919) % 1_200_000) - 60_000),
    };
  });
}

/**
 * A client whose process "dies" at its `killAt`-th call: from then on no call returns (as a dead
 * process never reads an answer), so whatever Stripe accepted in flight is never marked sent.
 */
function killable(real: Stripe, killAt: number) {
  let killed = false;
  let calls = 0;
  const create = real.billing.meterEvents.create.bind(real.billing.meterEvents);
  const client = {
    billing: {
      meterEvents: {
        create: async (...args: Parameters<typeof create>) => {
          if (++calls >= killAt) killed = true;
          if (killed) return new Promise<never>(() => {});
          const result = await create(...args);
          if (killed) return new Promise<never>(() => {});
          return result;
        },
      },
    },
  } as unknown as Stripe;
  return { client, isKilled: () => killed };
}

async function recordedSums(userIds: string[]) {
  const rows = rowsOf<{ user_id: string; metric: string; total: string }>(
    await handle.db.execute(sql`
      select user_id, metric, sum(quantity)::text as total from public.usage_events
      where user_id::text = any(string_to_array(${userIds.join(',')}, ',')) and metric in ('page_generate', 'ai_token', 'container_hours', 'storage_gb')
      group by 1, 2`),
  );
  return rows;
}

describe('meter push', () => {
  it('sends every unit exactly once through 30 % failures and a kill mid-push', async () => {
    const now = new Date();
    const users = await Promise.all(Array.from({ length: 4 }, () => createTestUser(handle)));
    const customers = new Map<string, string>();
    for (const user of users) {
      const customer = await stripe.customers.create({ email: user.email });
      await unsafeLinkStripeCustomer(handle.db, user.id, customer.id);
      customers.set(user.id, customer.id);
      await recordUsage(usageFor(user.id, 400, now));
    }
    // Someone without a Stripe customer yet: their usage waits, it is not dropped.
    const late = await createTestUser(handle);
    await recordUsage(usageFor(late.id, 80, now));

    standIn.setOptions({ meterFailRate: 0.15, meterTimeoutRate: 0.15 });

    // First run: killed after a handful of calls.
    const first = killable(stripe, 40);
    const run = pushUsageToStripe(first.client, { now, concurrency: 16 });
    const died = (async () => {
      while (!first.isKilled()) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 400)); // writes already under way finish
    })();
    await Promise.race([run, died]);
    expect(first.isKilled()).toBe(true);
    const [sentBeforeKill] = rowsOf<{ n: number }>(
      await handle.db.execute(sql`select count(*)::int as n from public.meter_pushes where status = 'sent'`),
    );
    expect(sentBeforeKill!.n).toBeGreaterThan(0);

    // The late customer checks out; then restarts until nothing is pending (backoff: the clock moves on).
    const lateCustomer = await stripe.customers.create({ email: late.email });
    await unsafeLinkStripeCustomer(handle.db, late.id, lateCustomer.id);
    customers.set(late.id, lateCustomer.id);
    let clock = now.getTime();
    for (let attempt = 0; attempt < 60; attempt++) {
      clock += 3_600_000;
      await pushUsageToStripe(stripe, { now: new Date(Math.min(clock, now.getTime() + 30 * 86_400_000)), concurrency: 16 });
      const [pending] = rowsOf<{ n: number }>(
        await handle.db.execute(sql`select count(*)::int as n from public.meter_pushes where status = 'pending'`),
      );
      const unassigned = await handle.db.select({ id: usageEvents.id }).from(usageEvents).where(isNull(usageEvents.pushId)).limit(1);
      if (pending!.n === 0 && unassigned.length === 0) break;
    }
    expect(standIn.stats.meterFailures).toBeGreaterThan(10);

    const sums = standIn.meterSums();
    const recorded = await recordedSums([...customers.keys()]);
    expect(recorded.length).toBe(5 * METRICS.length);
    for (const row of recorded) {
      expect(sums.get(`${customers.get(row.user_id)}|${row.metric}`), `${row.metric} of ${row.user_id}`).toBe(Number(row.total));
    }
    const everything = await handle.db.select().from(meterPushes);
    expect(everything.every((p) => p.status === 'sent')).toBe(true);
  }, 60_000);

  it('groups per customer · meter · minute, waits for a customer, numbers late usage, and flags what Stripe can no longer take', async () => {
    standIn.setOptions({ meterFailRate: 0, meterTimeoutRate: 0 });
    const user = await createTestUser(handle);
    const minuteA = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3 * 60_000);
    const tokens = (count: number, from: Date) =>
      Array.from({ length: count }, (_, i) => ({
        userId: user.id,
        metric: 'ai_token' as const,
        quantity: 10,
        idempotencyKey: `group:${randomUUID()}`,
        occurredAt: new Date(from.getTime() + i * 1000),
      }));
    await recordUsage(tokens(90, minuteA)); // 60 in minute A, 30 in the next
    expect((await pushUsageToStripe(stripe)).assigned).toBe(0); // no customer yet: it waits

    const customer = await stripe.customers.create({ email: user.email });
    await unsafeLinkStripeCustomer(handle.db, user.id, customer.id);
    await recordUsage([
      {
        userId: user.id,
        metric: 'page_generate',
        quantity: 1,
        idempotencyKey: `old:${randomUUID()}`,
        occurredAt: new Date(Date.now() - 40 * 86_400_000),
      },
    ]);
    const calls = standIn.stats.meterCalls;
    const report = await pushUsageToStripe(stripe);
    expect(report).toMatchObject({ assigned: 91, sent: 2, expired: 1, failed: 0 });
    expect(standIn.stats.meterCalls - calls).toBe(2);
    const rows = await handle.db.select().from(meterPushes).where(eq(meterPushes.userId, user.id));
    expect(rows.map((r) => `${r.meter} ${Number(r.value)} ${r.status} ${r.seq}`).sort()).toEqual(
      ['ai_token 600 sent 0', 'ai_token 300 sent 0', 'page_generate 1 expired 0'].sort(),
    );
    const a = rows.find((r) => Number(r.value) === 600)!;
    expect(a.identifier).toBe(`pm:ai_token:${user.id}:${minuteA.getTime() / 1000}:0`);

    // A late event of minute A (recorded after A was sent) becomes A's next aggregate, not lost.
    await recordUsage(tokens(1, new Date(minuteA.getTime() + 59_000)));
    expect(await pushUsageToStripe(stripe)).toMatchObject({ assigned: 1, sent: 1 });
    expect(standIn.meterSums().get(`${customer.id}|ai_token`)).toBe(910);

    // Deleting the account takes its usage and its pushes with it.
    await handle.db.execute(sql`delete from auth.users where id = ${user.id}::uuid`);
    expect(await handle.db.select().from(meterPushes).where(eq(meterPushes.userId, user.id))).toEqual([]);
  });
});
