import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { authUsers } from '@/lib/auth/schema';
import { deleteAccount } from '@/modules/privacy/delete-account';
import { createTestUser } from '@tests/helpers/test-db';
import { startStripeStandIn } from '@tests/fakes/stripe/server';
import { setUpBillingWorld } from './billing-world';

// Deleting an account (LGPD/GDPR) cancels the person's subscriptions in Stripe first, with the
// usage so far invoiced; when Stripe cannot be reached nothing is deleted, so no card keeps being
// charged for an account that is gone.

const world = setUpBillingWorld();
const { configureStripe, subscriber } = world;

async function exists(userId: string): Promise<boolean> {
  return (await world.handle.db.select({ id: authUsers.id }).from(authUsers).where(eq(authUsers.id, userId))).length === 1;
}

describe('deleting an account that pays', () => {
  it('cancels its subscription at once, invoicing the usage so far, then deletes the account', async () => {
    const { user, subscription } = await subscriber();
    const other = await subscriber();
    await deleteAccount(user.claims, { confirmEmail: user.email });
    expect(await exists(user.id)).toBe(false);
    expect(world.standIn.objects.get(subscription.id)).toMatchObject({
      status: 'canceled',
      cancellation_details: { invoice_now: 'true', prorate: 'true' },
    });
    // Nobody else's subscription is touched.
    expect(world.standIn.objects.get(other.subscription.id)).toMatchObject({ status: 'active' });
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
        expect(world.standIn.objects.get(subscription.id)).toMatchObject({ status: 'active' });
      }
    } finally {
      configureStripe(world.standIn.url);
    }
  });

  it('deletes an account that never paid without asking Stripe anything', async () => {
    const user = await createTestUser(world.handle);
    configureStripe(undefined);
    try {
      await deleteAccount(user.claims, { confirmEmail: user.email });
      expect(await exists(user.id)).toBe(false);
    } finally {
      configureStripe(world.standIn.url);
    }
  });
});
