import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { billingEvents } from '@/modules/billing/schema';
import { startCheckout } from '@/modules/billing/start-checkout';
import { POST } from '@/app/api/webhooks/stripe/route';
import { billingStateOf } from '@tests/helpers/billing-state';
import { createTestUser } from '@tests/helpers/test-db';
import { nowInSeconds as now, setUpBillingWorld } from './billing-world';

// Issue 33, point 4: the edges of POST /api/webhooks/stripe, through the real route handler with
// bodies signed by Stripe's own helper and subscriptions re-read from the stand-in. A body past
// the cap is refused before it is read whole; a signature dated in the future is refused; a
// validly signed event we cannot use is recorded and answered 2xx (Stripe would retry a 4xx or
// 5xx for days, and the same bytes would fail the same way); a failure after verification is a
// 5xx that records nothing, so Stripe's retry applies it once; every Stripe subscription status
// lands on the tier and access decided for it, and no paid tier comes before the first payment.

const SECRET = 'whsec_test_webhook_edges';
const world = setUpBillingWorld({ webhookSecret: SECRET });
const URL_ = 'http://app.test/api/webhooks/stripe';

function sign(payload: string, timestamp?: number): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET, ...(timestamp ? { timestamp } : {}) });
}

function post(body: BodyInit, headers: Record<string, string>): Promise<Response> {
  return POST(new Request(URL_, { method: 'POST', headers, body, duplex: 'half' } as RequestInit));
}

async function recorded(id: string) {
  return world.handle.db.select().from(billingEvents).where(eq(billingEvents.id, id));
}

async function profileOf(userId: string) {
  return billingStateOf(world.handle, userId);
}

