import { NextResponse } from 'next/server';
import { getPayments } from '@/lib/payments/get-stripe';
import { reportError } from '@/lib/observability';
import { handleStripeEvent } from '@/modules/billing/handle-stripe-event';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Stripe's webhook. The signature is checked on the raw body (constructEvent) before anything
 * is read from it: a bad or missing signature is a 400 and changes nothing. Cross-origin by
 * nature (Stripe posts it), so no origin check; the signature is the authentication. A failure
 * after verification answers 500 so Stripe retries; the event id makes the retry safe.
 */
export async function POST(request: Request) {
  const payments = getPayments();
  if (payments.kind !== 'stripe' || !payments.webhookSecret) {
    return NextResponse.json({ error: 'payments are not configured' }, { status: 404 });
  }
  const body = await request.text();
  const signature = request.headers.get('stripe-signature');
  let event;
  try {
    if (!signature) throw new Error('missing signature');
    event = payments.stripe.webhooks.constructEvent(body, signature, payments.webhookSecret);
  } catch {
    return NextResponse.json({ error: 'invalid signature' }, { status: 400 });
  }
  try {
    const outcome = await handleStripeEvent(payments.stripe, event);
    return NextResponse.json({ received: true, outcome });
  } catch (err) {
    reportError(err, { stripeEvent: event.id, type: event.type });
    return NextResponse.json({ error: 'not processed' }, { status: 500 });
  }
}
