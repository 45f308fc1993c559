import type Stripe from 'stripe';
import type { Env } from '@/lib/env';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { PURCHASABLE_TIERS, getPlan } from '@/modules/billing/plans';
import { STRIPE_METERS } from '@/modules/metering/stripe-meters';
import { describeFailure, ok, problem, skipped, warning, type CheckResult } from './doctor-check';

type StripeEnv = Pick<Env, 'STRIPE_SECRET_KEY' | 'STRIPE_API_BASE' | 'STRIPE_WEBHOOK_SECRET'>;

/**
 * The Stripe catalogue `npm run stripe:setup` makes from the plan catalogue (billing/plans.ts):
 * an active Billing Meter per billed meter, and per plan sold a licensed monthly price and a
 * metered price per meter, found by lookup key. A licensed price whose amount differs from
 * plans.json means the plans changed and setup was not run again.
 */
export async function checkStripeCatalogue(env: StripeEnv, options: { stripe?: Stripe } = {}): Promise<CheckResult> {
  const name = 'payments (Stripe catalogue)';
  const key = env.STRIPE_SECRET_KEY;
  if (!key) return skipped(name, 'STRIPE_SECRET_KEY is not set: billing shows "not configured", usage is still recorded');
  if (!/^(sk|rk)_(live|test)_/.test(key))
    return problem(name, 'STRIPE_SECRET_KEY does not look like a Stripe secret key (sk_live_…, sk_test_…)');
  const stripe = options.stripe ?? createStripeClient(key, env.STRIPE_API_BASE, { maxNetworkRetries: 0, timeoutMs: 10_000 });
  try {
    const meters = await stripe.billing.meters.list({ limit: 100 });
    const activeMeters = new Set(meters.data.filter((m) => m.status === 'active').map((m) => m.event_name));
    const missing: string[] = STRIPE_METERS.filter((m) => !activeMeters.has(m.eventName)).map((m) => `meter ${m.eventName}`);
    const differing: string[] = [];
    for (const tier of PURCHASABLE_TIERS) {
      const plan = getPlan(tier);
      const keys = [plan.lookupKey!, ...plan.meters.map((m) => m.lookupKey)];
      const prices = await stripe.prices.list({ lookup_keys: keys, active: true, limit: 100 });
      const byKey = new Map(prices.data.map((p) => [p.lookup_key, p]));
      for (const lookupKey of keys) if (!byKey.has(lookupKey)) missing.push(`price ${lookupKey}`);
      const licensed = byKey.get(plan.lookupKey!);
      if (licensed && licensed.unit_amount !== plan.monthlyCents)
        differing.push(`price ${plan.lookupKey} is not ${plan.monthlyCents} centavos`);
    }
    const mode = key.includes('_test_') ? ' (test mode)' : '';
    if (missing.length) {
      const shown = missing.length > 4 ? `${missing.slice(0, 4).join(', ')} and ${missing.length - 4} more` : missing.join(', ');
      return problem(name, `the plan catalogue is missing in Stripe${mode}: ${shown}. Run npm run stripe:setup`);
    }
    if (differing.length)
      return problem(name, `Stripe's prices differ from plans.json${mode}: ${differing.join(', ')}. Run npm run stripe:setup`);
    return ok(name, `${STRIPE_METERS.length} meters and the prices of ${PURCHASABLE_TIERS.join(', ')} are there${mode}`);
  } catch (err) {
    const status = (err as { statusCode?: number }).statusCode;
    if (status === 401) return problem(name, 'Stripe refused STRIPE_SECRET_KEY (401): copy the secret key of the right account and mode');
    return problem(name, `Stripe does not answer: ${describeFailure(err)}`);
  }
}

/** The webhook signing secret of the endpoint at /api/webhooks/stripe: without it every event is refused. */
export function checkStripeWebhookSecret(env: StripeEnv): CheckResult {
  const name = 'payments (Stripe webhook secret)';
  if (!env.STRIPE_SECRET_KEY) {
    return env.STRIPE_WEBHOOK_SECRET
      ? warning(name, 'STRIPE_WEBHOOK_SECRET is set but STRIPE_SECRET_KEY is not: payments stay off')
      : skipped(name, 'payments are not configured');
  }
  if (!env.STRIPE_WEBHOOK_SECRET) {
    return problem(
      name,
      'STRIPE_WEBHOOK_SECRET is not set: add an endpoint for <APP_URL>/api/webhooks/stripe in Stripe and copy its signing secret',
    );
  }
  if (!env.STRIPE_WEBHOOK_SECRET.startsWith('whsec_'))
    return problem(name, 'STRIPE_WEBHOOK_SECRET does not look like a signing secret (whsec_…)');
  return ok(name, 'STRIPE_WEBHOOK_SECRET is set');
}
