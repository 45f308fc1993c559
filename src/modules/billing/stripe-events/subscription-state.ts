import type Stripe from 'stripe';
import type { BillingStateChange } from '../unsafe-save-subscription';
import { accessForStatus } from '../access-for-status';
import { tierForLookupKey } from '../plans';

/** Stripe's subscription → our tier, status and period end (the plan table and accessForStatus decide). */
export function subscriptionState(subscription: Stripe.Subscription): Omit<BillingStateChange, 'userId' | 'observedAt'> {
  const items = subscription.items.data;
  const licensed = items.find((item) => item.price.recurring?.usage_type !== 'metered') ?? items[0];
  const access = accessForStatus(subscription.status, tierForLookupKey(licensed?.price.lookup_key), isAwaitingFirstPayment(subscription));
  const periodEnd = licensed?.current_period_end;
  return {
    tier: access.tier,
    status: access.status,
    subscriptionId: access.isOver ? null : subscription.id,
    currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : null,
    cancelAtPeriodEnd: Boolean(subscription.cancel_at_period_end),
  };
}

/**
 * A subscription that sends invoices (a boleto each period) whose first invoice is not paid yet.
 * Read from the subscription re-read with its latest invoice expanded; an unexpanded one (an id)
 * cannot say, and Stripe's status alone decides, as for a card.
 */
export function isAwaitingFirstPayment(subscription: Stripe.Subscription): boolean {
  if (subscription.collection_method !== 'send_invoice') return false;
  const invoice = subscription.latest_invoice;
  if (!invoice || typeof invoice === 'string') return false;
  return invoice.billing_reason === 'subscription_create' && invoice.status !== 'paid';
}
