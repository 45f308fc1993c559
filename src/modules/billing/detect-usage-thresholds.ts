import { sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { flushEvents } from '@/lib/jobs/send-events';
import { unsafeListTiers } from '@/modules/accounts/unsafe-list-tiers';
import { unsafeSumUsageByUser } from '@/modules/metering/sum-usage-by-user';
import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import { unsafeRaiseWebhookEventInTx } from '@/modules/webhooks/raise-webhook-event';
import { getPlan } from './plans';

export const USAGE_THRESHOLDS = [80, 90, 100] as const;
export type UsageThreshold = (typeof USAGE_THRESHOLDS)[number];

export type ThresholdCrossing = { userId: string; meter: string; percent: UsageThreshold; used: number; included: number };

/** The thresholds `used` has reached of `included` (none when nothing is included). */
export function thresholdsReached(used: number, included: number | null): UsageThreshold[] {
  if (!included || included <= 0) return [];
  return USAGE_THRESHOLDS.filter((percent) => used * 100 >= included * percent);
}

/**
 * The usage-threshold cron (system code: it reads every client's usage): for this period's usage
 * of each billed meter against the plan's included amount, records each threshold (80/90/100 %)
 * reached for the first time and emits one `usage.threshold` notification for the highest of
 * those — in the same transaction, so the database's primary key on (client, meter, period,
 * percent) is what makes the notice once-only, even with two runs at once or a retried run. A
 * jump from 70 % to 100 % records 80, 90 and 100 and notifies once, at 100 %; the client's webhook
 * endpoints get one `usage.threshold` per threshold recorded, in the same transaction.
 */
export async function unsafeDetectUsageThresholds(now = new Date()): Promise<{ crossings: ThresholdCrossing[]; notified: number }> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const periodStart = start.toISOString().slice(0, 10);
  const db = await unsafeSystemDb('the usage-threshold cron compares every client’s usage with their plan');
  const usage = await unsafeSumUsageByUser(db, { from: start, to: end });
  const tiers = await unsafeListTiers(db, [...usage.keys()]);

  const candidates: ThresholdCrossing[] = [];
  for (const [userId, totals] of usage) {
    const tier = tiers.get(userId);
    if (!tier) continue;
    for (const price of getPlan(tier).meters) {
      const used = totals[price.metric];
      for (const percent of thresholdsReached(used, price.included)) {
        candidates.push({ userId, meter: price.metric, percent, used, included: price.included });
      }
    }
  }
  if (candidates.length === 0) return { crossings: [], notified: 0 };

  const result = await db.transaction(async (tx) => {
    const inserted = rowsOf<{ user_id: string; meter: string; percent: number; used: string; included: string }>(
      await tx.execute(sql`
        insert into public.usage_threshold_crossings (user_id, meter, period_start, percent, used, included)
        select c.user_id, c.meter, ${periodStart}::date, c.percent, c.used, c.included
        from jsonb_to_recordset(${JSON.stringify(
          candidates.map((c) => ({ user_id: c.userId, meter: c.meter, percent: c.percent, used: c.used, included: c.included })),
        )}::jsonb) as c(user_id uuid, meter text, percent smallint, used numeric, included numeric)
        on conflict do nothing
        returning user_id, meter, percent, used::text, included::text`),
    );
    const crossings = inserted.map((r) => ({
      userId: r.user_id,
      meter: r.meter,
      percent: r.percent as UsageThreshold,
      used: Number(r.used),
      included: Number(r.included),
    }));
    // The client's webhook endpoints hear every threshold newly recorded (a tool may act at 80 %
    // and again at 100 %): the insert-on-conflict above is what makes each once-only, so a
    // concurrent run that lost the race has no row here and raises nothing.
    for (const c of crossings) {
      await unsafeRaiseWebhookEventInTx(tx, {
        type: 'usage.threshold',
        account: { userId: c.userId },
        key: `usage.threshold:${c.userId}:${c.meter}:${periodStart}:${c.percent}`,
        occurredAt: now,
        data: { meter: c.meter, percent: c.percent, periodStart },
      });
    }
    // One notice per client · meter: the highest threshold newly reached.
    const highest = new Map<string, ThresholdCrossing>();
    for (const c of crossings) {
      const key = `${c.userId}|${c.meter}`;
      if ((highest.get(key)?.percent ?? 0) < c.percent) highest.set(key, c);
    }
    for (const c of highest.values()) {
      await emitNotificationInTx(tx, {
        kind: 'usage.threshold',
        eventId: `usage.threshold:${c.userId}:${c.meter}:${periodStart}:${c.percent}`,
        userId: c.userId,
        meter: c.meter,
        percent: c.percent,
        periodStart,
      });
    }
    return { crossings, notified: highest.size };
  });
  if (result.crossings.length > 0) await flushEvents();
  return result;
}
