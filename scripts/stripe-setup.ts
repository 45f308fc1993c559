// `npm run stripe:setup`: creates or updates the Billing Meters, plan products and prices in the
// Stripe account of STRIPE_SECRET_KEY (or STRIPE_API_BASE's stand-in), by lookup keys. Safe to
// run again: what already matches the plan table is left alone.
import { getEnv } from '@/lib/env';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';

async function main() {
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY) {
    console.error('STRIPE_SECRET_KEY is not set: payments are not configured, nothing to set up.');
    process.exit(1);
  }
  const report = await setupStripeCatalog(createStripeClient(env.STRIPE_SECRET_KEY, env.STRIPE_API_BASE));
  for (const [what, names] of Object.entries(report)) console.log(`${what} (${names.length}): ${names.join(', ') || '—'}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
