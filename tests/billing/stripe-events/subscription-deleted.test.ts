import { describe, expect, it } from 'vitest';
import { setClientTier } from '@/modules/accounts/set-client-tier';
import { createTestUser } from '@tests/helpers/test-db';
import { nowInSeconds as now, setUpBillingWorld } from '../billing-world';
import { eventHelpers } from './event-helpers';

// customer.subscription.deleted (on-subscription-deleted.ts): the account moves to Free and forgets
// the subscription; a redelivery changes nothing.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_sub_deleted' });
const { profileOf, recorded, deliverJson } = eventHelpers(world);

describe('customer.subscription.deleted', () => {
  it('moves the account to Free once the subscription ended', async () => {
    const { user, subscription } = await world.subscriber('pro');
    const t = now();
    await deliverJson(world.event('customer.subscription.created', subscription, t - 60));
    expect((await profileOf(user.id)).tier).toBe('pro');

    const ended = world.standIn.updateSubscription(subscription.id, { status: 'canceled', ended_at: t });
    const event = world.event('customer.subscription.deleted', ended, t);
    expect(await deliverJson(event)).toMatchObject({ outcome: 'applied' });
    expect(await deliverJson(event)).toMatchObject({ outcome: 'duplicate' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'free', subscriptionStatus: 'canceled', stripeSubscriptionId: null });
    expect(await recorded(event.id)).toMatchObject([{ userId: user.id, outcome: 'applied' }]);
  });

  it('keeps a plan an admin granted', async () => {
    const admin = await createTestUser(world.handle, { userType: 'admin' });
    const { user, subscription } = await world.subscriber('basic');
    await setClientTier(admin.claims, { clientId: user.id, tier: 'enterprise' });
    const ended = world.standIn.updateSubscription(subscription.id, { status: 'canceled' });
    expect(await deliverJson(world.event('customer.subscription.deleted', ended))).toMatchObject({ outcome: 'granted-plan-kept' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'enterprise', subscriptionStatus: 'canceled' });
  });
});
