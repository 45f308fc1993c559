import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nowInSeconds as now, setUpBillingWorld } from '../billing-world';
import { eventHelpers } from './event-helpers';

// customer.subscription.created (on-subscription-created.ts) through the real webhook route, with
// the subscription re-read from the Stripe stand-in.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_sub_created' });
const { profileOf, recorded, deliverJson } = eventHelpers(world);

describe('customer.subscription.created', () => {
  it('applies the plan, status, subscription id and period once, however often Stripe delivers it', async () => {
    const { user, subscription } = await world.subscriber('pro');
    const event = world.event('customer.subscription.created', subscription, now());
    expect(await deliverJson(event)).toMatchObject({ outcome: 'applied', recordedAs: event.id });
    expect(await deliverJson(event)).toMatchObject({ outcome: 'duplicate' });
    const profile = await profileOf(user.id);
    expect(profile).toMatchObject({ tier: 'pro', subscriptionStatus: 'active', stripeSubscriptionId: subscription.id });
    expect(profile.currentPeriodEnd).toBeInstanceOf(Date);
    expect(await recorded(event.id)).toMatchObject([{ type: 'customer.subscription.created', userId: user.id, outcome: 'applied' }]);
  });

  it('gives no paid tier to an incomplete subscription (first payment pending)', async () => {
    const { user, subscription } = await world.subscriber('basic');
    const incomplete = world.standIn.updateSubscription(subscription.id, { status: 'incomplete' });
    expect(await deliverJson(world.event('customer.subscription.created', incomplete))).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'free', subscriptionStatus: 'incomplete' });
  });

  it('records a subscription of a customer no profile has, and changes nobody', async () => {
    const customer = await world.stripe.customers.create({ email: `${randomUUID()}@elsewhere.test` });
    const [price] = (await world.stripe.prices.list({ lookup_keys: ['pm_basic_monthly'] })).data;
    const subscription = await world.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price!.id }] });
    const event = world.event('customer.subscription.created', subscription);
    expect(await deliverJson(event)).toMatchObject({ outcome: 'unknown-customer' });
    expect(await recorded(event.id)).toMatchObject([{ userId: null, outcome: 'unknown-customer' }]);
  });
});
