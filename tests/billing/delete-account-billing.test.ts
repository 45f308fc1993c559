import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { authUsers } from '@/lib/auth/schema';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { unsafeLinkStripeCustomer } from '@/modules/accounts/unsafe-billing-state';
import { lookupKeysFor } from '@/modules/billing/plans';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { deleteAccount } from '@/modules/privacy/delete-account';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { startStripeStandIn, type StripeStandIn } from '@tests/fakes/stripe/server';

// Deleting an account (LGPD/GDPR) cancels the person's subscriptions in Stripe first, with the
// usage so far invoiced; when Stripe cannot be reached nothing is deleted, so no card keeps being
// charged for an account that is gone.

let handle: DbHandle;
let standIn: StripeStandIn;
let stripe: Stripe;

function configureStripe(apiBase: string | undefined) {
  if (apiBase) {
    process.env.STRIPE_SECRET_KEY = 'sk_test_standin';
    process.env.STRIPE_API_BASE = apiBase;
  } else {
    delete process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_API_BASE;
  }
  resetEnvCache();
}

beforeAll(async () => {
  standIn = await startStripeStandIn();
  configureStripe(standIn.url);
  handle = await createTestDb();
  stripe = createStripeClient('sk_test_standin', standIn.url, { maxNetworkRetries: 0 });
  await setupStripeCatalog(stripe);
});
afterAll(async () => {
  configureStripe(undefined);
  await standIn.close();
  await handle.close();
});

/** A client paying for Basic: a Stripe customer linked to the profile and an active subscription. */
async function subscriber() {
  const user = await createTestUser(handle);
  const customer = await stripe.customers.create({ email: user.email });
  await unsafeLinkStripeCustomer(handle.db, user.id, customer.id);
  const prices = await stripe.prices.list({ lookup_keys: lookupKeysFor('basic') });
  const subscription = await stripe.subscriptions.create({ customer: customer.id, items: prices.data.map((p) => ({ price: p.id })) });
  return { user, subscription };
}

async function exists(userId: string): Promise<boolean> {
  return (await handle.db.select({ id: authUsers.id }).from(authUsers).where(eq(authUsers.id, userId))).length === 1;
}

describe('deleting an account that pays', () => {
  it('cancels its subscription at once, invoicing the usage so far, then deletes the account', async () => {
    const { user, subscription } = await subscriber();
    const other = await subscriber();
    await deleteAccount(user.claims, { confirmEmail: user.email });
    expect(await exists(user.id)).toBe(false);
    expect(standIn.objects.get(subscription.id)).toMatchObject({
      status: 'canceled',
      cancellation_details: { invoice_now: 'true', prorate: 'true' },
    });
    // Nobody else's subscription is touched.
    expect(standIn.objects.get(other.subscription.id)).toMatchObject({ status: 'active' });
  });

  it('deletes nothing when the subscription cannot be cancelled (Stripe unreachable, or no longer configured)', async () => {
    const { user, subscription } = await subscriber();
    const closed = await startStripeStandIn();
    const unreachable = closed.url;
    await closed.close();
    try {
      for (const apiBase of [unreachable, undefined]) {
        configureStripe(apiBase);
        await expect(deleteAccount(user.claims, { confirmEmail: user.email })).rejects.toMatchObject({
          code: 'UNAVAILABLE',
          key: 'errors.privacy.billingStillActive',
        });
        expect(await exists(user.id)).toBe(true);
        expect(standIn.objects.get(subscription.id)).toMatchObject({ status: 'active' });
      }
    } finally {
      configureStripe(standIn.url);
    }
  });

  it('deletes an account that never paid without asking Stripe anything', async () => {
    const user = await createTestUser(handle);
    configureStripe(undefined);
    try {
      await deleteAccount(user.claims, { confirmEmail: user.email });
      expect(await exists(user.id)).toBe(false);
    } finally {
      configureStripe(standIn.url);
    }
  });
});
