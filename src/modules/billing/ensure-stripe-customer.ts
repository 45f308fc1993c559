import type Stripe from 'stripe';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { unsafeLinkStripeCustomer } from './unsafe-save-subscription';

/**
 * The client's Stripe customer, created and linked to the account (billing_customers) the first time they pay (by
 * card through Checkout or by boleto).
 */
export async function ensureStripeCustomer(stripe: Stripe, userId: string, email: string, existing: string | null): Promise<string> {
  if (existing) return existing;
  // The idempotency key makes a double click (or a retry) one customer, not two.
  const created = await stripe.customers.create({ email, metadata: { user_id: userId } }, { idempotencyKey: `pm-customer-${userId}` });
  const db = await unsafeSystemDb('linking a Stripe customer to its account is system-only (billing_customers)');
  return db.transaction((tx) => unsafeLinkStripeCustomer(tx, userId, created.id));
}
