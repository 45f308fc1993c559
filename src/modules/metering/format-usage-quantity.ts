import type { BilledMetric } from './stripe-meters';

/** The options formatUsageQuantity passes: a subset of Intl's that next-intl's type takes too. */
export type UsageNumberOptions = { maximumFractionDigits: number; style?: 'unit'; unit?: string; unitDisplay?: 'short' };
/** A locale's number formatter: next-intl's `format.number`, or the PDF's (report-format.ts). */
export type FormatNumber = (value: number, options: UsageNumberOptions) => string;

/**
 * How many decimals a metric's figure shows. Hosting hours and storage are fractional (hours of
 * 5-minute ticks, a daily snapshot of gigabytes); generations and tokens are whole.
 */
const FRACTION_DIGITS: Record<BilledMetric, number> = { page_generate: 0, ai_token: 0, container_hours: 1, storage_gb: 2 };
const UNITS: Partial<Record<BilledMetric, string>> = { container_hours: 'hour', storage_gb: 'gigabyte' };

/**
 * A usage figure as people read it: the one rule for rounding hosting hours and storage, so the
 * Usage page, Billing, the admin's billing table and the monthly PDF never show the same month as
 * "12.3", "12.35" and "12" (they did). `withUnit` adds the short unit ("12.3 hr", "0.35 GB");
 * without it, the number alone, for a label that names the metric already.
 */
export function formatUsageQuantity(
  formatNumber: FormatNumber,
  metric: BilledMetric,
  value: number,
  { withUnit = false }: { withUnit?: boolean } = {},
): string {
  const unit = withUnit ? UNITS[metric] : undefined;
  return formatNumber(value, {
    maximumFractionDigits: FRACTION_DIGITS[metric],
    ...(unit ? { style: 'unit' as const, unit, unitDisplay: 'short' as const } : {}),
  });
}
