import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { USAGE_METRICS } from './schema';

export const usageEventInput = z.object({
  userId: z.uuid(),
  projectId: z.uuid().nullable().optional(),
  metric: z.enum(USAGE_METRICS),
  quantity: z.number().finite().nonnegative(),
  /** Stable for one real-world occurrence: recording it twice counts it once. */
  idempotencyKey: z.string().min(8).max(200),
  properties: z.record(z.string(), z.unknown()).optional(),
  occurredAt: z.date().optional(),
});
export type UsageEventInput = z.input<typeof usageEventInput>;

/**
 * The one writer of usage (with private.record_usage, its SQL twin for transactions that already
 * run in the database, like finishing a generation). Append-only and idempotent: an event whose
 * key was recorded before is ignored, so a retried job or flush never double-charges. Pass `tx`
 * to record in the same transaction as the work being metered.
 */
export async function recordUsage(events: readonly UsageEventInput[], tx?: Db): Promise<number> {
  if (events.length === 0) return 0;
  const rows = events.map((event) => {
    const e = usageEventInput.parse(event);
    return {
      user_id: e.userId,
      project_id: e.projectId ?? null,
      metric: e.metric,
      quantity: e.quantity,
      idempotency_key: e.idempotencyKey,
      properties: e.properties ?? {},
      occurred_at: e.occurredAt?.toISOString() ?? null,
    };
  });
  const db = tx ?? (await unsafeSystemDb('metering: usage is recorded by system code, never by end users'));
  // One statement with one parameter, however many events: the batch travels as a JSON array and
  // Postgres unpacks it (jsonb_to_recordset). A multi-row VALUES list with 7 parameters per row
  // made the driver build and bind thousands of parameters per batch and capped ingest at ~2,600
  // events/s (npm run bench:metering prints both, same run).
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`
      with inserted as (
        insert into public.usage_events (user_id, project_id, metric, quantity, idempotency_key, properties, occurred_at)
        select r.user_id, r.project_id, r.metric, r.quantity, r.idempotency_key, r.properties, coalesce(r.occurred_at, now())
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as r(user_id uuid, project_id uuid, metric text, quantity numeric, idempotency_key text, properties jsonb, occurred_at timestamptz)
        on conflict (idempotency_key) do nothing
        returning 1
      )
      select count(*)::int as n from inserted`),
  );
  return Number(row?.n ?? 0);
}
