import type Stripe from 'stripe';
import { AppError } from '@/lib/errors';
import type { Payments } from '@/lib/payments/get-stripe';

/** The Stripe client, or the "payments are not configured" error people see (embedded default). */
export function requireStripe(payments: Payments): Stripe {
  if (payments.kind !== 'stripe') throw new AppError('UNAVAILABLE', 'errors.billing.notConfigured');
  return payments.stripe;
}
