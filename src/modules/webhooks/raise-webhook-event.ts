import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { events } from '~inngest/client';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import type { Tx } from '@/lib/db/with-rls';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import { WEBHOOK_EVENTS, type WebhookEventData, type WebhookEventType, type WebhookPayload } from './event-catalogue';

/** A Standard Webhooks message id: `msg_` and 24 random alphanumerics (the `webhook-id` header). */
export function newMessageId(): string {
  return `msg_${randomBytes(18).toString('base64url').replace(/[-_]/g, 'x')}`;
}

export type RaiseWebhookEventInput<T extends WebhookEventType> = {
  type: T;
  /** Whose endpoints hear it: the account, or the owner of the project. */
  account: { userId: string } | { projectId: string };
  /** What happened, deterministic ('lead.created:<lead id>'): raised twice, it is one message per endpoint. */
  key: string;
  data: WebhookEventData<T>;
  occurredAt?: Date;
};

/**
 * Records one message per enabled endpoint of the account that subscribes to the event, in the
 * caller's transaction, with the job event that delivers each (the outbox). So the message exists
 * exactly when the write it announces (a lead, a publish) does: if the receiver is down, or the
 * process dies after the commit, the delivery job still has it and retries — nothing is lost.
 * System code only (the privileged connection): it reads another account's endpoints. Call
 * `flushEvents()` after the commit. Returns the message ids created.
 */
export async function unsafeRaiseWebhookEventInTx<T extends WebhookEventType>(
  tx: Tx | Db,
  input: RaiseWebhookEventInput<T>,
): Promise<string[]> {
  const data: Record<string, unknown> = WEBHOOK_EVENTS[input.type].parse(input.data);
  const payload: WebhookPayload = { type: input.type, timestamp: (input.occurredAt ?? new Date()).toISOString(), data };
  const owner =
    'userId' in input.account
      ? sql`${input.account.userId}::uuid`
      : sql`(select p.owner_id from public.projects p where p.id = ${input.account.projectId}::uuid)`;
  const endpoints = rowsOf<{ id: string }>(
    await tx.execute(sql`
      select e.id from public.webhook_endpoints e
      where e.owner_id = ${owner} and e.is_enabled and ${input.type} = any (e.event_types)`),
  );
  const messageIds: string[] = [];
  for (const endpoint of endpoints) {
    const [row] = rowsOf<{ id: string }>(
      await tx.execute(sql`
        insert into private.webhook_messages (id, endpoint_id, event_type, event_key, payload)
        values (${newMessageId()}, ${endpoint.id}::uuid, ${input.type}, ${input.key}, ${JSON.stringify(payload)}::jsonb)
        on conflict (endpoint_id, event_key) do nothing
        returning id`),
    );
    if (row) messageIds.push(row.id);
  }
  await enqueueEvents(
    tx,
    messageIds.map((messageId) => eventOf(events.webhookMessageQueued, { messageId }, { id: `webhook:${messageId}` })),
  );
  return messageIds;
}

/** The same from system code after its own write committed (a publish, a cron), flushed at once. */
export async function unsafeRaiseWebhookEvent<T extends WebhookEventType>(input: RaiseWebhookEventInput<T>): Promise<string[]> {
  const db = await unsafeSystemDb('system code records outgoing webhook messages for the account the event belongs to');
  const ids = await db.transaction((tx) => unsafeRaiseWebhookEventInTx(tx, input));
  if (ids.length) await flushEvents();
  return ids;
}
