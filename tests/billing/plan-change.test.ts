import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { userProfiles } from '@/modules/accounts/schema';
import { changePlan, PREVIEW_VALID_SECONDS } from '@/modules/billing/change-plan';
import { listReadOnlyProjects } from '@/modules/billing/list-read-only-projects';
import { previewPlanChange } from '@/modules/billing/preview-plan-change';
import { createProject } from '@/modules/projects/create-project';
import { createTestUser } from '@tests/helpers/test-db';
import { nowInSeconds, setUpBillingWorld } from './billing-world';

// Issue 35: a plan change shows its effect first — Stripe's proration at a fixed proration_date,
// the new monthly price, the limits against usage and the sites that become read-only — and is
// then applied with that same date, so the invoice Stripe makes is the amount shown. The SDK and
// the webhook are the real ones, against the Stripe stand-in.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_plan_change' });

async function deliver(type: string, object: unknown) {
  expect((await world.deliver(world.event(type, object))).status).toBe(200);
}

async function tierOf(userId: string) {
  return (await world.handle.db.select().from(userProfiles).where(eq(userProfiles.id, userId)))[0]!.tier;
}

/** A subscriber whose profile the webhook has moved to `tier`, and a clock halfway through its period. */
async function subscribed(tier: 'basic' | 'pro') {
  const { user, customer, subscription } = await world.subscriber(tier);
  await deliver('customer.subscription.created', subscription);
  expect(await tierOf(user.id)).toBe(tier);
  const item = subscription.items.data[0]!;
  const halfway = (item.current_period_start + item.current_period_end) / 2;
  return { user, customer, subscription, clock: () => halfway * 1000 };
}

function prorationInvoices(customer: string) {
  return [...world.standIn.objects.values()].filter(
    (o) => o.object === 'invoice' && o.customer === customer && o.billing_reason === 'subscription_update',
  );
}

