import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/lib/db/with-rls';
import { rowsOf } from '@/lib/db/rows-of';
import { USAGE_METRICS } from './schema';

export const requestUsageInput = z.object({
  /** The project the usage belongs to: its owner pays (the caller must work on it). Without one, the caller pays. */
  projectId: z.uuid().nullable().optional(),
  metric: z.enum(USAGE_METRICS),
  quantity: z.number().finite().nonnegative(),
  /** Stable for one real-world occurrence: recording it twice counts it once. */
  idempotencyKey: z.string().min(8).max(200),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type RequestUsageInput = z.input<typeof requestUsageInput>;

/**
 * Records usage inside the request's own transaction (the `tx` of withRls), so it commits with the
 * work it meters: no transaction or commit of its own, and nothing buffered in the process that a
 * crash after the response could lose. Who pays is decided by the database
 * (private.record_request_usage, 20261209000100_request_usage.sql): a project's owner, and only
 * for a project the caller works on. Keys are stored as `req:<key>`. Returns how many were new.
 *
 * System code with no request (cron ticks, snapshots, imports) uses recordUsage instead.
 */
export async function recordRequestUsageIn(tx: Tx, events: readonly RequestUsageInput[]): Promise<number> {
  if (events.length === 0) return 0;
  const rows = events.map((event) => {
    const e = requestUsageInput.parse(event);
    return {
      project_id: e.projectId ?? null,
      metric: e.metric,
      quantity: e.quantity,
      idempotency_key: e.idempotencyKey,
      properties: e.properties ?? {},
    };
  });
  const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select private.record_request_usage(${JSON.stringify(rows)}::jsonb) as n`));
  return Number(row?.n ?? 0);
}
