import type Stripe from 'stripe';
import type { VerifiedClaims } from '@/lib/claims';
import { getPayments } from '@/lib/payments/get-stripe';
import { reportError } from '@/lib/observability';
import { getBillingProfile, type BillingProfile } from './get-billing-profile';
import { getEntitlements, type Entitlements } from './get-entitlements';
import type { BilledMetric } from '@/modules/metering/stripe-meters';
import { getPlan, PLANS, type Plan } from './plans';

export type MeterUsage = { metric: BilledMetric; used: number; included: number | null; overageCents: number; perUnits: number };
export type InvoiceSummary = {
  id: string;
  number: string | null;
  status: string | null;
  totalCents: number;
  currency: string;
  createdAt: Date;
  hostedUrl: string | null;
  pdfUrl: string | null;
  /** The CPF/CNPJ printed on the invoice (Stripe's copy of the customer's tax IDs when it was finalized). */
  taxIds: string[];
  /** Open, sent to be paid by boleto: its due date (the Billing page shows it while it waits). */
  boletoDueAt: Date | null;
};
export type UpcomingInvoice = {
  totalCents: number;
  currency: string;
  dueAt: Date | null;
  lines: { description: string; amountCents: number; quantity: number | null }[];
};

export type BillingOverview = {
  paymentsConfigured: boolean;
  profile: BillingProfile;
  entitlements: Entitlements;
  plans: readonly Plan[];
  usage: MeterUsage[];
  upcoming: UpcomingInvoice | null;
  invoices: InvoiceSummary[];
  /** Stripe could not be reached: the page says so instead of failing. */
  isStripeUnavailable: boolean;
};

const GB = 1_000_000_000;

/**
 * Everything the Billing page shows: the plan and status (our profile, which the webhook keeps in
 * step with Stripe), this period's usage per billed meter against the plan's included amount (the
 * same figures the quotas use), and — with Stripe — the upcoming invoice preview and past
 * invoices. Without Stripe keys the plans and real usage are still there.
 */
export async function getBillingOverview(claims: VerifiedClaims): Promise<BillingOverview> {
  const [profile, entitlements] = await Promise.all([getBillingProfile(claims), getEntitlements(claims)]);
  const plan = getPlan(profile.tier);
  const used: Record<BilledMetric, number> = {
    page_generate: entitlements.generations.used,
    ai_token: entitlements.aiTokens.used,
    container_hours: entitlements.usage.containerHours,
    storage_gb: entitlements.storage.used / GB,
  };
  const usage = (['page_generate', 'ai_token', 'container_hours', 'storage_gb'] as const).map((metric) => {
    const price = plan.meters.find((m) => m.metric === metric);
    return {
      metric,
      used: used[metric],
      included: price?.included ?? null,
      overageCents: price?.overageCents ?? 0,
      perUnits: price?.perUnits ?? 1,
    };
  });
  const payments = getPayments();
  const base = { profile, entitlements, plans: PLANS, usage, upcoming: null, invoices: [], isStripeUnavailable: false };
  if (payments.kind !== 'stripe') return { ...base, paymentsConfigured: false };
  if (!profile.stripeCustomerId) return { ...base, paymentsConfigured: true };
  const customer = profile.stripeCustomerId;
  try {
    const [invoices, upcoming] = await Promise.all([
      payments.stripe.invoices.list({ customer, limit: 12 }),
      profile.stripeSubscriptionId
        ? payments.stripe.invoices.createPreview({ customer }).catch((err: { code?: string }) => {
            if (err.code === 'invoice_upcoming_none') return null;
            throw err;
          })
        : Promise.resolve(null),
    ]);
    return {
      ...base,
      paymentsConfigured: true,
      invoices: invoices.data.map((i) => ({
        id: i.id ?? '',
        number: i.number ?? null,
        status: i.status ?? null,
        totalCents: i.total,
        currency: i.currency,
        createdAt: new Date(i.created * 1000),
        hostedUrl: i.hosted_invoice_url ?? null,
        pdfUrl: i.invoice_pdf ?? null,
        taxIds: (i.customer_tax_ids ?? []).map((t) => t.value ?? '').filter(Boolean),
        boletoDueAt: boletoDueAt(i),
      })),
      upcoming: upcoming
        ? {
            totalCents: upcoming.total,
            currency: upcoming.currency,
            dueAt: upcoming.next_payment_attempt ? new Date(upcoming.next_payment_attempt * 1000) : null,
            lines: upcoming.lines.data.map((l) => ({
              description: l.description ?? '',
              amountCents: l.amount,
              quantity: l.quantity ?? null,
            })),
          }
        : null,
    };
  } catch (err) {
    reportError(err, { where: 'billing overview' });
    return { ...base, paymentsConfigured: true, isStripeUnavailable: true };
  }
}

/** An open invoice the client pays by boleto (sent, not charged): when it is due; else null. */
function boletoDueAt(invoice: Stripe.Invoice): Date | null {
  const isBoleto = invoice.payment_settings?.payment_method_types?.includes('boleto') ?? false;
  if (invoice.status !== 'open' || invoice.collection_method !== 'send_invoice' || !isBoleto || !invoice.due_date) return null;
  return new Date(invoice.due_date * 1000);
}
