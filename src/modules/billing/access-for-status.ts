import type { BillingStateChange } from './unsafe-save-subscription';
import type { Tier } from './plans';

/** Every status Stripe documents for a subscription (Stripe.Subscription.Status without its catch-all). */
export const STRIPE_SUBSCRIPTION_STATUSES = [
  'active',
  'trialing',
  'past_due',
  'unpaid',
  'canceled',
  'incomplete',
  'incomplete_expired',
  'paused',
] as const;

export type StripeSubscriptionStatus = (typeof STRIPE_SUBSCRIPTION_STATUSES)[number];

export type SubscriptionAccess = {
  /** The plan's tier, or Free. */
  tier: Tier;
  /**
   * What billing_subscriptions.status records. past_due and unpaid block publishing (the
   * database's activate_deployment and getEntitlements read the status; live sites keep serving).
   */
  status: BillingStateChange['status'];
  /** The subscription can never become active again: billing_subscriptions forgets its id, so a new checkout may start. */
  isOver: boolean;
};

type Decision = { isPaid: boolean; status: BillingStateChange['status']; isOver: boolean };

/**
 * The one decision of what each Stripe status gives. A paid tier needs a payment that succeeded
 * (or a trial Stripe is running for us); money owed for longer than Stripe's retries is Free.
 */
const DECISIONS: Record<StripeSubscriptionStatus, Decision> = {
  active: { isPaid: true, status: 'active', isOver: false },
  // A trial is access we chose to give before the first charge; when it ends Stripe moves the
  // subscription to active, past_due, incomplete or paused and this table decides again.
  trialing: { isPaid: true, status: 'trialing', isOver: false },
  // A renewal failed and Stripe is retrying (its Smart Retries window). Only a subscription that
  // was paid (or trialing) can be past due — a failed *first* payment is `incomplete` — so the
  // plan stays while Stripe collects; publishing is blocked by the status, as a nudge.
  past_due: { isPaid: true, status: 'past_due', isOver: false },
  // Stripe's retries ran out and the subscription is kept open, unpaid: no plan without payment.
  // Free, and publishing stays blocked until the invoice is paid (the live sites keep serving).
  unpaid: { isPaid: false, status: 'unpaid', isOver: false },
  canceled: { isPaid: false, status: 'canceled', isOver: true },
  // Checkout completed but the first payment has not succeeded (a boleto not yet paid, a card
  // awaiting 3-D Secure, a first charge declined): no paid tier before the first payment. It
  // becomes active when the first invoice is paid, and the webhook raises the tier then.
  incomplete: { isPaid: false, status: 'incomplete', isOver: false },
  // The first payment never succeeded within Stripe's 23 hours: the subscription is void.
  incomplete_expired: { isPaid: false, status: 'canceled', isOver: true },
  // The trial ended without a payment method and Stripe paused the subscription (no invoices).
  // Free; stored as unpaid (our enum has no `paused`), so publishing waits for a payment method.
  paused: { isPaid: false, status: 'unpaid', isOver: false },
};

/** A status Stripe adds after this was written: no paid tier for a state nobody reasoned about. */
const UNKNOWN: Decision = { isPaid: false, status: 'incomplete', isOver: false };

/**
 * The tier and access a subscription in `status` gives, for the plan its licensed price stands
 * for (`planTier`, null when the price is not in the plan table: then Free whatever the status).
 *
 * `isAwaitingFirstPayment`: a subscription paid by boleto (collection_method=send_invoice) is
 * `active` at Stripe from the moment it exists — Stripe waits for no payment before it — and
 * `past_due` once its boleto expires. Until its first invoice is paid it gives no paid tier: the
 * client stays on their plan, shown as waiting for payment (`incomplete`), whether the boleto is
 * still open or expired unpaid (a plan never paid for is no debt that should block publishing).
 * After that first payment a renewal boleto that expires is an ordinary `past_due`.
 */
export function accessForStatus(status: string, planTier: Tier | null, isAwaitingFirstPayment = false): SubscriptionAccess {
  const decision = isKnownStatus(status) ? DECISIONS[status] : UNKNOWN;
  if (isAwaitingFirstPayment && decision.isPaid) return { tier: 'free', status: 'incomplete', isOver: false };
  return {
    tier: decision.isPaid && planTier !== null ? planTier : 'free',
    status: decision.status,
    isOver: decision.isOver,
  };
}

function isKnownStatus(status: string): status is StripeSubscriptionStatus {
  return Object.hasOwn(DECISIONS, status);
}
