import { describe, expect, it } from 'vitest';
import { STRIPE_SUBSCRIPTION_STATUSES, accessForStatus } from './access-for-status';

// Every status Stripe documents for a subscription, on a Pro plan: the tier it gives, what the
// profile stores (our enum has no incomplete_expired or paused) and whether the subscription is
// over for good (the profile then forgets its id).
const TABLE = {
  active: { tier: 'pro', status: 'active', isOver: false },
  trialing: { tier: 'pro', status: 'trialing', isOver: false },
  past_due: { tier: 'pro', status: 'past_due', isOver: false },
  unpaid: { tier: 'free', status: 'unpaid', isOver: false },
  canceled: { tier: 'free', status: 'canceled', isOver: true },
  incomplete: { tier: 'free', status: 'incomplete', isOver: false },
  incomplete_expired: { tier: 'free', status: 'canceled', isOver: true },
  paused: { tier: 'free', status: 'unpaid', isOver: false },
} as const;

describe('accessForStatus', () => {
  it('covers every Stripe subscription status, and the table covers them all', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...STRIPE_SUBSCRIPTION_STATUSES].sort());
  });

  it.each(Object.entries(TABLE))('%s → %o', (status, expected) => {
    expect(accessForStatus(status, 'pro')).toEqual(expected);
  });

  it('gives no paid tier for a price that is not in the plan table, whatever the status', () => {
    for (const status of STRIPE_SUBSCRIPTION_STATUSES) expect(accessForStatus(status, null).tier).toBe('free');
  });

  it('fails closed on a status Stripe may add later: Free, stored as incomplete', () => {
    expect(accessForStatus('on_hold', 'pro')).toEqual({ tier: 'free', status: 'incomplete', isOver: false });
  });

  // A boleto subscription is active at Stripe before anyone paid, and past due once the boleto
  // expires: until the first invoice is paid, no paid tier, shown as waiting for payment.
  it.each([
    ['active', { tier: 'free', status: 'incomplete', isOver: false }],
    ['past_due', { tier: 'free', status: 'incomplete', isOver: false }],
    ['unpaid', TABLE.unpaid],
    ['canceled', TABLE.canceled],
  ] as const)('awaiting the first boleto payment: %s → %o', (status, expected) => {
    expect(accessForStatus(status, 'pro', true)).toEqual(expected);
  });
});