/** No stack frames, file paths or library internals in what Stripe (or anyone) is answered. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|Error:/);
}

describe('body cap', () => {
  const PADDING = 4 * 1024 * 1024; // far past the cap: Stripe’s events are a few kilobytes

  it('refuses a body past the cap with 413 and a problem body, declared or streamed, and stops reading it', async () => {
    const { user, subscription } = await world.subscriber('basic');
    const event = world.event('customer.subscription.created', { ...subscription, metadata: { padding: 'x'.repeat(PADDING) } });
    const payload = JSON.stringify(event);
    const header = sign(payload);

    // A declared length past the cap is refused before a byte is read.
    const declared = await post(payload, { 'stripe-signature': header, 'content-length': String(Buffer.byteLength(payload)) });
    expect(declared.status).toBe(413);
    const declaredText = await declared.text();
    expect(JSON.parse(declaredText)).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) } });
    expectNoInternals(declaredText);

    // A streamed body with no length is cut off as soon as it passes the cap.
    const bytes = new TextEncoder().encode(payload);
    const CHUNK = 64 * 1024;
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + CHUNK));
        offset += CHUNK;
      },
    });
    const streamed = await post(stream, { 'stripe-signature': header });
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(offset).toBeLessThan(bytes.length / 2);

    expect(await recorded(event.id)).toEqual([]);
    expect((await profileOf(user.id)).tier).toBe('free');
  });
});

describe('signature time', () => {
  it('refuses a signature dated more than 5 minutes ahead, takes small clock skew, and keeps Stripe’s 300 s for old ones', async () => {
    const { user, subscription } = await world.subscriber('basic');
    const deliverAt = async (timestamp: number) => {
      const event = world.event('customer.subscription.updated', subscription, now());
      const payload = JSON.stringify(event);
      return { event, response: await post(payload, { 'stripe-signature': sign(payload, timestamp) }) };
    };

    const future = await deliverAt(now() + 10 * 60);
    expect(future.response.status).toBe(400);
    expectNoInternals(await future.response.text());
    expect(await recorded(future.event.id)).toEqual([]);

    const old = await deliverAt(now() - 301);
    expect(old.response.status).toBe(400);
    expect(await recorded(old.event.id)).toEqual([]);
    expect((await profileOf(user.id)).tier).toBe('free');

    // A sender's clock a minute ahead of ours is ordinary skew.
    const skewed = await deliverAt(now() + 60);
    expect(skewed.response.status).toBe(200);
    expect(await skewed.response.json()).toMatchObject({ outcome: 'applied' });
    expect((await profileOf(user.id)).tier).toBe('basic');
  });
});

describe('validly signed events we cannot use', () => {
  type Case = { name: string; body: () => Promise<{ payload: string; id?: string }>; outcome: string };
  const created = () => now();
  const cases: Case[] = [
    { name: 'a body that is not JSON', body: async () => ({ payload: '{"id": "evt_cut_off", "type": "invoice.pa' }), outcome: 'malformed' },
    {
      name: 'an event without data',
      body: async () => {
        const id = `evt_nodata_${randomUUID()}`;
        return { id, payload: JSON.stringify({ id, object: 'event', type: 'customer.subscription.updated', created: created() }) };
      },
      outcome: 'malformed',
    },
    {
      name: 'an event whose created is not a timestamp',
      body: async () => {
        const { subscription } = await world.subscriber('basic');
        const id = `evt_nocreated_${randomUUID()}`;
        const event = { id, object: 'event', type: 'customer.subscription.updated', created: 'yesterday', data: { object: subscription } };
        return { id, payload: JSON.stringify(event) };
      },
      outcome: 'malformed',
    },
    {
      name: 'a subscription event that carries an invoice',
      body: async () => {
        const { customer } = await world.subscriber('basic');
        const event = world.event('customer.subscription.updated', { id: `in_${randomUUID()}`, object: 'invoice', customer });
        return { id: event.id, payload: JSON.stringify(event) };
      },
      outcome: 'malformed',
    },
    {
      name: 'a subscription Stripe does not know',
      body: async () => {
        const { subscription } = await world.subscriber('basic');
        const event = world.event('customer.subscription.updated', { ...subscription, id: `sub_unknown_${randomUUID()}` });
        return { id: event.id, payload: JSON.stringify(event) };
      },
      outcome: 'unknown-object',
    },
    {
      name: 'a checkout whose client_reference_id is not one of our user ids',
      body: async () => {
        const { session } = await foreignCheckout('order-1234');
        const event = world.event('checkout.session.completed', session);
        return { id: event.id, payload: JSON.stringify(event) };
      },
      outcome: 'unknown-customer',
    },
    {
      name: 'a checkout for a user id that has no profile',
      body: async () => {
        const { session } = await foreignCheckout(randomUUID());
        const event = world.event('checkout.session.completed', session);
        return { id: event.id, payload: JSON.stringify(event) };
      },
      outcome: 'no-profile',
    },
  ];

  /** A completed checkout by a Stripe customer nobody linked, naming `reference` as its client. */
  async function foreignCheckout(reference: string) {
    const customer = await world.stripe.customers.create({ email: `${randomUUID()}@elsewhere.test` });
    const [price] = (await world.stripe.prices.list({ lookup_keys: ['pm_basic_monthly'] })).data;
    const subscription = await world.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price!.id }] });
    const session = {
      id: `cs_${randomUUID()}`,
      object: 'checkout.session',
      mode: 'subscription',
      customer: customer.id,
      client_reference_id: reference,
      subscription: subscription.id,
    };
    return { session };
  }

  it.each(cases)('$name: recorded, answered 2xx with the reason, and a redelivery is a duplicate', async ({ body, outcome }) => {
    const { payload, id } = await body();
    const header = sign(payload);
    const first = await post(payload, { 'stripe-signature': header });
    const text = await first.text();
    expect(first.status, text).toBe(200);
    expectNoInternals(text);
    const answer = JSON.parse(text) as { outcome: string; reason?: string; recordedAs?: string };
    expect(answer.outcome).toBe(outcome);
    if (outcome === 'malformed' || outcome === 'unknown-object') expect(answer.reason).toEqual(expect.any(String));
    const recordId = id ?? answer.recordedAs!;
    const rows = await recorded(recordId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.outcome).toBe(outcome);

    const again = await post(payload, { 'stripe-signature': sign(payload) });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ outcome: 'duplicate' });
    expect(await recorded(recordId)).toHaveLength(1);
  });

  it('records an event type it does not handle and ignores it', async () => {
    const { user, customer } = await world.subscriber('basic');
    const event = world.event('charge.refunded', { id: `ch_${randomUUID()}`, object: 'charge', customer });
    const response = await world.deliver(event);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: 'ignored' });
    expect(await recorded(event.id)).toMatchObject([{ type: 'charge.refunded', outcome: 'ignored' }]);
    expect((await profileOf(user.id)).tier).toBe('free');
  });
});

