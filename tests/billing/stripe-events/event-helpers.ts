import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { billingEvents } from '@/modules/billing/schema';
import { billingStateOf } from '@tests/helpers/billing-state';
import type { BillingWorld } from '../billing-world';

/**
 * What the per-event-type tests look at after a delivery: the client's profile, the event's row in
 * billing_events, and the notification events the billing module emitted for the client.
 */
export function eventHelpers(world: BillingWorld) {
  return {
    async profileOf(userId: string) {
      return billingStateOf(world.handle, userId);
    },
    recorded(eventId: string) {
      return world.handle.db.select().from(billingEvents).where(eq(billingEvents.id, eventId));
    },
    async noticesFor(userId: string) {
      return rowsOf<{ event_id: string; kind: string }>(
        await world.handle.db.execute(
          sql`select event_id, kind from public.notification_events where payload ->> 'userId' = ${userId} order by created_at, event_id`,
        ),
      );
    },
    /** Delivers through the real route and returns the answer's body (asserting a 2xx). */
    async deliverJson(event: Parameters<BillingWorld['deliver']>[0]) {
      const response = await world.deliver(event);
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as { outcome: string; recordedAs: string; reason?: string };
    },
  };
}
