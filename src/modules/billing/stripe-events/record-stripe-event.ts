import type { Db } from '@/lib/db/client';
import type { RecordableEvent } from '../parse-stripe-event';
import { billingEvents } from '../schema';
import type { StripeEventOutcome, StripeEventResult } from './stripe-event-result';

/**
 * Records an event that changes nothing (malformed, an object Stripe no longer knows, a type we do
 * not handle) under its id, so a redelivery is answered `duplicate` and the row shows what came.
 */
export async function recordStripeEvent(
  db: Db,
  event: RecordableEvent,
  outcome: StripeEventOutcome,
  reason?: string,
): Promise<StripeEventResult> {
  const inserted = await db
    .insert(billingEvents)
    .values({ id: event.id, type: event.type, stripeCreated: event.created, userId: null, outcome })
    .onConflictDoNothing({ target: billingEvents.id })
    .returning({ id: billingEvents.id });
  if (inserted.length === 0) return { outcome: 'duplicate', recordedAs: event.id };
  return { outcome, recordedAs: event.id, ...(reason ? { reason } : {}) };
}
