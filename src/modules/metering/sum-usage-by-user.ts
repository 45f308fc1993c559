import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { BILLED_METRICS, type BilledMetric } from './stripe-meters';

// `userIds` narrows the sums to these accounts (the monthly report asks for one client's).
const input = z.object({ from: z.date(), to: z.date(), userIds: z.array(z.uuid()).optional() });

export type UsageTotals = Record<BilledMetric, number>;

export function emptyUsageTotals(): UsageTotals {
  return { page_generate: 0, ai_token: 0, container_hours: 0, storage_gb: 0 };
}

/**
 * Each account's billed usage between `from` and `to`, as Stripe's meters aggregate it: sums for
 * the `sum` meters, the latest snapshot for `storage_gb` (`last`). Runs under RLS, so an agency
 * admin gets every client and anyone else only their own row. Accounts without usage are absent.
 */
export async function sumUsageByUser(claims: VerifiedClaims, raw: z.input<typeof input>): Promise<Map<string, UsageTotals>> {
  const period = input.parse(raw);
  return withRls(claims, (tx) => sumUsage(tx, period));
}

/** The same for system code (the usage-threshold cron) on the privileged connection: every account. */
export async function unsafeSumUsageByUser(db: Db, raw: z.input<typeof input>): Promise<Map<string, UsageTotals>> {
  return sumUsage(db, input.parse(raw));
}

async function sumUsage(db: Db, { from, to, userIds }: z.output<typeof input>): Promise<Map<string, UsageTotals>> {
  const rows = rowsOf<{ user_id: string; metric: BilledMetric; total: string }>(
    await db.execute(sql`
      select user_id, metric,
             (case when metric = 'storage_gb'
                   then (array_agg(quantity order by occurred_at desc, id desc))[1]
                   else sum(quantity) end)::text as total
      from public.usage_events
      where occurred_at >= ${from.toISOString()}::timestamptz and occurred_at < ${to.toISOString()}::timestamptz
        ${userIds ? sql`and user_id = any(${`{${userIds.join(',')}}`}::uuid[])` : sql``}
        and metric in (${sql.join(
          BILLED_METRICS.map((m) => sql`${m}`),
          sql`, `,
        )})
      group by user_id, metric`),
  );
  const totals = new Map<string, UsageTotals>();
  for (const row of rows) {
    const entry = totals.get(row.user_id) ?? emptyUsageTotals();
    entry[row.metric] = Number(row.total);
    totals.set(row.user_id, entry);
  }
  return totals;
}
