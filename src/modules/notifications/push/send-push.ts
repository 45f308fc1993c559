import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import webpush from 'web-push';
import { isAppError } from '@/lib/errors';
import { pinnedLookup } from '@/lib/http/pinned-lookup';
import { checkPushEndpoint, type PushEndpointOptions } from './check-push-endpoint';
import { getVapidKeys } from './vapid-keys';

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type PushPayload = { title: string; body: string; url: string; tag: string };
/**
 * sent: the push service took it; gone: 404/410, the subscription no longer exists; refused: the
 * endpoint is not a push service we send to (stored before the guard, or its name now resolves to
 * a private address) — the caller removes it like a gone one; failed: try later.
 */
export type PushOutcome = 'sent' | 'gone' | 'refused' | 'failed';

const TIMEOUT_MS = 10_000;

/**
 * One Web Push message (RFC 8030), encrypted (RFC 8291, aes128gcm) and signed (RFC 8292 VAPID) by
 * the `web-push` library's generateRequestDetails. The request itself is ours (node:http/https):
 * the endpoint is checked again here (a stored row may predate the guard, and DNS may have changed
 * since the subscription), and the connection goes to the address that was checked (a pinned
 * lookup), never to a second DNS answer. Redirects are not followed (a 3xx is a failure). The push
 * service's 404 and 410 mean the browser dropped the subscription: the caller removes it. Anything
 * else that is not 2xx (a 5xx, 429, a timeout, a passing DNS failure) is a failure to retry.
 */
export async function sendPush(
  target: PushTarget,
  payload: PushPayload,
  options: PushEndpointOptions = {},
): Promise<{ outcome: PushOutcome; status?: number }> {
  let address: string;
  try {
    address = (await checkPushEndpoint(target.endpoint, options)).address;
  } catch (error) {
    if (isAppError(error) && error.key === 'errors.analyzer.unresolvable') return { outcome: 'failed' };
    return { outcome: 'refused' };
  }
  const keys = getVapidKeys();
  const details = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
      TTL: 24 * 60 * 60,
      urgency: 'normal',
    },
  );
  const status = await post(details, address);
  if (status === null) return { outcome: 'failed' };
  if (status >= 200 && status < 300) return { outcome: 'sent', status };
  if (status === 404 || status === 410) return { outcome: 'gone', status };
  return { outcome: 'failed', status };
}

type RequestDetails = ReturnType<typeof webpush.generateRequestDetails>;

/** The status the push service answered, or null when it could not be reached in time. */
function post(details: RequestDetails, address: string): Promise<number | null> {
  const url = new URL(details.endpoint);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (status: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(status);
    };
    const request = send(
      url,
      {
        method: details.method,
        headers: details.headers as Record<string, string>,
        lookup: pinnedLookup(address),
        agent: false,
      },
      (response) => {
        response.resume();
        settle(response.statusCode ?? null);
      },
    );
    // The whole exchange, not only an idle socket: a service that trickles its answer is a failure too.
    const timer = setTimeout(() => settle(null), TIMEOUT_MS);
    request.on('error', () => settle(null));
    request.end(details.body ? Buffer.from(details.body) : undefined);
  });
}
