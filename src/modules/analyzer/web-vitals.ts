import type { FieldMetricId } from '@/lib/crux/field-metrics';
import type { Metric, Rating } from './analysis-result';

/**
 * Google's thresholds for lab metrics (web.dev/vitals, Lighthouse's scoring docs): at or under
 * `good` is good, over `poor` is poor, in between needs improvement. TBT stands in for INP in a
 * lab run, with Lighthouse's thresholds.
 */
export const METRIC_THRESHOLDS: Record<Metric['id'], { good: number; poor: number }> = {
  lcp: { good: 2500, poor: 4000 },
  cls: { good: 0.1, poor: 0.25 },
  tbt: { good: 200, poor: 600 },
  fcp: { good: 1800, poor: 3000 },
  si: { good: 3400, poor: 5800 },
};

export function rateMetric(id: Metric['id'], value: number): Rating {
  const { good, poor } = METRIC_THRESHOLDS[id];
  if (value <= good) return 'good';
  if (value > poor) return 'poor';
  return 'needs-improvement';
}

/** Google's Core Web Vitals thresholds for field data (the p75 of real visits; web.dev/vitals). */
export const FIELD_THRESHOLDS: Record<FieldMetricId, { good: number; poor: number }> = {
  lcp: { good: 2500, poor: 4000 },
  inp: { good: 200, poor: 500 },
  cls: { good: 0.1, poor: 0.25 },
  fcp: { good: 1800, poor: 3000 },
  ttfb: { good: 800, poor: 1800 },
};

export function rateFieldMetric(id: FieldMetricId, p75: number): Rating {
  const { good, poor } = FIELD_THRESHOLDS[id];
  if (p75 <= good) return 'good';
  if (p75 > poor) return 'poor';
  return 'needs-improvement';
}
