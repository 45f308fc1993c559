import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { rowsOf } from '@/lib/db/rows-of';
import { setClientTier } from '@/modules/accounts/set-client-tier';
import { billingEvents } from '@/modules/billing/schema';
import { lookupKeysFor } from '@/modules/billing/plans';
import { startCheckout } from '@/modules/billing/start-checkout';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { forgetSiteHost } from '@/modules/host/resolve-site-host';
import { POST } from '@/app/api/webhooks/stripe/route';
import { billingStateOf } from '@tests/helpers/billing-state';
import { createTestUser } from '@tests/helpers/test-db';
import { runJobs } from '@tests/helpers/jobs';
import { nowInSeconds, setUpBillingWorld } from './billing-world';

// POST /api/webhooks/stripe against the real route handler, signed with Stripe's own test helper,
// the subscription re-read through the real SDK from the stand-in: bad signatures change nothing,
// redeliveries apply once, out-of-order events never roll the state back, past due blocks
// publishing (never serving) and paying unblocks it, and a plan an admin granted stays.

const SECRET = 'whsec_test_billing';
const world = setUpBillingWorld({ webhookSecret: SECRET, hosting: true });
const { deliver, subscriber, event: eventOf } = world;
const now = nowInSeconds;

async function profileOf(userId: string) {
  return billingStateOf(world.handle, userId);
}

