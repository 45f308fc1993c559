import type Stripe from 'stripe';
import { AppError } from '@/lib/errors';
import type { Payments } from '@/lib/payments/get-stripe';

/**
 * The Stripe client, or the "payments are not configured" error people see (embedded default): a
 * CONFLICT with how this installation is set up, not a server fault.
 */
export function requireStripe(payments: Payments): Stripe {
  if (payments.kind !== 'stripe') throw new AppError('CONFLICT', 'errors.billing.notConfigured');
  return payments.stripe;
}
