import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';

export type DailyUsage = { day: string; generations: number; aiTokens: number; bandwidthBytes: number };

const input = z.object({ userId: z.uuid().optional(), from: z.date(), to: z.date() });

/**
 * Usage per UTC day between `from` and `to` (the usage period), every day present (zero when
 * nothing happened) so a chart shows quiet days instead of skipping them. Sums the append-only
 * usage events under RLS: a client sees their own, an admin any client's.
 */
export async function getDailyUsage(claims: VerifiedClaims, raw: z.input<typeof input>): Promise<DailyUsage[]> {
  const { userId = claims.sub, from, to } = input.parse(raw);
  const rows = await withRls(claims, async (tx) =>
    rowsOf<{ day: string; metric: string; total: string }>(
      await tx.execute(sql`
        select to_char(date_trunc('day', occurred_at at time zone 'UTC'), 'YYYY-MM-DD') as day, metric, sum(quantity)::text as total
        from public.usage_events
        where user_id = ${userId}::uuid
          and occurred_at >= ${from.toISOString()}::timestamptz and occurred_at < ${to.toISOString()}::timestamptz
          and metric in ('page_generate', 'ai_token', 'bandwidth_bytes')
        group by 1, 2`),
    ),
  );
  const byDay = new Map<string, DailyUsage>();
  for (let at = startOfUtcDay(from); at < to; at = new Date(at.getTime() + 86_400_000)) {
    const day = at.toISOString().slice(0, 10);
    byDay.set(day, { day, generations: 0, aiTokens: 0, bandwidthBytes: 0 });
  }
  for (const row of rows) {
    const entry = byDay.get(row.day);
    if (!entry) continue;
    const total = Number(row.total);
    if (row.metric === 'page_generate') entry.generations += total;
    else if (row.metric === 'ai_token') entry.aiTokens += total;
    else entry.bandwidthBytes += total;
  }
  return [...byDay.values()];
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