describe('Checkout', () => {
  it('creates one customer, a session for the plan’s prices, and the tier changes only when the webhook lands', async () => {
    const user = await createTestUser(world.handle);
    const first = await startCheckout(user.claims, { tier: 'basic' });
    const again = await startCheckout(user.claims, { tier: 'basic' }); // a double click
    const customer = (await profileOf(user.id)).stripeCustomerId;
    expect(customer).toMatch(/^cus_/);
    expect([...world.standIn.objects.values()].filter((o) => o.object === 'customer' && o.email === user.email)).toHaveLength(1);
    const sessionId = first.url.split('/').at(-1)!;
    expect(again.url).not.toBe(first.url);
    const session = world.standIn.objects.get(sessionId)!;
    expect(session).toMatchObject({ mode: 'subscription', customer, client_reference_id: user.id });
    expect((session.line_items as unknown[]).length).toBe(lookupKeysFor('basic').length);
    expect((await profileOf(user.id)).tier).toBe('free');

    const completed = await world.standIn.completeCheckout(sessionId);
    expect(await (await deliver(eventOf('checkout.session.completed', completed, now()))).json()).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'basic', subscriptionStatus: 'active' });
    await expect(startCheckout(user.claims, { tier: 'pro' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('Stripe webhook', () => {
  it('refuses a bad or missing signature with 400 and changes nothing', async () => {
    const { user, subscription } = await subscriber();
    const event = eventOf('customer.subscription.created', subscription, now());
    expect((await deliver(event, 'whsec_wrong')).status).toBe(400);
    const unsigned = await POST(new Request('http://app.test/api/webhooks/stripe', { method: 'POST', body: JSON.stringify(event) }));
    expect(unsigned.status).toBe(400);
    // A body changed after signing fails too.
    const payload = JSON.stringify(event);
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
    const tampered = await POST(
      new Request('http://app.test/api/webhooks/stripe', {
        method: 'POST',
        headers: { 'stripe-signature': header },
        body: payload.replace('"active"', '"past_due"'),
      }),
    );
    expect(tampered.status).toBe(400);
    expect((await profileOf(user.id)).tier).toBe('free');
    expect(await world.handle.db.select().from(billingEvents).where(eq(billingEvents.id, event.id))).toEqual([]);
  });

  it('applies the same event delivered 10 times (at once) exactly once', async () => {
    const { user, subscription } = await subscriber('basic');
    const event = eventOf('customer.subscription.created', subscription, now());
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(event)));
    const outcomes = await Promise.all(answers.map(async (r) => ((await r.json()) as { outcome: string }).outcome));
    expect(answers.every((r) => r.status === 200)).toBe(true);
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(9);
    const profile = await profileOf(user.id);
    expect(profile).toMatchObject({ tier: 'basic', subscriptionStatus: 'active', stripeSubscriptionId: subscription.id });
    expect(profile.currentPeriodEnd).toBeInstanceOf(Date);
    expect(await world.handle.db.select().from(billingEvents).where(eq(billingEvents.id, event.id))).toHaveLength(1);
  });

  it('ends in Stripe’s latest state when updated arrives before created and an old update arrives last', async () => {
    const { user, subscription } = await subscriber('basic');
    const t = now();
    const created = eventOf('customer.subscription.created', subscription, t - 20);
    const [proPrice] = (await world.stripe.prices.list({ lookup_keys: ['pm_pro_monthly'] })).data;
    const upgraded = world.standIn.updateSubscription(subscription.id, { price: proPrice!.id });
    const newer = eventOf('customer.subscription.updated', upgraded, t);
    const older = eventOf('customer.subscription.updated', subscription, t - 10);

    expect(await (await deliver(newer)).json()).toMatchObject({ outcome: 'applied' });
    expect(await (await deliver(created)).json()).toMatchObject({ outcome: 'stale' });
    expect(await (await deliver(older)).json()).toMatchObject({ outcome: 'stale' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'pro', subscriptionStatus: 'active' });

    // Cancelled at the period's end: the account moves to Free, nothing else changes.
    world.standIn.updateSubscription(subscription.id, { status: 'canceled' });
    await deliver(eventOf('customer.subscription.deleted', { ...upgraded, status: 'canceled' }, t + 5));
    expect(await profileOf(user.id)).toMatchObject({ tier: 'free', subscriptionStatus: 'canceled', stripeSubscriptionId: null });
  });

  it('past due blocks publishing while the live site keeps serving; paying unblocks it with no manual step', async () => {
    const { user, customer, subscription } = await subscriber('basic');
    await deliver(eventOf('customer.subscription.created', subscription, now() - 30));
    const project = await createProject(user.claims, { name: `Padaria ${user.id.slice(0, 6)}` });
    await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
    await requestPublish(user.claims, { projectId: project.id });
    await runJobs();

    world.standIn.updateSubscription(subscription.id, { status: 'past_due' });
    const invoice = { id: 'in_failed', object: 'invoice', customer, parent: { subscription_details: { subscription: subscription.id } } };
    await deliver(eventOf('invoice.payment_failed', invoice, now() - 10));
    expect((await profileOf(user.id)).subscriptionStatus).toBe('past_due');
    await expect(requestPublish(user.claims, { projectId: project.id })).rejects.toMatchObject({ code: 'PAYMENT_REQUIRED' });
    forgetSiteHost(project.slug);
    const live = await serveSiteFile({
      host: `${project.slug}.sites.test`,
      path: '/',
      method: 'GET',
      acceptEncoding: null,
      ifNoneMatch: null,
      isHttps: false,
    });
    expect(live.status).toBe(200);

    world.standIn.updateSubscription(subscription.id, { status: 'active' });
    await deliver(eventOf('invoice.paid', { ...invoice, id: 'in_paid', subscription: subscription.id }, now()));
    expect((await profileOf(user.id)).subscriptionStatus).toBe('active');
    await expect(requestPublish(user.claims, { projectId: project.id })).resolves.toMatchObject({ status: 'queued' });
  });

  it('keeps a plan an admin granted; Stripe still updates the subscription fields', async () => {
    const admin = await createTestUser(world.handle, { userType: 'admin' });
    const { user, subscription } = await subscriber('basic');
    // The admin's choice is recorded as a grant (audited like every admin write).
    expect(await setClientTier(admin.claims, { clientId: user.id, tier: 'enterprise' })).toMatchObject({ planGrant: 'enterprise' });
    const [audit] = rowsOf<{ details: { changes: Record<string, unknown> } }>(
      await world.handle.db.execute(
        sql`select details from public.audit_log where actor_id = ${admin.id}::uuid and subject_id = ${user.id}::uuid`,
      ),
    );
    expect(audit!.details.changes).toMatchObject({
      tier: { from: 'free', to: 'enterprise' },
      plan_grant: { from: null, to: 'enterprise' },
    });
    expect(await (await deliver(eventOf('customer.subscription.created', subscription, now()))).json()).toMatchObject({
      outcome: 'granted-plan-kept',
    });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'enterprise', subscriptionStatus: 'active' });
  });

  it('serialises concurrent deliveries and an admin change into one consistent final state', async () => {
    const admin = await createTestUser(world.handle, { userType: 'admin' });
    const { user, subscription } = await subscriber('pro');
    const t = now();
    const deliveries = Array.from({ length: 5 }, (_, i) => deliver(eventOf('customer.subscription.updated', subscription, t - i)));
    const change = setClientTier(admin.claims, { clientId: user.id, tier: 'basic' });
    const settled = await Promise.allSettled([...deliveries, change]);
    expect(settled.every((s) => s.status === 'fulfilled')).toBe(true);
    const profile = await profileOf(user.id);
    // In either order the admin's grant decides the tier (Stripe never overwrites it), and the
    // subscription fields are those of the newest Stripe event.
    expect(profile).toMatchObject({ tier: 'basic', planGrant: 'complimentary', subscriptionStatus: 'active' });
    expect(profile.billingSyncedAt?.getTime()).toBe(t * 1000);
    const rows = await world.handle.db.select().from(billingEvents).where(eq(billingEvents.userId, user.id));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(['applied', 'stale', 'granted-plan-kept']).toContain(row.outcome);
  });
});
