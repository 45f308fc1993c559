import type Stripe from 'stripe';
import type { Db } from '@/lib/db/client';

export type StripeEventOutcome =
  | 'duplicate'
  | 'ignored'
  | 'malformed'
  | 'unknown-object'
  | 'unknown-customer'
  | 'applied'
  | 'stale'
  | 'granted-plan-kept'
  | 'no-profile'
  /** Handled and tied to its client, with nothing to change (customer.updated, for now). */
  | 'recorded';

/** What the webhook answers Stripe: the outcome, the row it is recorded as, and why when it was not applied. */
export type StripeEventResult = { outcome: StripeEventOutcome; recordedAs: string; reason?: string };

/** What every handler gets: Stripe (to re-read objects) and the privileged connection the webhook runs on. */
export type StripeEventContext = { stripe: Stripe; db: Db };
