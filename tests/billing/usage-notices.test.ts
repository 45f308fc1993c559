import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { thresholdsReached, unsafeDetectUsageThresholds } from '@/modules/billing/detect-usage-thresholds';
import { recordUsage } from '@/modules/metering/record-usage';
import { createTestUser } from '@tests/helpers/test-db';
import { setUpBillingWorld } from './billing-world';

// Usage thresholds (80/90/100 % of an included amount, once per threshold per period, the database
// deciding "once") and dunning (each failed attempt on Stripe's retry schedule, then the recovery)
// become notification events for the notifications module — never mail sent from here.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_notices' });

async function eventsFor(userId: string) {
  return rowsOf<{ event_id: string; kind: string; payload: Record<string, unknown> }>(
    await world.handle.db.execute(
      sql`select event_id, kind, payload from public.notification_events where payload ->> 'userId' = ${userId} order by created_at, event_id`,
    ),
  );
}

const generations = (userId: string, count: number, at: Date) =>
  Array.from({ length: count }, () => ({
    userId,
    metric: 'page_generate' as const,
    quantity: 1,
    idempotencyKey: `notice:${randomUUID()}`,
    occurredAt: at,
  }));

describe('usage thresholds', () => {
  it('reaches 80, 90 and 100 % by the included amount', () => {
    expect(thresholdsReached(23, 30)).toEqual([]);
    expect(thresholdsReached(24, 30)).toEqual([80]);
    expect(thresholdsReached(27, 30)).toEqual([80, 90]);
    expect(thresholdsReached(30, 30)).toEqual([80, 90, 100]);
    expect(thresholdsReached(500, null)).toEqual([]);
  });

  it('notifies once per threshold per period, even from runs at the same time, and again next period', async () => {
    const now = new Date('2026-11-20T12:00:00Z');
    const user = await createTestUser(world.handle); // Free: 30 generations included
    const other = await createTestUser(world.handle);
    await recordUsage(generations(user.id, 25, now)); // 83 %
    await recordUsage(generations(other.id, 5, now)); // 17 %: nothing

    const first = await unsafeDetectUsageThresholds(now);
    expect(first.crossings.filter((c) => c.userId === user.id).map((c) => c.percent)).toEqual([80]);
    expect(first.crossings.some((c) => c.userId === other.id)).toBe(false);
    expect((await unsafeDetectUsageThresholds(now)).crossings.filter((c) => c.userId === user.id)).toEqual([]);

    // 70 % → past 100 % at once: 90 and 100 recorded, one notice (100 %); four runs racing.
    await recordUsage(generations(user.id, 6, now));
    const racing = await Promise.all(Array.from({ length: 4 }, () => unsafeDetectUsageThresholds(now)));
    const crossed = racing.flatMap((r) => r.crossings.filter((c) => c.userId === user.id).map((c) => c.percent));
    expect(crossed.sort()).toEqual([100, 90]);

    expect((await eventsFor(user.id)).map((e) => [e.kind, e.payload.meter, e.payload.percent, e.payload.periodStart])).toEqual([
      ['usage.threshold', 'page_generate', 80, '2026-11-01'],
      ['usage.threshold', 'page_generate', 100, '2026-11-01'],
    ]);
    expect(await eventsFor(other.id)).toEqual([]);

    // The client sees their own crossings; someone else sees none of them.
    const own = await withRls(user.claims, async (tx) =>
      rowsOf<{ percent: number }>(await tx.execute(sql`select percent from public.usage_threshold_crossings order by percent`)),
    );
    expect(own.map((r) => r.percent)).toEqual([80, 90, 100]);
    const foreign = await withRls(other.claims, async (tx) =>
      rowsOf(await tx.execute(sql`select 1 from public.usage_threshold_crossings where user_id = ${user.id}::uuid`)),
    );
    expect(foreign).toEqual([]);

    // A new period starts over.
    const december = new Date('2026-12-02T08:00:00Z');
    await recordUsage(generations(user.id, 24, december));
    const next = await unsafeDetectUsageThresholds(december);
    expect(next.crossings.filter((c) => c.userId === user.id).map((c) => [c.percent, c.used])).toEqual([[80, 24]]);
  });
});

describe('dunning', () => {
  async function deliver(type: string, object: unknown) {
    const event = world.event(type, object);
    expect((await world.deliver(event)).status).toBe(200);
    expect((await world.deliver(event)).status).toBe(200); // Stripe redelivers: still one notice
  }

  it('sends a payment.failed notice for each failed attempt and payment.recovered when the invoice is paid', async () => {
    const { user, customer, subscription } = await world.subscriber('basic');
    world.standIn.updateSubscription(subscription.id, { status: 'past_due' });
    const invoice = { id: `in_${user.id.slice(0, 8)}`, object: 'invoice', customer, subscription: subscription.id };

    await deliver('invoice.payment_failed', { ...invoice, attempt_count: 1 });
    await deliver('invoice.payment_failed', { ...invoice, attempt_count: 2 });
    world.standIn.updateSubscription(subscription.id, { status: 'active' });
    await deliver('invoice.paid', { ...invoice, attempt_count: 3 });
    // A first-time payment is no recovery.
    await deliver('invoice.paid', { ...invoice, id: `${invoice.id}_next`, attempt_count: 1 });

    expect((await eventsFor(user.id)).map((e) => [e.event_id, e.kind])).toEqual([
      [`payment.failed:${invoice.id}:1`, 'payment.failed'],
      [`payment.failed:${invoice.id}:2`, 'payment.failed'],
      [`payment.recovered:${invoice.id}`, 'payment.recovered'],
    ]);
  });
});
