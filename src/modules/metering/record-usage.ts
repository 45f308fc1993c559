import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { USAGE_METRICS, usageEvents } from './schema';

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
      userId: e.userId,
      projectId: e.projectId ?? null,
      metric: e.metric,
      quantity: e.quantity,
      idempotencyKey: e.idempotencyKey,
      properties: e.properties ?? {},
      ...(e.occurredAt ? { occurredAt: e.occurredAt } : {}),
    };
  });
  const db = tx ?? (await unsafeSystemDb('metering: usage is recorded by system code, never by end users'));
  const inserted = await db
    .insert(usageEvents)
    .values(rows)
    .onConflictDoNothing({ target: usageEvents.idempotencyKey })
    .returning({ id: usageEvents.id });
  return inserted.length;
}
