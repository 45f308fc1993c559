import { and, eq, sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { isAppError } from '@/lib/errors';
import { emitNotification } from '@/modules/notifications/emit-notification';
import { checkWebhookDestination, type WebhookUrlOptions } from './check-webhook-url';
import { postWebhook, RESPONSE_EXCERPT_CHARS } from './post-webhook';
import { webhookAttempts, webhookEndpoints, webhookEndpointSecrets, webhookMessages } from './schema';

/**
 * The waits between attempts (Standard Webhooks' / Svix's schedule): at once, then after 5 s,
 * 5 min, 30 min, 2 h, 5 h, 10 h and 10 h — eight attempts over about 27 hours, growing roughly
 * exponentially. The delivery job sleeps durably between them (a restart resumes the schedule).
 */
export const RETRY_DELAYS = ['5s', '5m', '30m', '2h', '5h', '10h', '10h'] as const;

/**
 * delivered: the receiver answered 2xx. failed: anything else (status, timeout, refused address,
 * DNS): try again later. skipped: nothing to send any more (endpoint removed or switched off,
 * message already delivered).
 */
export type AttemptOutcome = { outcome: 'delivered' | 'failed' | 'skipped'; statusCode?: number };

/**
 * One delivery attempt of a message: the destination is checked again now (the public-address
 * guard, DNS resolved and pinned), the payload signed per Standard Webhooks with the endpoint's
 * secret (`webhook-id` is the message id on every attempt, so receivers dedupe), posted, and
 * logged — one row per attempt, with the status, latency and the start of the answer. The
 * endpoint's failure streak grows on a failure and is cleared by a success.
 * System code (the delivery job): it reads the secret.
 */
export async function unsafeAttemptWebhookDelivery(messageId: string, options: WebhookUrlOptions = {}): Promise<AttemptOutcome> {
  const db = await unsafeSystemDb('the webhook delivery job sends a message with its endpoint’s secret and logs the attempt');
  const [row] = await db
    .select({ message: webhookMessages, endpoint: webhookEndpoints, secret: webhookEndpointSecrets.secret })
    .from(webhookMessages)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookMessages.endpointId))
    .innerJoin(webhookEndpointSecrets, eq(webhookEndpointSecrets.endpointId, webhookEndpoints.id))
    .where(eq(webhookMessages.id, messageId));
  if (!row || !row.endpoint.isEnabled) return { outcome: 'skipped' };
  const { message, endpoint } = row;
  const body = JSON.stringify(message.payload);
  let result: { statusCode: number | null; latencyMs: number; excerpt: string; error: string | null };
  try {
    const target = await checkWebhookDestination(endpoint.url, options);
    const timestamp = new Date();
    const signature = new Webhook(row.secret).sign(message.id, timestamp, body);
    const headers = {
      'webhook-id': message.id,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signature,
    };
    result = await postWebhook(target.url, target.address, headers, body);
  } catch (error) {
    const reason = isAppError(error) ? error.key.replace(/^errors\.webhooks\./, '') : 'error';
    result = { statusCode: null, latencyMs: 0, excerpt: '', error: reason };
  }
  const isSuccess = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  await db.transaction(async (tx) => {
    await tx.insert(webhookAttempts).values({
      messageId: message.id,
      endpointId: endpoint.id,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      responseExcerpt: result.excerpt.slice(0, RESPONSE_EXCERPT_CHARS),
      error: result.error ?? (isSuccess ? null : `status ${result.statusCode}`),
      isSuccess,
    });
    if (isSuccess) {
      await tx.update(webhookMessages).set({ status: 'delivered', deliveredAt: new Date() }).where(eq(webhookMessages.id, message.id));
      await tx.update(webhookEndpoints).set({ failureStreak: 0, failingSince: null }).where(eq(webhookEndpoints.id, endpoint.id));
    } else {
      await tx
        .update(webhookEndpoints)
        .set({
          failureStreak: sql`${webhookEndpoints.failureStreak} + 1`,
          failingSince: sql`coalesce(${webhookEndpoints.failingSince}, now())`,
        })
        .where(eq(webhookEndpoints.id, endpoint.id));
    }
  });
  return isSuccess
    ? { outcome: 'delivered', statusCode: result.statusCode! }
    : { outcome: 'failed', ...(result.statusCode ? { statusCode: result.statusCode } : {}) };
}

/**
 * Every attempt of a message failed (the whole schedule, about a day): the message is marked
 * failed and — when nothing at all reached the endpoint since this message's first attempt, so
 * the endpoint failed everything for the whole schedule — the endpoint is switched off
 * ('failing') and its owner told through the notifications module, once per streak. A success in
 * between (another message got through) means the receiver works: it stays on.
 */
export async function unsafeGiveUpWebhookMessage(messageId: string): Promise<{ disabled: boolean }> {
  const db = await unsafeSystemDb('the webhook delivery job gives up on a message and may switch a failing endpoint off');
  const disabled = await db.transaction(async (tx) => {
    const [message] = await tx.update(webhookMessages).set({ status: 'failed' }).where(eq(webhookMessages.id, messageId)).returning();
    if (!message) return null;
    const [endpoint] = await tx
      .update(webhookEndpoints)
      .set({ isEnabled: false, disabledReason: 'failing', updatedAt: new Date() })
      .where(
        and(
          eq(webhookEndpoints.id, message.endpointId),
          eq(webhookEndpoints.isEnabled, true),
          // Compared in SQL: both are the database's now(), in microseconds.
          sql`${webhookEndpoints.failingSince} <= (select min(a.created_at) from private.webhook_attempts a where a.message_id = ${messageId})`,
        ),
      )
      .returning();
    return endpoint ?? null;
  });
  if (!disabled) return { disabled: false };
  await emitNotification({
    kind: 'webhook.disabled',
    eventId: `webhook.disabled:${disabled.id}:${disabled.failingSince!.toISOString()}`,
    userId: disabled.ownerId,
    endpointId: disabled.id,
    url: disabled.url.slice(0, 300),
  });
  return { disabled: true };
}
