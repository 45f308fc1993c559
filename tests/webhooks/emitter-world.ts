import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { createWebhookEndpoint } from '@/modules/webhooks/create-webhook-endpoint';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS, type WebhookEventType } from '@/modules/webhooks/event-catalogue';
import type { TestUser } from '@tests/helpers/test-db';

/**
 * What the emitter tests look at: the messages queued for an endpoint (private.webhook_messages)
 * and the delivery job event each one needs in the outbox, read as system code would — nothing is
 * delivered (the delivery job has its own tests in delivery.test.ts).
 */
const HOOK = 'https://hooks.example.com/page-magic';

/** An endpoint of `user` that subscribes to every event (so only the account decides who hears what). */
export async function endpointOf(user: TestUser, eventTypes: WebhookEventType[] = [...WEBHOOK_EVENT_TYPES]): Promise<string> {
  const { endpoint } = await createWebhookEndpoint(user.claims, { url: HOOK, eventTypes });
  return endpoint.id;
}

type Message = { id: string; event_type: string; event_key: string; payload: { type: string; timestamp: string; data: unknown } };

export async function messagesOf(handle: DbHandle, endpointId: string, type?: WebhookEventType): Promise<Message[]> {
  const rows = rowsOf<Message>(
    await handle.db.execute(
      sql`select id, event_type, event_key, payload from private.webhook_messages where endpoint_id = ${endpointId}::uuid order by created_at, id`,
    ),
  );
  return type ? rows.filter((m) => m.event_type === type) : rows;
}

/**
 * Exactly one message of `type` queued for `own` (its payload valid against the catalogue schema,
 * its delivery job event in the outbox) and none of that type for `other`. Returns its data.
 */
export async function expectOneQueued<T extends WebhookEventType>(
  handle: DbHandle,
  endpoints: { own: string; other: string },
  type: T,
): Promise<Record<string, unknown>> {
  const own = await messagesOf(handle, endpoints.own, type);
  expect(own, `${type} messages for the subscribed endpoint`).toHaveLength(1);
  const message = own[0]!;
  expect(message.payload.type).toBe(type);
  const parsed = WEBHOOK_EVENTS[type].safeParse(message.payload.data);
  expect(parsed.success, `${type} payload: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
  const queued = rowsOf<{ n: number }>(
    await handle.db.execute(
      sql`select count(*)::int as n from public.job_events where name = 'webhooks/message.queued' and data ->> 'messageId' = ${message.id}`,
    ),
  );
  expect(queued[0]!.n, `the delivery job event of ${message.id}`).toBe(1);
  expect(await messagesOf(handle, endpoints.other, type), `${type} for another account’s endpoint`).toEqual([]);
  return message.payload.data as Record<string, unknown>;
}

/**
 * Makes the next commit that wrote a matching row of `table` fail (a deferred constraint trigger:
 * it fires at COMMIT, after every statement of the transaction — the raise included — ran). So a
 * test sees what a change that rolls back at the last moment leaves behind. Returns the undo.
 */
export async function failCommitOf(handle: DbHandle, table: string, when: string): Promise<() => Promise<void>> {
  const name = `test_fail_commit_${randomUUID().replace(/-/g, '')}`;
  await handle.db.execute(
    sql.raw(`
      create or replace function public.test_fail_at_commit() returns trigger language plpgsql as $$
      begin raise exception 'planted failure at commit'; end $$`),
  );
  await handle.db.execute(sql.raw(`grant execute on function public.test_fail_at_commit() to public`));
  await handle.db.execute(
    sql.raw(`
      create constraint trigger ${name} after insert or update on ${table}
      deferrable initially deferred for each row when (${when}) execute function public.test_fail_at_commit()`),
  );
  return async () => {
    await handle.db.execute(sql.raw(`drop trigger ${name} on ${table}`));
  };
}
