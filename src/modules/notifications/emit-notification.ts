import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import type { Tx } from '@/lib/db/with-rls';
import { flushEvents } from '@/lib/jobs/send-events';
import { notificationEventSchema, type NotificationEventInput } from './events';

/**
 * Records a notification event in the caller's transaction — durably, idempotent on `eventId` —
 * together with the job event that delivers it (`notifications/event.emitted`, see
 * inngest/functions/deliver-notification.ts). Returns whether it was new. The transaction must be
 * on the privileged connection (system code): an event names who hears about it, and a signed-in
 * person may not notify somebody else, so private.emit_notification is granted to service_role
 * only. After commit, call `flushEvents()` (or let the relay cron pick it up within a minute).
 */
export async function emitNotificationInTx(tx: Tx | Db, input: NotificationEventInput): Promise<{ isNew: boolean }> {
  const event = notificationEventSchema.parse(input);
  const [row] = rowsOf<{ is_new: boolean }>(
    await tx.execute(sql`select private.emit_notification(${event.eventId}, ${event.kind}, ${JSON.stringify(event)}::jsonb) as is_new`),
  );
  return { isNew: row?.is_new === true };
}

/**
 * Emits a notification event from system code after its own write committed, and hands it to the
 * delivery job at once. Safe to call again with the same event (a retried step): it is one event.
 * See events.ts for the contract and examples.
 */
export async function emitNotification(input: NotificationEventInput): Promise<{ isNew: boolean }> {
  const db = await unsafeSystemDb('system code records notification events in the notification outbox');
  const result = await db.transaction((tx) => emitNotificationInTx(tx, input));
  if (result.isNew) await flushEvents();
  return result;
}
