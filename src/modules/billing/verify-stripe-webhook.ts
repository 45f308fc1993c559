import type Stripe from 'stripe';
import { AppError } from '@/lib/errors';
import { decodeUtf8 } from '@/lib/http/read-capped-body';

/**
 * The largest webhook body we read. Stripe's events are a few kilobytes (the object as retrieved,
 * its lists cut to their first items); 1 MiB leaves room for the heaviest one — an invoice with
 * its lines, each carrying full metadata — while bounding what one request makes us hold. A cap
 * too tight would lose a real event for good (Stripe retries it, same size, for days), one too
 * loose only costs memory, so it errs high.
 */
export const MAX_STRIPE_WEBHOOK_BYTES = 1024 * 1024;

/** Stripe's own tolerance for a signature's age (its SDK's default): a replay window, not skew. */
export const SIGNATURE_MAX_AGE_SECONDS = 300;

/**
 * How far ahead of our clock a signature may be dated. Stripe signs each delivery attempt when it
 * sends it, so a timestamp ahead of us is only clock skew — or a body signed with a leaked secret
 * dated ahead to stay replayable long after. Five minutes, the same as the age tolerance: each
 * signed body is accepted within ±5 min of our clock, a ten-minute window however the clocks
 * disagree, and a host whose clock drifted (NTP keeps it within a second) still takes Stripe's
 * events instead of refusing every one of them. Replays inside the window are harmless anyway:
 * the event id makes a second delivery a no-op.
 */
export const SIGNATURE_MAX_FUTURE_SKEW_SECONDS = 300;

export type VerifyStripeWebhookInput = {
  body: Uint8Array;
  signatureHeader: string | null;
  secret: string;
  /** Our clock, in milliseconds (a parameter so the check is testable at its edges). */
  nowMs?: number;
};

/**
 * The webhook's body as text once its Stripe-Signature is good: an HMAC over the exact bytes
 * with our secret (the SDK's check, which also refuses signatures older than 300 s), dated no
 * more than SIGNATURE_MAX_FUTURE_SKEW_SECONDS ahead of us. Anything else is a VALIDATION error
 * and nothing is read from the body: an unsigned body is not Stripe's.
 */
export function verifyStripeWebhook(stripe: Stripe, input: VerifyStripeWebhookInput): string {
  const nowMs = input.nowMs ?? Date.now();
  const invalid = new AppError('VALIDATION', 'errors.billing.webhookSignatureInvalid');
  const verifier = stripe.webhooks.signature;
  const text = decodeUtf8(input.body);
  if (!verifier || !input.signatureHeader || text === null) throw invalid;
  try {
    verifier.verifyHeader(text, input.signatureHeader, input.secret, SIGNATURE_MAX_AGE_SECONDS, undefined, nowMs);
  } catch {
    throw invalid;
  }
  // The SDK bounds only the age (its check is `now - t > tolerance`), so a future date passes it.
  const signedAt = signedAtOf(input.signatureHeader);
  if (signedAt === null) throw invalid;
  if (signedAt - Math.floor(nowMs / 1000) > SIGNATURE_MAX_FUTURE_SKEW_SECONDS) {
    throw new AppError('VALIDATION', 'errors.billing.webhookSignatureFromFuture', {
      values: { minutes: SIGNATURE_MAX_FUTURE_SKEW_SECONDS / 60 },
    });
  }
  return text;
}

/**
 * The header's `t=` as the SDK reads it — the last one wins — so the time checked here is the
 * time the verified HMAC covers.
 */
function signedAtOf(header: string): number | null {
  let signedAt: number | null = null;
  for (const item of header.split(',')) {
    const [key, value] = item.split('=');
    if (key === 't') signedAt = Number.parseInt(value ?? '', 10);
  }
  return signedAt !== null && Number.isFinite(signedAt) ? signedAt : null;
}
