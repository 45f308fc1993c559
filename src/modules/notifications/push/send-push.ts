import webpush from 'web-push';
import { getVapidKeys } from './vapid-keys';

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type PushPayload = { title: string; body: string; url: string; tag: string };
/** sent: the push service took it; gone: 404/410, the subscription no longer exists; failed: try later. */
export type PushOutcome = 'sent' | 'gone' | 'failed';

const TIMEOUT_MS = 10_000;

/**
 * One Web Push message (RFC 8030), encrypted (RFC 8291, aes128gcm) and signed (RFC 8292 VAPID) by
 * the `web-push` library's generateRequestDetails; we make the HTTP request ourselves with fetch,
 * because web-push's own sender only speaks https and the local push service of tests and e2e
 * runs is plain http. The push service's 404 and 410 mean the browser dropped the subscription:
 * the caller removes it. Anything else that is not 2xx (a 5xx, 429, a timeout) is a failure to retry.
 */
export async function sendPush(target: PushTarget, payload: PushPayload): Promise<{ outcome: PushOutcome; status?: number }> {
  const keys = getVapidKeys();
  const request = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
      TTL: 24 * 60 * 60,
      urgency: 'normal',
    },
  );
  try {
    const res = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
    await res.body?.cancel();
    if (res.ok) return { outcome: 'sent', status: res.status };
    if (res.status === 404 || res.status === 410) return { outcome: 'gone', status: res.status };
    return { outcome: 'failed', status: res.status };
  } catch {
    return { outcome: 'failed' };
  }
}
