import Stripe from 'stripe';
import { STRIPE_METERS } from '@/modules/metering/stripe-meters';
import { CURRENCY, TAX_BEHAVIOR, PURCHASABLE_TIERS, getPlan, type MeterPrice, type PurchasableTier } from './plans';

export type SetupReport = { created: string[]; updated: string[]; unchanged: string[] };

/**
 * `npm run stripe:setup`: makes a Stripe account match the plan table, by lookup keys and stable
 * ids, so running it twice changes nothing. Meters are found by event name (Stripe allows one
 * active meter per name), products by their fixed ids (`pm_basic`, `pm_pro`), prices by lookup
 * key. Prices are immutable in Stripe: a price whose amount or tiers differ from the table is
 * replaced by a new one that takes over the lookup key (`transfer_lookup_key`), so subscriptions
 * that pick prices by lookup key get the new one and existing subscriptions keep theirs.
 */
export async function setupStripeCatalog(stripe: Stripe): Promise<SetupReport> {
  const report: SetupReport = { created: [], updated: [], unchanged: [] };
  const meterIds = new Map<string, string>();
  const existingMeters = await stripe.billing.meters.list({ limit: 100 });
  for (const meter of STRIPE_METERS) {
    const found = existingMeters.data.find((m) => m.event_name === meter.eventName && m.status !== 'inactive');
    if (found) {
      meterIds.set(meter.metric, found.id);
      if (found.display_name !== meter.displayName) {
        // Only the display name of a meter can change.
        await stripe.billing.meters.update(found.id, { display_name: meter.displayName });
        report.updated.push(`meter:${meter.eventName}`);
      } else report.unchanged.push(`meter:${meter.eventName}`);
      continue;
    }
    const created = await stripe.billing.meters.create(
      {
        display_name: meter.displayName,
        event_name: meter.eventName,
        default_aggregation: { formula: meter.formula },
        customer_mapping: { type: 'by_id', event_payload_key: 'stripe_customer_id' },
        value_settings: { event_payload_key: 'value' },
      },
      { idempotencyKey: `pm-setup-meter-${meter.eventName}` },
    );
    meterIds.set(meter.metric, created.id);
    report.created.push(`meter:${meter.eventName}`);
  }

  for (const tier of PURCHASABLE_TIERS) {
    const productId = await ensureProduct(stripe, tier, report);
    const plan = getPlan(tier);
    const keys = [plan.lookupKey!, ...plan.meters.map((m) => m.lookupKey)];
    const prices = await stripe.prices.list({ lookup_keys: keys, limit: 100, expand: ['data.tiers'] });
    const byKey = new Map(prices.data.map((p) => [p.lookup_key, p]));

    const licensed: Stripe.PriceCreateParams = {
      product: productId,
      currency: CURRENCY,
      tax_behavior: TAX_BEHAVIOR,
      unit_amount: plan.monthlyCents!,
      recurring: { interval: 'month', usage_type: 'licensed' },
      lookup_key: plan.lookupKey!,
      nickname: `${tier} monthly`,
    };
    await ensurePrice(stripe, byKey.get(plan.lookupKey!), licensed, (p) => p.unit_amount === plan.monthlyCents, report);

    for (const meter of plan.meters) {
      const meterId = meterIds.get(meter.metric)!;
      const params = meteredPrice(productId, meter, meterId);
      await ensurePrice(stripe, byKey.get(meter.lookupKey), params, (p) => sameTiers(p, meter, meterId), report);
    }
  }
  return report;
}

async function ensureProduct(stripe: Stripe, tier: PurchasableTier, report: SetupReport): Promise<string> {
  const id = `pm_${tier}`;
  const name = getPlan(tier).stripeProductName!;
  try {
    const product = await stripe.products.retrieve(id);
    if (product.name !== name || product.active === false) {
      await stripe.products.update(id, { name, active: true });
      report.updated.push(`product:${id}`);
    } else report.unchanged.push(`product:${id}`);
  } catch (err) {
    if ((err as { code?: string }).code !== 'resource_missing') throw err;
    await stripe.products.create({ id, name, metadata: { tier } }, { idempotencyKey: `pm-setup-product-${id}` });
    report.created.push(`product:${id}`);
  }
  return id;
}

/** Graduated tiers: the included amount free, then the overage per unit. */
export function meteredPrice(product: string, meter: MeterPrice, meterId: string): Stripe.PriceCreateParams {
  return {
    product,
    currency: CURRENCY,
    tax_behavior: TAX_BEHAVIOR,
    billing_scheme: 'tiered',
    tiers_mode: 'graduated',
    tiers: [
      { up_to: meter.included, unit_amount_decimal: Stripe.Decimal.from('0') },
      { up_to: 'inf', unit_amount_decimal: Stripe.Decimal.from(unitDecimal(meter)) },
    ],
    recurring: { interval: 'month', usage_type: 'metered', meter: meterId },
    lookup_key: meter.lookupKey,
    nickname: `${meter.metric} overage`,
  };
}

function unitDecimal(meter: MeterPrice): string {
  return String(Number((meter.overageCents / meter.perUnits).toPrecision(12)));
}

function sameTiers(price: Stripe.Price, meter: MeterPrice, meterId: string): boolean {
  const tiers = price.tiers ?? [];
  return (
    price.recurring?.meter === meterId &&
    tiers.length === 2 &&
    Number(tiers[0]!.up_to) === meter.included &&
    Number(tiers[0]!.unit_amount_decimal ?? tiers[0]!.unit_amount ?? 0) === 0 &&
    tiers[1]!.up_to === null &&
    Number(tiers[1]!.unit_amount_decimal ?? tiers[1]!.unit_amount) === Number(unitDecimal(meter))
  );
}

async function ensurePrice(
  stripe: Stripe,
  existing: Stripe.Price | undefined,
  params: Stripe.PriceCreateParams,
  matches: (price: Stripe.Price) => boolean,
  report: SetupReport,
): Promise<void> {
  const key = params.lookup_key!;
  if (existing && matches(existing)) {
    report.unchanged.push(`price:${key}`);
    return;
  }
  await stripe.prices.create({ ...params, transfer_lookup_key: Boolean(existing) });
  (existing ? report.updated : report.created).push(`price:${key}`);
}
