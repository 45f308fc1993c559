import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setUpBillingWorld } from '../billing-world';
import { eventHelpers } from './event-helpers';

// invoice.payment_failed (on-invoice-payment-failed.ts): the subscription's past_due is applied and
// each failed attempt on Stripe's retry schedule is one payment.failed notice.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_invoice_failed' });
const { profileOf, recorded, noticesFor, deliverJson } = eventHelpers(world);

describe('invoice.payment_failed', () => {
  it('marks the account past due and sends one notice per attempt, redeliveries included', async () => {
    const { user, customer, subscription } = await world.subscriber('basic');
    world.standIn.updateSubscription(subscription.id, { status: 'past_due' });
    const invoice = { id: `in_${randomUUID()}`, object: 'invoice', customer, subscription: subscription.id };
    const first = world.event('invoice.payment_failed', { ...invoice, attempt_count: 1 });
    const second = world.event('invoice.payment_failed', { ...invoice, attempt_count: 2 });
    expect(await deliverJson(first)).toMatchObject({ outcome: 'applied' });
    expect(await deliverJson(first)).toMatchObject({ outcome: 'duplicate' });
    expect(await deliverJson(second)).toMatchObject({ outcome: 'applied' });

    expect(await profileOf(user.id)).toMatchObject({ tier: 'basic', subscriptionStatus: 'past_due' });
    expect(await noticesFor(user.id)).toEqual([
      { event_id: `payment.failed:${invoice.id}:1`, kind: 'payment.failed' },
      { event_id: `payment.failed:${invoice.id}:2`, kind: 'payment.failed' },
    ]);
    expect(await recorded(first.id)).toMatchObject([{ type: 'invoice.payment_failed', userId: user.id }]);
  });

  it('answers unknown-customer, with no notice, for an invoice of a customer nobody has', async () => {
    const customer = await world.stripe.customers.create({ email: `${randomUUID()}@elsewhere.test` });
    const invoice = { id: `in_${randomUUID()}`, object: 'invoice', customer: customer.id, subscription: null, attempt_count: 1 };
    const event = world.event('invoice.payment_failed', invoice);
    expect(await deliverJson(event)).toMatchObject({ outcome: 'unknown-customer' });
    expect(await recorded(event.id)).toMatchObject([{ userId: null, outcome: 'unknown-customer' }]);
  });
});
