import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startCheckout } from '@/modules/billing/start-checkout';
import { createTestUser } from '@tests/helpers/test-db';
import { setUpBillingWorld } from '../billing-world';
import { eventHelpers } from './event-helpers';

// checkout.session.completed (on-checkout-session-completed.ts): the session's subscription is
// applied to the profile it names; a customer nobody has yet is linked to that profile.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_checkout' });
const { profileOf, recorded, deliverJson } = eventHelpers(world);

describe('checkout.session.completed', () => {
  it('applies the plan bought through our Checkout once', async () => {
    const user = await createTestUser(world.handle);
    const { url } = await startCheckout(user.claims, { tier: 'pro' });
    const session = await world.standIn.completeCheckout(url.split('/').at(-1)!);
    const event = world.event('checkout.session.completed', session);
    expect(await deliverJson(event)).toMatchObject({ outcome: 'applied' });
    expect(await deliverJson(event)).toMatchObject({ outcome: 'duplicate' });
    expect(await profileOf(user.id)).toMatchObject({
      tier: 'pro',
      subscriptionStatus: 'active',
      stripeSubscriptionId: session.subscription,
    });
  });

  it('links a customer created elsewhere to the profile its client_reference_id names', async () => {
    const user = await createTestUser(world.handle);
    const customer = await world.stripe.customers.create({ email: user.email });
    const [price] = (await world.stripe.prices.list({ lookup_keys: ['pm_basic_monthly'] })).data;
    const subscription = await world.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price!.id }] });
    const session = {
      id: `cs_${randomUUID()}`,
      object: 'checkout.session',
      mode: 'subscription',
      customer: customer.id,
      client_reference_id: user.id,
      subscription: subscription.id,
    };
    const event = world.event('checkout.session.completed', session);
    expect(await deliverJson(event)).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ stripeCustomerId: customer.id, tier: 'basic', subscriptionStatus: 'active' });
    expect(await recorded(event.id)).toMatchObject([{ userId: user.id, outcome: 'applied' }]);
  });
});
