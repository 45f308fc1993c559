import { describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { SIGNATURE_MAX_AGE_SECONDS, SIGNATURE_MAX_FUTURE_SKEW_SECONDS, verifyStripeWebhook } from './verify-stripe-webhook';

const secret = 'whsec_unit';
const stripe = new Stripe('sk_test_unit');
const payload = JSON.stringify({ id: 'evt_unit', object: 'event' });
const body = new TextEncoder().encode(payload);
const NOW = 1_800_000_000;

function verifyAt(signedAt: number, header = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: signedAt })) {
  return () => verifyStripeWebhook(stripe, { body, signatureHeader: header, secret, nowMs: NOW * 1000 });
}

describe('verifyStripeWebhook', () => {
  it('takes a signature up to the skew ahead and refuses one a second past it', () => {
    expect(verifyAt(NOW + SIGNATURE_MAX_FUTURE_SKEW_SECONDS)()).toBe(payload);
    expect(verifyAt(NOW + SIGNATURE_MAX_FUTURE_SKEW_SECONDS + 1)).toThrow(
      expect.objectContaining({ code: 'VALIDATION', key: 'errors.billing.webhookSignatureFromFuture' }),
    );
  });

  it('keeps Stripe’s tolerance for old signatures', () => {
    expect(verifyAt(NOW - SIGNATURE_MAX_AGE_SECONDS)()).toBe(payload);
    expect(verifyAt(NOW - SIGNATURE_MAX_AGE_SECONDS - 1)).toThrow(
      expect.objectContaining({ key: 'errors.billing.webhookSignatureInvalid' }),
    );
  });

  it('checks the time the HMAC covers when a header repeats t= (the SDK reads the last one)', () => {
    const future = NOW + 3600;
    const signed = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: future });
    expect(verifyAt(future, `t=${NOW},${signed}`)).toThrow(expect.objectContaining({ key: 'errors.billing.webhookSignatureFromFuture' }));
  });

  it('refuses a missing header, another secret and bytes that are not UTF-8', () => {
    expect(() => verifyStripeWebhook(stripe, { body, signatureHeader: null, secret, nowMs: NOW * 1000 })).toThrow(
      expect.objectContaining({ key: 'errors.billing.webhookSignatureInvalid' }),
    );
    const other = Stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_other', timestamp: NOW });
    expect(verifyAt(NOW, other)).toThrow(expect.objectContaining({ key: 'errors.billing.webhookSignatureInvalid' }));
    const notUtf8 = new Uint8Array([0xff, 0xfe, 0x7b]);
    expect(() => verifyStripeWebhook(stripe, { body: notUtf8, signatureHeader: `t=${NOW},v1=00`, secret, nowMs: NOW * 1000 })).toThrow(
      expect.objectContaining({ key: 'errors.billing.webhookSignatureInvalid' }),
    );
  });
});
