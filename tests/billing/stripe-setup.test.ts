import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { PLANS } from '@/modules/billing/plans';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { startStripeStandIn, type StripeStandIn } from '@tests/fakes/stripe/server';

// `npm run stripe:setup` against the stand-in through the real SDK: the first run creates the
// four meters, two products and a licensed + four graduated metered prices per plan; a second run
// changes nothing; a changed amount gets a new price that takes over the lookup key.

let standIn: StripeStandIn;
let stripe: Stripe;
beforeAll(async () => {
  standIn = await startStripeStandIn();
  stripe = createStripeClient('sk_test_standin', standIn.url, { maxNetworkRetries: 0 });
});
afterAll(async () => {
  await standIn.close();
});

describe('stripe:setup', () => {
  it('creates the catalog once, by lookup keys, and is a no-op the second time', async () => {
    const first = await setupStripeCatalog(stripe);
    expect(first.created.filter((n) => n.startsWith('meter:'))).toHaveLength(4);
    expect(first.created.filter((n) => n.startsWith('product:'))).toEqual(['product:pm_basic', 'product:pm_pro']);
    expect(first.created.filter((n) => n.startsWith('price:'))).toHaveLength(10);

    const second = await setupStripeCatalog(stripe);
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toHaveLength(16);

    const basic = PLANS.find((p) => p.tier === 'basic')!;
    const prices = await stripe.prices.list({ lookup_keys: [basic.lookupKey!, basic.meters[0]!.lookupKey] });
    const licensed = prices.data.find((p) => p.lookup_key === basic.lookupKey)!;
    expect(licensed.unit_amount).toBe(29_700);
    expect(licensed.currency).toBe('brl');
    const metered = prices.data.find((p) => p.lookup_key === basic.meters[0]!.lookupKey)!;
    // The first graduated tier is the included amount, at zero: only overage is charged.
    expect(metered.tiers?.[0]?.up_to).toBe(basic.meters[0]!.included);
    expect(Number(metered.tiers?.[0]?.unit_amount_decimal)).toBe(0);
    expect(Number(metered.tiers?.[1]?.unit_amount_decimal)).toBe(150);
    expect(metered.recurring?.usage_type).toBe('metered');
  });

  it('replaces a price whose amount changed, moving the lookup key to the new one', async () => {
    await setupStripeCatalog(stripe);
    const old = (await stripe.prices.list({ lookup_keys: ['pm_pro_monthly'] })).data[0]!;
    await stripe.prices.update(old.id, { unit_amount: 1 } as Stripe.PriceUpdateParams);
    const report = await setupStripeCatalog(stripe);
    expect(report.updated).toEqual(['price:pm_pro_monthly']);
    const current = (await stripe.prices.list({ lookup_keys: ['pm_pro_monthly'] })).data;
    expect(current).toHaveLength(1);
    expect(current[0]!.id).not.toBe(old.id);
    expect(current[0]!.unit_amount).toBe(89_700);
  });
});
