import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nowInSeconds as now, setUpBillingWorld } from '../billing-world';
import { eventHelpers } from './event-helpers';

// customer.updated (on-customer-updated.ts): recorded once against its client, changing no
// profile or subscription state; a customer nobody has is recorded as unknown-customer.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_customer_updated' });
const { profileOf, recorded, deliverJson } = eventHelpers(world);

describe('customer.updated', () => {
  it('is recorded against its client once and changes nothing else', async () => {
    const { user, customer, subscription } = await world.subscriber('basic');
    await deliverJson(world.event('customer.subscription.created', subscription, now() - 30));
    const before = await profileOf(user.id);

    const updated = await world.stripe.customers.update(customer, { name: 'Padaria Vegana Ltda', metadata: { cnpj: '11222333000181' } });
    expect(updated).toMatchObject({ name: 'Padaria Vegana Ltda', email: user.email });
    const event = world.event('customer.updated', updated);
    expect(await deliverJson(event)).toMatchObject({ outcome: 'recorded', recordedAs: event.id });
    expect(await deliverJson(event)).toMatchObject({ outcome: 'duplicate' });
    expect(await recorded(event.id)).toMatchObject([{ type: 'customer.updated', userId: user.id, outcome: 'recorded' }]);
    expect(await profileOf(user.id)).toEqual(before);
  });

  it('records a customer no profile has as unknown-customer', async () => {
    const customer = await world.stripe.customers.create({ email: `${randomUUID()}@elsewhere.test` });
    const event = world.event('customer.updated', customer);
    expect(await deliverJson(event)).toMatchObject({ outcome: 'unknown-customer' });
    expect(await recorded(event.id)).toMatchObject([{ userId: null, outcome: 'unknown-customer' }]);
  });

  it('records a customer.updated that carries another object as malformed, with its reason', async () => {
    const { subscription } = await world.subscriber('basic');
    const event = world.event('customer.updated', subscription);
    const answer = await deliverJson(event);
    expect(answer).toMatchObject({ outcome: 'malformed', reason: expect.stringContaining('data.object.object') });
    expect(await recorded(event.id)).toMatchObject([{ outcome: 'malformed' }]);
  });
});
