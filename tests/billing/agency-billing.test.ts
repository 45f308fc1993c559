import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { userProfiles } from '@/modules/accounts/schema';
import { getAgencyBilling } from '@/modules/billing/get-agency-billing';
import { monthlyRecurringRevenue } from '@/modules/billing/monthly-recurring-revenue';
import type { SubscriptionStatus } from '@/modules/billing/schema';
import { recordUsage } from '@/modules/metering/record-usage';
import { setSubscriptionState } from '@tests/helpers/billing-state';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// The agency's billing view on a real database: MRR from the plan table and the subscription's
// state (grants and hand-set plans are 0 and say why), the past-due list, MRR per plan, this
// period's usage per client (sums, and storage's last snapshot), and nobody but an admin sees it.

let handle: DbHandle;
let admin: TestUser;
const now = new Date('2026-11-20T12:00:00Z');

type Setup = { planGrant?: 'complimentary' | 'enterprise'; subscriptionStatus?: SubscriptionStatus; stripeSubscriptionId?: string };
async function client(tier: 'free' | 'basic' | 'pro' | 'enterprise', setup: Setup = {}): Promise<TestUser> {
  const user = await createTestUser(handle, { tier });
  const { planGrant, ...subscription } = setup;
  if (planGrant) await handle.db.update(userProfiles).set({ planGrant }).where(eq(userProfiles.id, user.id));
  if (Object.keys(subscription).length > 0) await setSubscriptionState(handle, user.id, subscription);
  return user;
}

beforeAll(async () => {
  handle = await createTestDb();
  admin = await createTestUser(handle, { userType: 'admin' });
});
afterAll(async () => handle.close());

describe('monthlyRecurringRevenue', () => {
  it('counts collecting subscriptions at the plan price and labels every zero', () => {
    const base = { hasStripeSubscription: true, planGrant: null } as const;
    expect(monthlyRecurringRevenue({ ...base, tier: 'basic', subscriptionStatus: 'active' })).toEqual({
      cents: 29_700,
      basis: 'subscription',
    });
    expect(monthlyRecurringRevenue({ ...base, tier: 'pro', subscriptionStatus: 'past_due' })).toEqual({
      cents: 89_700,
      basis: 'subscription',
    });
    expect(monthlyRecurringRevenue({ ...base, tier: 'pro', subscriptionStatus: 'unpaid' })).toEqual({ cents: 0, basis: 'none' });
    expect(monthlyRecurringRevenue({ ...base, tier: 'pro', subscriptionStatus: 'active', planGrant: 'complimentary' })).toEqual({
      cents: 0,
      basis: 'complimentary',
    });
    expect(monthlyRecurringRevenue({ ...base, tier: 'enterprise', subscriptionStatus: 'none', planGrant: 'enterprise' })).toEqual({
      cents: 0,
      basis: 'enterprise_grant',
    });
    expect(monthlyRecurringRevenue({ tier: 'basic', subscriptionStatus: 'none', planGrant: null, hasStripeSubscription: false })).toEqual({
      cents: 0,
      basis: 'manual',
    });
    expect(monthlyRecurringRevenue({ ...base, tier: 'free', subscriptionStatus: 'none' })).toEqual({ cents: 0, basis: 'none' });
  });
});

describe('getAgencyBilling', () => {
  it('gives each client plan, status, MRR and usage, the past-due clients and MRR per plan', async () => {
    const paying = await client('basic', { stripeSubscriptionId: 'sub_a', subscriptionStatus: 'active' });
    const late = await client('pro', { stripeSubscriptionId: 'sub_b', subscriptionStatus: 'past_due' });
    const unpaid = await client('basic', { stripeSubscriptionId: 'sub_c', subscriptionStatus: 'unpaid' });
    const comp = await client('pro', { stripeSubscriptionId: 'sub_d', subscriptionStatus: 'active', planGrant: 'complimentary' });
    const enterprise = await client('enterprise', { planGrant: 'enterprise' });
    const byHand = await client('basic');
    const free = await client('free');
    await recordUsage([
      { userId: paying.id, metric: 'ai_token', quantity: 1_000, idempotencyKey: `agency:${paying.id}:1`, occurredAt: now },
      { userId: paying.id, metric: 'ai_token', quantity: 500, idempotencyKey: `agency:${paying.id}:2`, occurredAt: now },
      { userId: paying.id, metric: 'page_generate', quantity: 3, idempotencyKey: `agency:${paying.id}:3`, occurredAt: now },
      {
        userId: paying.id,
        metric: 'storage_gb',
        quantity: 4,
        idempotencyKey: `agency:${paying.id}:4`,
        occurredAt: new Date('2026-11-10T00:00:00Z'),
      },
      {
        userId: paying.id,
        metric: 'storage_gb',
        quantity: 2.5,
        idempotencyKey: `agency:${paying.id}:5`,
        occurredAt: new Date('2026-11-19T00:00:00Z'),
      },
      // The previous period does not count.
      {
        userId: paying.id,
        metric: 'ai_token',
        quantity: 9_999,
        idempotencyKey: `agency:${paying.id}:6`,
        occurredAt: new Date('2026-10-31T23:59:59Z'),
      },
    ]);

    const billing = await getAgencyBilling(admin.claims, now);
    const row = (u: TestUser) => billing.rows.find((r) => r.id === u.id)!;

    expect(billing.rows.map((r) => r.id)).not.toContain(admin.id);
    expect(row(paying)).toMatchObject({ tier: 'basic', subscriptionStatus: 'active', mrrCents: 29_700, mrrBasis: 'subscription' });
    expect(row(late)).toMatchObject({ mrrCents: 89_700, mrrBasis: 'subscription' });
    expect(row(unpaid)).toMatchObject({ mrrCents: 0, mrrBasis: 'none' });
    expect(row(comp)).toMatchObject({ tier: 'pro', planGrant: 'complimentary', mrrCents: 0, mrrBasis: 'complimentary' });
    expect(row(enterprise)).toMatchObject({ mrrCents: 0, mrrBasis: 'enterprise_grant' });
    expect(row(byHand)).toMatchObject({ mrrCents: 0, mrrBasis: 'manual' });
    expect(row(free)).toMatchObject({ mrrCents: 0, mrrBasis: 'none' });

    expect(Object.fromEntries(row(paying).usage.map((u) => [u.metric, [u.used, u.included]]))).toEqual({
      page_generate: [3, 200],
      ai_token: [1_500, 2_000_000],
      container_hours: [0, 3 * 744],
      storage_gb: [2.5, 25],
    });

    expect(billing.pastDue.map((r) => r.id).sort()).toEqual([late.id, unpaid.id].sort());
    expect(billing.byPlan).toEqual([
      { tier: 'free', clients: 1, paying: 0, mrrCents: 0 },
      { tier: 'basic', clients: 3, paying: 1, mrrCents: 29_700 },
      { tier: 'pro', clients: 2, paying: 1, mrrCents: 89_700 },
      { tier: 'enterprise', clients: 1, paying: 0, mrrCents: 0 },
    ]);
    expect(billing.totalMrrCents).toBe(119_400);
  });

  it('answers not found to a client, and to an admin acting as a client', async () => {
    const someone = await client('pro', { stripeSubscriptionId: 'sub_x', subscriptionStatus: 'active' });
    await expect(getAgencyBilling(someone.claims, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { claimsFor } = await import('@tests/helpers/test-db');
    await expect(getAgencyBilling(claimsFor(someone.id, someone.email, { sub: admin.id }), now)).rejects.toBeInstanceOf(AppError);
  });
});
