import { afterAll, beforeAll, beforeEach } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Stripe from 'stripe';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { unsafeLinkStripeCustomer } from '@/modules/billing/unsafe-save-subscription';
import { lookupKeysFor } from '@/modules/billing/plans';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { POST } from '@/app/api/webhooks/stripe/route';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { startStripeStandIn, type StripeStandIn } from '@tests/fakes/stripe/server';

/**
 * The world the billing tests share: a fresh database, the Stripe stand-in with the catalog set
 * up (npm run stripe:setup's code) and the app's payments port pointed at it through the real SDK,
 * a memory rate limiter per test, and — with `webhookSecret` — signed deliveries to the real
 * webhook route. `hosting` adds what publishing and serving need (a root domain and a blob store).
 * Call at the top of a test file; the fields are there from beforeAll on.
 */
export type BillingWorld = {
  handle: DbHandle;
  standIn: StripeStandIn;
  /** The SDK pointed at the stand-in, no retries: what a test sets up in "Stripe" itself. */
  stripe: Stripe;
  /** Points the app's payments port at `apiBase` (a stand-in), or leaves payments not configured. */
  configureStripe: (apiBase: string | undefined) => void;
  /** A Stripe event as Stripe sends it; `created` in seconds, now by default. */
  event: (type: string, object: unknown, created?: number) => Stripe.Event;
  /** POST /api/webhooks/stripe with the event, signed with Stripe's own test helper. */
  deliver: (event: Stripe.Event, secret?: string) => Promise<Response>;
  /** A client paying for `tier`: a Stripe customer linked to the profile and an active subscription. */
  subscriber: (tier?: 'basic' | 'pro') => Promise<{ user: TestUser; customer: string; subscription: Stripe.Subscription }>;
};

export const nowInSeconds = () => Math.floor(Date.now() / 1000);

export function setUpBillingWorld(options: { webhookSecret?: string; hosting?: boolean } = {}): BillingWorld {
  let eventSeq = 0;
  const world: BillingWorld = {
    handle: undefined as unknown as DbHandle,
    standIn: undefined as unknown as StripeStandIn,
    stripe: undefined as unknown as Stripe,
    configureStripe(apiBase) {
      if (apiBase) {
        process.env.STRIPE_SECRET_KEY = 'sk_test_standin';
        process.env.STRIPE_API_BASE = apiBase;
      } else {
        delete process.env.STRIPE_SECRET_KEY;
        delete process.env.STRIPE_API_BASE;
      }
      resetEnvCache();
    },
    event(type, object, created = nowInSeconds()) {
      return { id: `evt_test_${++eventSeq}_${Date.now()}`, object: 'event', type, created, data: { object } } as unknown as Stripe.Event;
    },
    async deliver(event, secret = options.webhookSecret) {
      if (!secret) throw new Error('setUpBillingWorld({ webhookSecret }) to deliver webhooks');
      const payload = JSON.stringify(event);
      const header = Stripe.webhooks.generateTestHeaderString({ payload, secret });
      return POST(
        new Request('http://app.test/api/webhooks/stripe', { method: 'POST', headers: { 'stripe-signature': header }, body: payload }),
      );
    },
    async subscriber(tier = 'basic') {
      const user = await createTestUser(world.handle);
      const customer = await world.stripe.customers.create({ email: user.email });
      await unsafeLinkStripeCustomer(world.handle.db, user.id, customer.id);
      const prices = await world.stripe.prices.list({ lookup_keys: lookupKeysFor(tier) });
      const subscription = await world.stripe.subscriptions.create({
        customer: customer.id,
        items: prices.data.map((p) => ({ price: p.id })),
      });
      return { user, customer: customer.id, subscription };
    },
  };

  beforeAll(async () => {
    world.standIn = await startStripeStandIn();
    if (options.webhookSecret) process.env.STRIPE_WEBHOOK_SECRET = options.webhookSecret;
    if (options.hosting) {
      process.env.ROOT_DOMAIN = 'sites.test';
      process.env.APP_URL = 'http://app.test';
    }
    world.configureStripe(world.standIn.url);
    world.handle = await createTestDb();
    if (options.hosting) setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-billing-blobs-'))));
    world.stripe = createStripeClient('sk_test_standin', world.standIn.url, { maxNetworkRetries: 0 });
    await setupStripeCatalog(world.stripe);
  });
  afterAll(async () => {
    world.configureStripe(undefined);
    delete process.env.STRIPE_WEBHOOK_SECRET;
    await world.standIn?.close();
    await world.handle?.close();
  });
  beforeEach(() => setRateLimiterForTests(createMemoryLimiter()));
  return world;
}