describe('changing plan: preview, then apply', () => {
  it('a downgrade shows the credit, the new limits and exactly the sites that become read-only; confirming charges that and makes them read-only', async () => {
    const { user, customer, subscription, clock } = await subscribed('pro');
    const tag = user.id.slice(0, 6);
    const sites = [];
    for (const name of ['Primeiro', 'Segundo', 'Terceiro', 'Quarto'])
      sites.push(await createProject(user.claims, { name: `${name} ${tag}` }));

    const preview = await previewPlanChange(user.claims, { tier: 'basic' }, clock);
    expect(preview).toMatchObject({ fromTier: 'pro', toTier: 'basic', direction: 'downgrade', currency: 'brl', newMonthlyCents: 29_700 });
    // Halfway through the period: half of Pro (R$ 897,00) back, half of Basic (R$ 297,00) charged.
    expect(preview.creditCents).toBe(30_000);
    expect(preview.dueNowCents).toBe(0);
    expect(preview.prorationDate).toBe(Math.floor(clock() / 1000));
    expect(preview.limits.find((l) => l.resource === 'projects')).toEqual({
      resource: 'projects',
      used: 4,
      current: 10,
      next: 3,
      isOver: true,
    });
    expect(preview.limits.find((l) => l.resource === 'generations')).toMatchObject({ current: 1000, next: 200, isOver: false });
    // Basic includes three: the newest goes read-only, by name.
    expect(preview.readOnlyProjects).toEqual([{ id: sites[3]!.id, name: `Quarto ${tag}` }]);
    // Previewing changed nothing.
    expect(await tierOf(user.id)).toBe('pro');
    expect(await listReadOnlyProjects(user.claims)).toEqual(new Map());
    expect(prorationInvoices(customer)).toEqual([]);

    // Confirmed (twice, as a double click): one change, priced at the preview's date.
    const results = await Promise.allSettled([
      changePlan(user.claims, { tier: 'basic', prorationDate: preview.prorationDate }, clock),
      changePlan(user.claims, { tier: 'basic', prorationDate: preview.prorationDate }, clock),
    ]);
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    const invoices = prorationInvoices(customer);
    expect(invoices).toHaveLength(1);
    expect(invoices[0]!.total).toBe(-preview.creditCents);
    expect(world.standIn.objects.get(customer)!.balance).toBe(-preview.creditCents);
    const after = (await world.stripe.subscriptions.retrieve(subscription.id)) as Stripe.Subscription;
    expect(after.items.data.map((i) => i.price.lookup_key).sort()).toEqual(
      [
        'pm_basic_monthly',
        'pm_basic_page_generate_monthly',
        'pm_basic_ai_token_monthly',
        'pm_basic_container_hours_monthly',
        'pm_basic_storage_gb_monthly',
      ].sort(),
    );
    // The items kept their ids (a price change, not a new subscription) and their period.
    expect(after.items.data.map((i) => i.id).sort()).toEqual(subscription.items.data.map((i) => i.id).sort());

    // Stripe's webhook moves the profile; the database then says exactly what the preview said.
    await deliver('customer.subscription.updated', after);
    expect(await tierOf(user.id)).toBe('basic');
    expect([...(await listReadOnlyProjects(user.claims)).keys()]).toEqual(preview.readOnlyProjects.map((p) => p.id));

    // Back up to Pro at the same moment: the charge is paid from that credit, as Stripe does, and
    // the preview says so instead of announcing a card charge.
    const back = await previewPlanChange(user.claims, { tier: 'pro' }, clock);
    expect(back).toMatchObject({ direction: 'upgrade', dueNowCents: 0, creditAppliedCents: 30_000, creditCents: 0 });
    await changePlan(user.claims, { tier: 'pro', prorationDate: back.prorationDate }, clock);
    expect(prorationInvoices(customer).map((i) => [i.total, i.amount_due])).toEqual([
      [-30_000, 0],
      [30_000, 0],
    ]);
    expect(world.standIn.objects.get(customer)!.balance).toBe(0);

    // The preview's question is about the caller's own sites only: on Free, all but the oldest of
    // theirs; someone else asking about Free learns nothing of them.
    expect([...(await listReadOnlyProjects(user.claims, { ifTier: 'free' })).keys()].sort()).toEqual(
      sites
        .slice(1)
        .map((s) => s.id)
        .sort(),
    );
    const stranger = await createTestUser(world.handle);
    await createProject(stranger.claims, { name: `Alheio ${tag}` });
    expect(await listReadOnlyProjects(stranger.claims, { ifTier: 'free' })).toEqual(new Map());
  });

  it('an upgrade shows the prorated charge now and nothing read-only; confirming invoices that amount', async () => {
    const { user, customer, clock } = await subscribed('basic');
    const preview = await previewPlanChange(user.claims, { tier: 'pro' }, clock);
    expect(preview).toMatchObject({
      direction: 'upgrade',
      dueNowCents: 30_000,
      creditCents: 0,
      newMonthlyCents: 89_700,
      readOnlyProjects: [],
    });
    await changePlan(user.claims, { tier: 'pro', prorationDate: preview.prorationDate }, clock);
    expect(prorationInvoices(customer).map((i) => i.total)).toEqual([preview.dueNowCents]);
  });

  it('refuses, with a coded error, what it cannot price or apply: the same plan, a stale preview, an unknown plan, no subscription', async () => {
    const { user, clock } = await subscribed('basic');
    await expect(previewPlanChange(user.claims, { tier: 'basic' }, clock)).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'errors.billing.planChange.sameTier',
    });
    const stale = Math.floor(clock() / 1000) - PREVIEW_VALID_SECONDS - 1;
    await expect(changePlan(user.claims, { tier: 'pro', prorationDate: stale }, clock)).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'errors.billing.planChange.previewExpired',
    });
    // @ts-expect-error -- a tier nobody can buy is refused at the boundary
    await expect(previewPlanChange(user.claims, { tier: 'enterprise' }, clock)).rejects.toThrow();

    // A price changed by hand in Stripe's dashboard is no plan a change can be priced from.
    const legacy = await world.stripe.prices.create({ currency: 'brl', unit_amount: 100, lookup_key: 'pm_legacy_monthly' });
    const { user: legacyUser, subscription: legacySubscription, clock: legacyClock } = await subscribed('basic');
    world.standIn.updateSubscription(legacySubscription.id, { price: legacy.id });
    await expect(previewPlanChange(legacyUser.claims, { tier: 'pro' }, legacyClock)).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'errors.billing.planChange.unknownPlan',
    });

    const free = await createTestUser(world.handle);
    await expect(previewPlanChange(free.claims, { tier: 'basic' })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'errors.billing.planChange.noSubscription',
    });
    await expect(changePlan(free.claims, { tier: 'basic', prorationDate: nowInSeconds() })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'errors.billing.planChange.noSubscription',
    });
  });
});
