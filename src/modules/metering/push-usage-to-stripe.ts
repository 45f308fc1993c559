import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { rowsOf } from '@/lib/db/rows-of';
import { reportError } from '@/lib/observability';
import { createCallPacer } from './pace-calls';
import { meterPushes, usageEvents } from './schema';
import { BILLED_METRICS, STRIPE_METERS } from './stripe-meters';

/** Stripe takes meter events up to 35 days old; we stop an hour short so a slow push never lands on the edge. */
export const STRIPE_METER_WINDOW_MS = 35 * 86_400_000 - 3_600_000;

/** At most this many accepted meter events are marked sent per statement. */
const MARK_SENT_BATCH = 1_000;

export type PushReport = { assigned: number; sent: number; failed: number; expired: number; rateLimited: boolean };

export type PushOptions = {
  now?: Date;
  /** Usage events grouped per run (the rest waits for the next minute). */
  assignLimit?: number;
  /** Meter events sent per run. */
  sendLimit?: number;
  /** Meter events in flight at once. */
  concurrency?: number;
  /** Meter events sent per second at most (Stripe documents 1,000/s for meter events; we keep 10 % under). */
  callsPerSecond?: number;
};

/**
 * The meter push (a cron function, every minute): usage recorded in closed minutes is grouped
 * per customer · meter · minute into meter_pushes rows, each with an identifier derived from that
 * bucket, then sent to Stripe as Billing Meter events.
 *
 * Exactly once, across crashes and timeouts:
 *  1. grouping and tying the usage events to their push row is one transaction, so an event is in
 *     exactly one aggregate (push_id is set once; a late event of an already-grouped minute opens
 *     the next sequence number of that minute);
 *  2. the identifier is stored before anything is sent, so every retry sends the same one and
 *     Stripe drops the repeat (it dedupes identifiers for at least 24 h; the same value is the
 *     request's Idempotency-Key too);
 *  3. a row is marked sent only after Stripe accepted it.
 * Usage of someone without a Stripe customer is not grouped: it waits for their first checkout.
 * Calls are spaced under Stripe's meter-event rate limit (callsPerSecond), so none is spent on a 429;
 * 429 and 5xx answers back off (the SDK retries first, then the row waits, exponentially longer);
 * a push Stripe can no longer accept (older than its 35-day window) is marked expired and alerted.
 */
export async function pushUsageToStripe(stripe: Stripe, options: PushOptions = {}): Promise<PushReport> {
  const now = options.now ?? new Date();
  const assigned = await assignUsageToPushes(now, options.assignLimit ?? 50_000);
  const report = await sendPendingPushes(stripe, now, {
    limit: options.sendLimit ?? 5_000,
    concurrency: options.concurrency ?? 8,
    callsPerSecond: options.callsPerSecond ?? 900,
  });
  return { assigned, ...report };
}

async function assignUsageToPushes(now: Date, limit: number): Promise<number> {
  const db = await unsafeSystemDb('the meter push cron groups every customer’s usage for Stripe');
  return db.transaction(async (tx) => {
    // One grouper at a time: two would number the same minute's aggregates alike.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('metering:meter-push'))`);
    // Billing's customers, through its database function (metering never reads billing's tables).
    const customers = new Map(
      rowsOf<{ user_id: string; stripe_customer_id: string }>(
        await tx.execute(sql`select user_id::text, stripe_customer_id from private.stripe_customers()`),
      ).map((r) => [r.user_id, r.stripe_customer_id]),
    );
    if (customers.size === 0) return 0;
    // The CTEs below have no statistics, so the planner guesses a handful of rows and joins the
    // picked events to the new aggregates in a nested loop: events × aggregates comparisons, 65 s
    // for 20,000 events (bench:metering). Hash joins make it linear.
    await tx.execute(sql`set local enable_nestloop = off`);
    const pairs = JSON.stringify([...customers].map(([user_id, customer]) => ({ user_id, customer })));
    const cutoff = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    const metrics = sql.join(
      BILLED_METRICS.map((m) => sql`${m}`),
      sql`, `,
    );
    const result = await tx.execute(sql`
      with customers as (
        select user_id, customer from jsonb_to_recordset(${pairs}::jsonb) as c(user_id uuid, customer text)
      ), picked as (
        select e.id, e.user_id, e.metric, e.quantity, date_trunc('minute', e.occurred_at, 'UTC') as minute
        from public.usage_events e
        where e.push_id is null and e.metric in (${metrics}) and e.occurred_at < ${cutoff.toISOString()}::timestamptz
          and e.user_id in (select user_id from customers)
        order by e.id
        limit ${limit}
      ), buckets as (
        select p.user_id, p.metric, p.minute, sum(p.quantity) as value,
          coalesce((select max(mp.seq) + 1 from public.meter_pushes mp
                    where mp.user_id = p.user_id and mp.meter = p.metric and mp.minute = p.minute), 0) as seq
        from picked p group by p.user_id, p.metric, p.minute
      ), inserted as (
        insert into public.meter_pushes (user_id, stripe_customer_id, meter, minute, seq, identifier, value, next_attempt_at)
        select b.user_id, c.customer, b.metric, b.minute, b.seq,
          'pm:' || b.metric || ':' || b.user_id || ':' || extract(epoch from b.minute)::bigint || ':' || b.seq, b.value, ${now.toISOString()}::timestamptz
        from buckets b join customers c using (user_id)
        returning id, user_id, meter, minute
      )
      update public.usage_events u set push_id = i.id
      from picked p join inserted i on i.user_id = p.user_id and i.meter = p.metric and i.minute = p.minute
      where u.id = p.id`);
    return (result as unknown as { count?: number; rowCount?: number; affectedRows?: number }).count ?? rowCountOf(result);
  });
}

