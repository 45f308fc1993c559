import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setUpBillingWorld } from '../billing-world';
import { eventHelpers } from './event-helpers';

// invoice.finalized (on-invoice-finalized.ts): an invoice can now be paid (a boleto has its number
// and due date). The subscription's state is applied; nobody is notified.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_invoice_finalized' });
const { profileOf, recorded, noticesFor, deliverJson } = eventHelpers(world);

describe('invoice.finalized', () => {
  it('applies the subscription as Stripe has it (a boleto not yet paid: still no paid tier) and sends no notice', async () => {
    const { user, customer, subscription } = await world.subscriber('pro');
    world.standIn.updateSubscription(subscription.id, { status: 'incomplete' });
    const invoice = world.standIn.addInvoice(customer, { status: 'open', subscription: subscription.id, attempt_count: 0 });
    const event = world.event('invoice.finalized', invoice);
    expect(await deliverJson(event)).toMatchObject({ outcome: 'applied' });
    expect(await deliverJson(event)).toMatchObject({ outcome: 'duplicate' });
    expect(await profileOf(user.id)).toMatchObject({
      tier: 'free',
      subscriptionStatus: 'incomplete',
      stripeSubscriptionId: subscription.id,
    });
    expect(await noticesFor(user.id)).toEqual([]);
    expect(await recorded(event.id)).toMatchObject([{ type: 'invoice.finalized', userId: user.id, outcome: 'applied' }]);
  });

  it('records an invoice without a subscription (a one-off) against its client and changes nothing', async () => {
    const { user, customer } = await world.subscriber('basic');
    const event = world.event('invoice.finalized', { id: `in_${randomUUID()}`, object: 'invoice', customer, subscription: null });
    expect(await deliverJson(event)).toMatchObject({ outcome: 'ignored' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'free' });
    expect(await recorded(event.id)).toMatchObject([{ userId: user.id, outcome: 'ignored' }]);
  });
});
