import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { FIELD_METRIC_IDS, type FieldMetricId } from './field-metrics';

/**
 * Real-user field data from the Chrome UX Report (CrUX) API — the port. Production adapter: the
 * API's `records:queryRecord` (POST, `?key=`), asked for the page itself on phones and, when CrUX
 * has too few visits of that page, for its whole origin. Not configured (no CRUX_API_KEY): no
 * request is made and the answer is null, so nothing is shown. The embedded default has no
 * stand-in of its own on purpose: invented field data would be worse than none.
 *
 * The answer is the 75th percentile of each Core Web Vital over the last 28 days, as CrUX reports
 * it (CLS arrives as a string with two decimals, times as integers in ms).
 */

export type FieldData = {
  /** Whether CrUX had data for this page or only for its whole origin. */
  scope: 'url' | 'origin';
  /** The p75 of each metric CrUX has (ms; CLS unitless). */
  p75: Partial<Record<FieldMetricId, number>>;
  /** The 28 days the data covers (ISO dates). */
  period: { first: string; last: string } | null;
};

const CRUX_METRICS: Record<FieldMetricId, string> = {
  lcp: 'largest_contentful_paint',
  inp: 'interaction_to_next_paint',
  cls: 'cumulative_layout_shift',
  fcp: 'first_contentful_paint',
  ttfb: 'experimental_time_to_first_byte',
};

const DEFAULT_CRUX_API = 'https://chromeuxreport.googleapis.com';

const dateSchema = z.object({ year: z.number(), month: z.number(), day: z.number() });
const recordSchema = z.object({
  record: z.object({
    metrics: z.record(z.string(), z.object({ percentiles: z.object({ p75: z.union([z.number(), z.string()]) }).optional() })),
    collectionPeriod: z.object({ firstDate: dateSchema, lastDate: dateSchema }).optional(),
  }),
});

const isoDate = (d: z.infer<typeof dateSchema>) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

type Query = { url: string } | { origin: string };

async function queryRecord(base: string, key: string, query: Query): Promise<z.infer<typeof recordSchema> | null> {
  const response = await fetch(`${base}/v1/records:queryRecord?key=${encodeURIComponent(key)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ ...query, formFactor: 'PHONE', metrics: Object.values(CRUX_METRICS) }),
    signal: AbortSignal.timeout(5_000),
  });
  // 404: CrUX has no (or too little) data for this key. Anything else that is not ok (a bad key,
  // quota) is the same to a visitor: no field data.
  if (!response.ok) return null;
  const parsed = recordSchema.safeParse(await response.json());
  return parsed.success ? parsed.data : null;
}

/**
 * The field data of a page (or, failing that, its origin), or null when not configured, when
 * CrUX has none, or when the API cannot be reached — field data is an extra, never a reason for
 * an analysis to fail.
 */
export async function queryFieldData(pageUrl: string): Promise<FieldData | null> {
  const { CRUX_API_KEY: key, CRUX_API_URL } = getEnv();
  if (!key) return null;
  const base = (CRUX_API_URL ?? DEFAULT_CRUX_API).replace(/\/$/, '');
  try {
    const url = new URL(pageUrl);
    url.hash = '';
    let scope: FieldData['scope'] = 'url';
    let found = await queryRecord(base, key, { url: url.href });
    if (!found) {
      scope = 'origin';
      found = await queryRecord(base, key, { origin: url.origin });
    }
    if (!found) return null;
    const p75: FieldData['p75'] = {};
    for (const id of FIELD_METRIC_IDS) {
      const value = Number(found.record.metrics[CRUX_METRICS[id]]?.percentiles?.p75);
      if (Number.isFinite(value)) p75[id] = value;
    }
    if (Object.keys(p75).length === 0) return null;
    const period = found.record.collectionPeriod;
    return { scope, p75, period: period ? { first: isoDate(period.firstDate), last: isoDate(period.lastDate) } : null };
  } catch {
    return null;
  }
}