describe('a failure after verification', () => {
  it('answers 5xx while Stripe is down mid-processing, marks nothing processed, and the retry applies once', async () => {
    const { user, subscription } = await world.subscriber('pro');
    const event = world.event('customer.subscription.created', subscription);
    world.standIn.setOptions({ isDown: true });
    let failed: Response;
    try {
      failed = await world.deliver(event);
    } finally {
      world.standIn.setOptions({ isDown: false });
    }
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(failed.status).toBeLessThan(600);
    expectNoInternals(await failed.text());
    expect(await recorded(event.id)).toEqual([]);
    expect((await profileOf(user.id)).tier).toBe('free');

    // Stripe retries the same event once it hears a 5xx.
    expect(await (await world.deliver(event)).json()).toMatchObject({ outcome: 'applied' });
    expect(await (await world.deliver(event)).json()).toMatchObject({ outcome: 'duplicate' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'pro', subscriptionStatus: 'active' });
    expect(await recorded(event.id)).toMatchObject([{ outcome: 'applied' }]);
  });

  it('answers 5xx when the database fails inside the transaction, marks nothing processed, and the retry applies once', async () => {
    const { user, subscription } = await world.subscriber('basic');
    const event = world.event('customer.subscription.created', subscription);
    // The database refuses this one profile's update: the failure lands after the event id was
    // inserted in the same transaction, the point where a half-done write would show.
    const fn = `pm_test_fail_${user.id.replace(/-/g, '')}`;
    await world.handle.db.execute(
      sql.raw(`create function public.${fn}() returns trigger language plpgsql as $$ begin raise exception 'database went away'; end $$;
        create trigger ${fn} before update on public.user_profiles for each row when (new.id = '${user.id}'::uuid) execute function public.${fn}();`),
    );
    let failed: Response;
    try {
      failed = await world.deliver(event);
    } finally {
      await world.handle.db.execute(sql.raw(`drop trigger ${fn} on public.user_profiles; drop function public.${fn}();`));
    }
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(failed.status).toBeLessThan(600);
    const text = await failed.text();
    expectNoInternals(text);
    expect(text).not.toContain('database went away');
    expect(await recorded(event.id)).toEqual([]);

    expect(await (await world.deliver(event)).json()).toMatchObject({ outcome: 'applied' });
    expect(await (await world.deliver(event)).json()).toMatchObject({ outcome: 'duplicate' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'basic', subscriptionStatus: 'active' });
    expect(await recorded(event.id)).toMatchObject([{ outcome: 'applied' }]);
  });
});

describe('subscription status → tier and access', () => {
  // Every status Stripe documents for a subscription, on a Basic plan. `stored` is what the
  // profile records (our enum has no incomplete_expired or paused); past_due and unpaid block
  // publishing (the live sites keep serving).
  const TABLE = [
    { status: 'active', tier: 'basic', stored: 'active', canPublish: true, keepsSubscription: true },
    { status: 'trialing', tier: 'basic', stored: 'trialing', canPublish: true, keepsSubscription: true },
    { status: 'past_due', tier: 'basic', stored: 'past_due', canPublish: false, keepsSubscription: true },
    { status: 'unpaid', tier: 'free', stored: 'unpaid', canPublish: false, keepsSubscription: true },
    { status: 'canceled', tier: 'free', stored: 'canceled', canPublish: true, keepsSubscription: false },
    { status: 'incomplete', tier: 'free', stored: 'incomplete', canPublish: true, keepsSubscription: true },
    { status: 'incomplete_expired', tier: 'free', stored: 'canceled', canPublish: true, keepsSubscription: false },
    { status: 'paused', tier: 'free', stored: 'unpaid', canPublish: false, keepsSubscription: true },
  ] as const;

  it.each(TABLE)('$status → $tier, stored as $stored, can publish: $canPublish', async (row) => {
    const { user, subscription } = await world.subscriber('basic');
    const changed = world.standIn.updateSubscription(subscription.id, { status: row.status });
    const response = await world.deliver(world.event('customer.subscription.updated', changed));
    expect(response.status).toBe(200);
    expect(await profileOf(user.id)).toMatchObject({
      tier: row.tier,
      subscriptionStatus: row.stored,
      stripeSubscriptionId: row.keepsSubscription ? subscription.id : null,
    });
    expect(await getEntitlements(user.claims)).toMatchObject({
      tier: row.tier,
      subscriptionStatus: row.stored,
      canPublish: row.canPublish,
    });
  });

  it('gives no paid tier before the first payment succeeds: an incomplete checkout stays Free until its invoice is paid', async () => {
    const user = await createTestUser(world.handle);
    const { url } = await startCheckout(user.claims, { tier: 'pro' });
    const session = await world.standIn.completeCheckout(url.split('/').at(-1)!);
    // The first charge is pending (a boleto not yet paid, a card awaiting 3-D Secure): Stripe
    // completes the session but the subscription stays incomplete.
    const subscriptionId = String(session.subscription);
    const incomplete = world.standIn.updateSubscription(subscriptionId, { status: 'incomplete' });
    const t = now();
    expect(await (await world.deliver(world.event('checkout.session.completed', session, t - 20))).json()).toMatchObject({
      outcome: 'applied',
    });
    await world.deliver(world.event('customer.subscription.created', incomplete, t - 10));
    expect(await profileOf(user.id)).toMatchObject({ tier: 'free', subscriptionStatus: 'incomplete' });

    // The first invoice is paid: Stripe makes the subscription active, and only now the tier rises.
    world.standIn.updateSubscription(subscriptionId, { status: 'active' });
    const invoice = {
      id: `in_${randomUUID()}`,
      object: 'invoice',
      customer: session.customer,
      subscription: subscriptionId,
      attempt_count: 1,
    };
    expect(await (await world.deliver(world.event('invoice.paid', invoice, t))).json()).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'pro', subscriptionStatus: 'active' });
  });
});
