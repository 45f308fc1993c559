import { NextResponse } from 'next/server';
import { AppError, isAppError } from '@/lib/errors';
import { jsonError } from '@/lib/http/ndjson';
import { observeWebhook } from '@/lib/http/observe-webhook';
import { readCappedBody } from '@/lib/http/read-capped-body';
import { getPayments } from '@/lib/payments/get-stripe';
import { reportError } from '@/lib/observability';
import { handleStripeEvent } from '@/modules/billing/stripe-events/handle-stripe-event';
import { parseStripeEvent } from '@/modules/billing/parse-stripe-event';
import { MAX_STRIPE_WEBHOOK_BYTES, verifyStripeWebhook } from '@/modules/billing/verify-stripe-webhook';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Stripe's webhook. Cross-origin by nature (Stripe posts it), so no origin check; the signature
 * is the authentication. In order:
 *  - the body is read up to MAX_STRIPE_WEBHOOK_BYTES and no further → else 413;
 *  - its Stripe-Signature is checked on the raw bytes before anything is read from it (a bad,
 *    missing, too old or future-dated one) → else 400, and nothing changes;
 *  - a signed event is parsed and handled; one we cannot use is recorded and answered 200 with
 *    its reason, since Stripe retries every non-2xx answer for days with the same bytes;
 *  - a failure after verification (Stripe or the database unreachable) → 5xx, with the event
 *    not recorded, so Stripe's retry applies it; the event id makes the retry safe.
 * Errors are answered as `{ error: { code, message } }` in English (Stripe's dashboard shows
 * them to whoever runs this installation), never with a stack or a library's message.
 */
export const POST = observeWebhook('stripe', async (request: Request) => {
  const payments = getPayments();
  if (payments.kind !== 'stripe' || !payments.webhookSecret) {
    return jsonError(new AppError('NOT_FOUND', 'errors.billing.notConfigured'), 'en');
  }
  const body = await readCappedBody(request, MAX_STRIPE_WEBHOOK_BYTES).catch(() => null);
  if (body === 'too-large') {
    return jsonError(
      new AppError('PAYLOAD_TOO_LARGE', 'errors.common.bodyTooLarge', { details: { limitBytes: MAX_STRIPE_WEBHOOK_BYTES } }),
      'en',
    );
  }
  if (body === null) return jsonError(new AppError('VALIDATION', 'errors.common.invalidRequest'), 'en');
  let text: string;
  try {
    text = verifyStripeWebhook(payments.stripe, {
      body,
      signatureHeader: request.headers.get('stripe-signature'),
      secret: payments.webhookSecret,
    });
  } catch (err) {
    return jsonError(err, 'en');
  }
  const parsed = parseStripeEvent(text);
  try {
    const result = await handleStripeEvent(payments.stripe, parsed);
    return NextResponse.json({ received: true, ...result });
  } catch (err) {
    reportError(err, { stripeEvent: parsed.event.id, type: parsed.event.type });
    // Always a 5xx, whatever was thrown: this event must come back.
    const retryable = isAppError(err) && err.code === 'UNAVAILABLE' ? err : new AppError('INTERNAL', 'errors.common.internal');
    return jsonError(retryable, 'en');
  }
});
