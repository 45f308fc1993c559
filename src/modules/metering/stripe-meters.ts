import type { UsageMetric } from './schema';

/**
 * The usage metrics billed through Stripe Billing Meters, with each meter's aggregation formula.
 * Bandwidth is recorded but not billed. `storage_gb` is a daily snapshot (Stripe keeps the last
 * value of the period); the others add up. `page_generate` is one unit per generation, but it is a
 * `sum` meter, not `count`: the push sends one event per customer · meter · minute carrying that
 * minute's total, and a `count` meter would bill such an event as one generation.
 */
export const STRIPE_METERS = [
  { metric: 'page_generate', eventName: 'page_generate', displayName: 'Site generations', formula: 'sum' },
  { metric: 'ai_token', eventName: 'ai_token', displayName: 'AI tokens', formula: 'sum' },
  { metric: 'container_hours', eventName: 'container_hours', displayName: 'Hosting hours', formula: 'sum' },
  { metric: 'storage_gb', eventName: 'storage_gb', displayName: 'Storage (GB)', formula: 'last' },
] as const satisfies readonly { metric: UsageMetric; eventName: string; displayName: string; formula: 'sum' | 'last' }[];

export type BilledMetric = (typeof STRIPE_METERS)[number]['metric'];

export const BILLED_METRICS: readonly BilledMetric[] = STRIPE_METERS.map((m) => m.metric);
