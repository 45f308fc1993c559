import webpush, { WebPushError } from 'web-push';
import { getVapidKeys } from './vapid-keys';

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type PushPayload = { title: string; body: string; url: string; tag: string };
/** sent: the push service took it; gone: 404/410, the subscription no longer exists; failed: try later. */
export type PushOutcome = 'sent' | 'gone' | 'failed';

/**
 * One Web Push message (RFC 8030, encrypted per RFC 8291 aes128gcm, signed per RFC 8292) through
 * the `web-push` library. The push service's 404 and 410 mean the browser dropped the
 * subscription: the caller removes it. Anything else (a 5xx, a timeout) is a failure to retry.
 */
export async function sendPush(target: PushTarget, payload: PushPayload): Promise<{ outcome: PushOutcome; status?: number }> {
  const keys = getVapidKeys();
  try {
    const result = await webpush.sendNotification(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      JSON.stringify(payload),
      {
        vapidDetails: { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
        TTL: 24 * 60 * 60,
        urgency: 'normal',
        timeout: 10_000,
      },
    );
    return { outcome: 'sent', status: result.statusCode };
  } catch (err) {
    if (err instanceof WebPushError && (err.statusCode === 404 || err.statusCode === 410))
      return { outcome: 'gone', status: err.statusCode };
    if (err instanceof WebPushError) return { outcome: 'failed', status: err.statusCode };
    return { outcome: 'failed' };
  }
}
