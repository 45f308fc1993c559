import { describe, expect, it } from 'vitest';
import { hasSubscription, planChangeNotice } from './has-subscription';

const subscriber = { tier: 'pro' as const, subscriptionStatus: 'active' as const, stripeSubscriptionId: 'sub_1' };

describe('the notice after a plan change (?changed=)', () => {
  it('says the change is waiting while the plan is still the old one, and done once it is the new one', () => {
    expect(planChangeNotice('basic', subscriber, true)).toBe('pending');
    expect(planChangeNotice('basic', { ...subscriber, tier: 'basic' }, true)).toBe('done');
  });

  it('says nothing from the URL alone: no payments, no subscription, or no tier asked for', () => {
    expect(planChangeNotice('basic', subscriber, false)).toBeNull();
    expect(planChangeNotice('basic', { tier: 'free', subscriptionStatus: 'none', stripeSubscriptionId: null }, true)).toBeNull();
    expect(planChangeNotice('basic', { ...subscriber, subscriptionStatus: 'canceled' }, true)).toBeNull();
    expect(planChangeNotice(undefined, subscriber, true)).toBeNull();
  });

  it('counts a subscription only when Stripe still bills it and we know its id', () => {
    expect(hasSubscription(subscriber)).toBe(true);
    expect(hasSubscription({ subscriptionStatus: 'past_due', stripeSubscriptionId: 'sub_1' })).toBe(true);
    expect(hasSubscription({ subscriptionStatus: 'incomplete', stripeSubscriptionId: 'sub_1' })).toBe(false);
    expect(hasSubscription({ subscriptionStatus: 'active', stripeSubscriptionId: null })).toBe(false);
  });
});