function rowCountOf(result: unknown): number {
  const r = result as { rowCount?: number; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}

async function sendPendingPushes(
  stripe: Stripe,
  now: Date,
  { limit, concurrency, callsPerSecond }: { limit: number; concurrency: number; callsPerSecond: number },
) {
  const db = await unsafeSystemDb('the meter push cron sends every customer’s usage to Stripe');
  const due = await db
    .select()
    .from(meterPushes)
    .where(and(eq(meterPushes.status, 'pending'), lte(meterPushes.nextAttemptAt, now)))
    .orderBy(asc(meterPushes.id))
    .limit(limit);
  const report = { sent: 0, failed: 0, expired: 0, rateLimited: false };
  const eventName = new Map<string, string>(STRIPE_METERS.map((m) => [m.metric, m.eventName]));
  const waitForSlot = createCallPacer(callsPerSecond);
  let next = 0;

  async function worker() {
    while (next < due.length && !report.rateLimited) {
      const push = due[next++]!;
      if (now.getTime() - push.minute.getTime() > STRIPE_METER_WINDOW_MS) {
        await expire(push.id, 'older than Stripe’s 35-day window');
        continue;
      }
      await waitForSlot();
      try {
        await stripe.billing.meterEvents.create(
          {
            event_name: eventName.get(push.meter)!,
            identifier: push.identifier,
            timestamp: Math.floor(push.minute.getTime() / 1000),
            payload: { stripe_customer_id: push.stripeCustomerId, value: String(push.value) },
          },
          { idempotencyKey: push.identifier },
        );
        accepted.push(push.id);
        markAccepted();
        report.sent++;
      } catch (err) {
        const e = err as { statusCode?: number; code?: string; type?: string; message?: string };
        if (e.code === 'timestamp_out_of_range') {
          await expire(push.id, e.message ?? 'timestamp out of range');
          continue;
        }
        report.failed++;
        if (e.statusCode === 429) report.rateLimited = true;
        const attempts = push.attempts + 1;
        const backoffMs = Math.min(2 ** attempts * 5_000, 3_600_000);
        await db
          .update(meterPushes)
          .set({
            attempts,
            nextAttemptAt: new Date(now.getTime() + backoffMs),
            lastError: String(e.message ?? e.type ?? 'error').slice(0, 300),
          })
          .where(eq(meterPushes.id, push.id));
      }
    }
  }

  // Rows Stripe accepted are marked sent by one marker at a time, each statement taking everything
  // accepted meanwhile (group commit): one call's answer never waits for a transaction of its own,
  // and at 1,000 calls/s a mark carries hundreds of rows. A crash before the mark only means those
  // rows are sent again with the same identifier, which Stripe drops.
  const accepted: number[] = [];
  let marker: Promise<void> | null = null;
  let markError: unknown = null;
  function markAccepted() {
    if (marker || accepted.length === 0) return;
    marker = (async () => {
      while (accepted.length > 0) {
        const ids = accepted.splice(0, MARK_SENT_BATCH);
        try {
          await db.transaction(async (tx) => {
            await tx
              .update(meterPushes)
              .set({ status: 'sent', sentAt: new Date(), attempts: sql`${meterPushes.attempts} + 1`, lastError: null })
              .where(inArray(meterPushes.id, ids));
            await tx.update(usageEvents).set({ pushedAt: new Date() }).where(inArray(usageEvents.pushId, ids));
          });
        } catch (err) {
          // Those rows stay pending and go again next run, with the same identifiers.
          markError ??= err;
        }
      }
      marker = null;
    })();
  }

  async function expire(id: number, reason: string) {
    await db.update(meterPushes).set({ status: 'expired', lastError: reason }).where(eq(meterPushes.id, id));
    report.expired++;
  }

  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, due.length)) }, worker));
  markAccepted();
  while (marker) await marker;
  if (markError) throw markError;
  if (report.expired > 0) {
    // The admin alert: usage Stripe will never bill, kept (status 'expired') for a manual invoice.
    reportError(new Error(`meter push: ${report.expired} aggregate(s) are older than Stripe's 35-day window and were not billed`), {
      expired: report.expired,
    });
  }
  return report;
}

/** Pushes that could not be billed (older than Stripe's window), for the admins' alert list. */
export async function unsafeListExpiredPushes(limit = 100) {
  const db = await unsafeSystemDb('admins review usage Stripe could not bill');
  return db
    .select()
    .from(meterPushes)
    .where(inArray(meterPushes.status, ['expired']))
    .orderBy(asc(meterPushes.minute))
    .limit(limit);
}
