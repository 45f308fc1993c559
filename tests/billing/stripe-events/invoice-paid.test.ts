import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nowInSeconds as now, setUpBillingWorld } from '../billing-world';
import { eventHelpers } from './event-helpers';

// invoice.paid (on-invoice-paid.ts): the subscription is re-read and applied, and a payment after a
// failed attempt is one payment.recovered notice, however often Stripe delivers the event.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_invoice_paid' });
const { profileOf, noticesFor, deliverJson } = eventHelpers(world);

describe('invoice.paid', () => {
  it('makes a past-due account active again and sends one payment.recovered notice', async () => {
    const { user, customer, subscription } = await world.subscriber('basic');
    const t = now();
    const pastDue = world.standIn.updateSubscription(subscription.id, { status: 'past_due' });
    await deliverJson(world.event('customer.subscription.updated', pastDue, t - 20));
    expect((await profileOf(user.id)).subscriptionStatus).toBe('past_due');

    world.standIn.updateSubscription(subscription.id, { status: 'active' });
    const invoice = { id: `in_${randomUUID()}`, object: 'invoice', customer, subscription: subscription.id, attempt_count: 2 };
    const event = world.event('invoice.paid', invoice, t);
    expect(await deliverJson(event)).toMatchObject({ outcome: 'applied' });
    expect(await deliverJson(event)).toMatchObject({ outcome: 'duplicate' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'basic', subscriptionStatus: 'active' });
    expect(await noticesFor(user.id)).toEqual([{ event_id: `payment.recovered:${invoice.id}`, kind: 'payment.recovered' }]);
  });

  it('sends no notice for a first-time payment, and reads the subscription from parent.subscription_details', async () => {
    const { user, customer, subscription } = await world.subscriber('pro');
    const invoice = {
      id: `in_${randomUUID()}`,
      object: 'invoice',
      customer,
      parent: { subscription_details: { subscription: subscription.id } },
      attempt_count: 1,
    };
    expect(await deliverJson(world.event('invoice.paid', invoice))).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'pro', subscriptionStatus: 'active' });
    expect(await noticesFor(user.id)).toEqual([]);
  });
});
