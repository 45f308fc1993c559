import type Stripe from 'stripe';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { getPayments } from '@/lib/payments/get-stripe';
import { getBillingProfile } from './get-billing-profile';
import { ensureStripeCustomer } from './ensure-stripe-customer';
import type { BrazilianTaxId } from './parse-brazilian-tax-id';
import { lookupKeysFor, type PurchasableTier } from './plans';
import { requireStripe } from './require-stripe';
import { saveCustomerTaxId } from './save-customer-tax-id';
import { assertCanStartSubscription, findPlanPrices } from './start-checkout';

/** Days the client has to pay each boleto (Stripe's due date; the boleto expires after it). */
export const BOLETO_DAYS_UNTIL_DUE = 3;

/**
 * Upgrading by boleto: a subscription that Stripe bills by invoice (collection_method
 * send_invoice, boleto as the invoice's payment method), each due BOLETO_DAYS_UNTIL_DUE days
 * after it is issued. The CPF/CNPJ is saved on the customer first, so the invoice carries it. The
 * first invoice is finalized at once (Stripe would wait an hour): its boleto and due date show on
 * the Billing page right away, and invoice.finalized sends the mail. The plan changes only when
 * invoice.paid arrives (access-for-status.ts: a boleto subscription gives no paid tier before its
 * first payment).
 */
export async function startBoletoSubscription(
  claims: VerifiedClaims,
  { tier, taxId }: { tier: PurchasableTier; taxId: BrazilianTaxId },
): Promise<{ invoiceId: string }> {
  const stripe = requireStripe(getPayments());
  const profile = await getBillingProfile(claims);
  assertCanStartSubscription(profile);
  const customer = await ensureStripeCustomer(stripe, profile.userId, profile.email, profile.stripeCustomerId);
  await saveCustomerTaxId(stripe, customer, taxId);
  const prices = await findPlanPrices(stripe, lookupKeysFor(tier));
  const subscription = await stripe.subscriptions.create(
    {
      customer,
      items: prices.map((price) => ({ price })),
      collection_method: 'send_invoice',
      days_until_due: BOLETO_DAYS_UNTIL_DUE,
      payment_settings: { payment_method_types: ['boleto'] },
      metadata: { user_id: profile.userId, tier },
    },
    // A double click (or a retry) is one subscription: the key names the client, the plan and the
    // customer's current state (no subscription yet), which a finished upgrade changes.
    { idempotencyKey: `pm-boleto-${profile.userId}-${tier}-${profile.stripeSubscriptionId ?? 'none'}` },
  );
  const invoiceId = latestInvoiceId(subscription);
  if (!invoiceId) throw new AppError('UNAVAILABLE', 'errors.billing.stripeUnavailable');
  const invoice = await stripe.invoices.retrieve(invoiceId);
  if (invoice.status === 'draft') await stripe.invoices.finalizeInvoice(invoiceId);
  return { invoiceId };
}

function latestInvoiceId(subscription: Stripe.Subscription): string | null {
  const latest = subscription.latest_invoice;
  return typeof latest === 'string' ? latest : (latest?.id ?? null);
}
