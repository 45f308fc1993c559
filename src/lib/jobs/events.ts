import type { EventType } from 'inngest';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import type { Tx } from '@/lib/db/with-rls';
import type { CheckedEvent } from './types';

/**
 * An event of the catalog, its payload validated now — a bad payload fails where it is written,
 * not in a job minutes later. `id` makes it idempotent: the same id within 24 hours is one event
 * (Inngest's semantics, which the embedded engine keeps too).
 */
export function eventOf<S extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(
  definition: EventType<string, S>,
  data: z.input<S>,
  options: { id?: string } = {},
): CheckedEvent {
  const parsed: Record<string, unknown> = z.parse(definition.schema, data);
  const event = { name: definition.name, data: parsed, ...(options.id ? { id: options.id } : {}) };
  // The one place the brand is applied: the payload was just parsed by the catalog's schema.
  return Object.freeze(event) as CheckedEvent;
}

/**
 * Records events in the given transaction (the outbox): they exist exactly when the writes they
 * announce were committed. Works inside `withRls` (the caller's role may enqueue through
 * private.enqueue_job_event) and on the privileged connection. Returns the ids of the events
 * recorded; a duplicate id records nothing. Deliver them after commit with `flushEvents()`.
 */
export async function enqueueEvents(tx: Tx | Db, events: readonly CheckedEvent[]): Promise<string[]> {
  const ids: string[] = [];
  for (const event of events) {
    const [row] = rowsOf<{ id: string | null }>(
      await tx.execute(
        sql`select private.enqueue_job_event(${event.name}, ${JSON.stringify(event.data)}::jsonb, ${event.id ?? null}) as id`,
      ),
    );
    if (row?.id) ids.push(row.id);
  }
  return ids;
}
