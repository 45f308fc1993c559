import { getPayments } from '@/lib/payments/get-stripe';
import { reportError } from '@/lib/observability';
import type { UsageTotals } from '@/modules/metering/sum-usage-by-user';
import { CURRENCY, getPlan, type Tier } from './plans';

/**
 * What a client is charged for a month:
 *  - `stripe`: the sum of the Stripe invoices created in the month (payments configured and the
 *    account is a Stripe customer);
 *  - `estimate`: the plan's price plus the overage above its included amounts, from the plan table
 *    and the month's metered usage (no Stripe invoice to read: the embedded default, or a plan set
 *    by hand) — labelled as an estimate wherever it is shown;
 *  - `none`: nothing to charge through us (enterprise is invoiced by the agency outside the app).
 */
export type MonthInvoice = {
  source: 'stripe' | 'estimate' | 'none';
  totalCents: number;
  currency: string;
  planCents: number;
  overageCents: number;
};

export function estimateMonthInvoice(tier: Tier, usage: UsageTotals): MonthInvoice {
  const plan = getPlan(tier);
  if (plan.monthlyCents === null && plan.meters.length === 0) {
    return { source: 'none', totalCents: 0, currency: CURRENCY, planCents: 0, overageCents: 0 };
  }
  let overageCents = 0;
  for (const meter of plan.meters) {
    const above = Math.max(0, usage[meter.metric] - meter.included);
    overageCents += Math.ceil(above / meter.perUnits) * meter.overageCents;
  }
  const planCents = plan.monthlyCents ?? 0;
  return { source: 'estimate', totalCents: planCents + overageCents, currency: CURRENCY, planCents, overageCents };
}

/** The month's invoice total: Stripe's invoices when there are some to read, else the estimate. */
export async function getMonthInvoice(input: {
  tier: Tier;
  usage: UsageTotals;
  stripeCustomerId: string | null;
  from: Date;
  to: Date;
}): Promise<MonthInvoice> {
  const estimate = estimateMonthInvoice(input.tier, input.usage);
  const payments = getPayments();
  if (payments.kind !== 'stripe' || !input.stripeCustomerId) return estimate;
  try {
    const created = { gte: Math.floor(input.from.getTime() / 1000), lt: Math.floor(input.to.getTime() / 1000) };
    const list = await payments.stripe.invoices.list({ customer: input.stripeCustomerId, created, limit: 100 });
    const invoices = list.data.filter((invoice) => invoice.status !== 'void' && invoice.status !== 'draft');
    if (invoices.length === 0) return estimate;
    const totalCents = invoices.reduce((sum, invoice) => sum + invoice.total, 0);
    return { source: 'stripe', totalCents, currency: invoices[0]!.currency, planCents: totalCents, overageCents: 0 };
  } catch (err) {
    // Stripe unreachable: the report still goes out, with the estimate (labelled as one).
    reportError(err, { where: 'month invoice' });
    return estimate;
  }
}
