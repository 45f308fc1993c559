import { describe, expect, it } from 'vitest';
import { nowInSeconds as now, setUpBillingWorld } from '../billing-world';
import { eventHelpers } from './event-helpers';

// customer.subscription.updated (on-subscription-updated.ts): Stripe's current subscription is
// applied; an event older than the last one applied changes nothing.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_sub_updated' });
const { profileOf, deliverJson } = eventHelpers(world);

describe('customer.subscription.updated', () => {
  it('applies an upgrade, and an older update arriving late is stale', async () => {
    const { user, subscription } = await world.subscriber('basic');
    const t = now();
    const [proPrice] = (await world.stripe.prices.list({ lookup_keys: ['pm_pro_monthly'] })).data;
    // `subscription` is the SDK's copy from before the upgrade: what an old event carries.
    const upgraded = world.standIn.updateSubscription(subscription.id, { price: proPrice!.id });
    expect(await deliverJson(world.event('customer.subscription.updated', upgraded, t))).toMatchObject({ outcome: 'applied' });
    expect(await deliverJson(world.event('customer.subscription.updated', subscription, t - 30))).toMatchObject({ outcome: 'stale' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'pro', subscriptionStatus: 'active' });
  });

  it('stores a cancellation scheduled for the period’s end without ending the plan', async () => {
    const { user, subscription } = await world.subscriber('basic');
    const cancelling = world.standIn.updateSubscription(subscription.id, { cancel_at_period_end: true });
    expect(await deliverJson(world.event('customer.subscription.updated', cancelling))).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'basic', cancelAtPeriodEnd: true, stripeSubscriptionId: subscription.id });
  });

  it('blocks publishing when Stripe says past_due (the tier stays)', async () => {
    const { user, subscription } = await world.subscriber('basic');
    const pastDue = world.standIn.updateSubscription(subscription.id, { status: 'past_due' });
    await deliverJson(world.event('customer.subscription.updated', pastDue));
    expect(await profileOf(user.id)).toMatchObject({ tier: 'basic', subscriptionStatus: 'past_due' });
  });
});
