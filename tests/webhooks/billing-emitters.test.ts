import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestUser } from '@tests/helpers/test-db';
import { setUpBillingWorld } from '../billing/billing-world';
import { eventHelpers } from '../billing/stripe-events/event-helpers';
import { endpointOf, expectOneQueued, failCommitOf, messagesOf } from './emitter-world';

// invoice.paid / invoice.payment_failed: raised by billing's Stripe event handlers, in the
// transaction that records the event id — driven here through the real, signed webhook route.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_invoice_hooks' });
const { deliverJson } = eventHelpers(world);

async function subscribedClient() {
  const { user, customer, subscription } = await world.subscriber('basic');
  const stranger = await createTestUser(world.handle);
  const endpoints = { own: await endpointOf(user), other: await endpointOf(stranger) };
  const invoice = { id: `in_${randomUUID()}`, object: 'invoice', customer, subscription: subscription.id, currency: 'brl' };
  return { user, subscription, endpoints, invoice };
}

describe('invoice.paid', () => {
  it('queues one message per paid invoice, however often Stripe delivers it', async () => {
    const { endpoints, invoice } = await subscribedClient();
    const event = world.event('invoice.paid', { ...invoice, amount_paid: 4_900, attempt_count: 1 });
    expect(await deliverJson(event)).toMatchObject({ outcome: 'applied' });
    expect(await deliverJson(event)).toMatchObject({ outcome: 'duplicate' });
    expect(await expectOneQueued(world.handle, endpoints, 'invoice.paid')).toEqual({
      invoiceId: invoice.id,
      amountCents: 4_900,
      currency: 'brl',
    });
  });

  it('queues nothing when recording the event rolls back, and one message when Stripe retries', async () => {
    const { endpoints, invoice } = await subscribedClient();
    const event = world.event('invoice.paid', { ...invoice, amount_paid: 4_900, attempt_count: 1 });
    const undo = await failCommitOf(world.handle, 'public.billing_events', `new.id = '${event.id}'`);
    try {
      expect((await world.deliver(event)).status).toBeGreaterThanOrEqual(500);
    } finally {
      await undo();
    }
    expect(await messagesOf(world.handle, endpoints.own)).toEqual([]);
    expect(await deliverJson(event)).toMatchObject({ outcome: 'applied' });
    await expectOneQueued(world.handle, endpoints, 'invoice.paid');
  });
});

describe('invoice.payment_failed', () => {
  it('queues one message per failed attempt, and nothing for an attempt whose recording rolled back', async () => {
    const { subscription, endpoints, invoice } = await subscribedClient();
    world.standIn.updateSubscription(subscription.id, { status: 'past_due' });
    const first = world.event('invoice.payment_failed', { ...invoice, attempt_count: 1 });
    const undo = await failCommitOf(world.handle, 'public.billing_events', `new.id = '${first.id}'`);
    try {
      expect((await world.deliver(first)).status).toBeGreaterThanOrEqual(500);
    } finally {
      await undo();
    }
    expect(await messagesOf(world.handle, endpoints.own)).toEqual([]);

    expect(await deliverJson(first)).toMatchObject({ outcome: 'applied' });
    expect(await deliverJson(first)).toMatchObject({ outcome: 'duplicate' });
    expect(await expectOneQueued(world.handle, endpoints, 'invoice.payment_failed')).toEqual({ invoiceId: invoice.id });

    await deliverJson(world.event('invoice.payment_failed', { ...invoice, attempt_count: 2 }));
    expect(await messagesOf(world.handle, endpoints.own, 'invoice.payment_failed')).toHaveLength(2);
  });
});
