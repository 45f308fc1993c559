import type { Result } from 'lighthouse';
import {
  type FIX_CATEGORIES,
  FIX_TEXT_MAX,
  type AnalysisResult,
  type AuditFix,
  type CATEGORY_IDS,
  type Metric,
  type Opportunity,
} from './analysis-result';
import { auditItems } from './audit-items';
import { rateMetric } from './web-vitals';

const METRIC_AUDITS: Record<Metric['id'], string> = {
  lcp: 'largest-contentful-paint',
  cls: 'cumulative-layout-shift',
  tbt: 'total-blocking-time',
  fcp: 'first-contentful-paint',
  si: 'speed-index',
};

const TOP_OPPORTUNITIES = 5;
const TOP_FIXES = 10;
/** Audits that pass or fail (not manual checks, informative notes or ones that do not apply). */
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/**
 * The failing audits of a category that counts toward its score, the heaviest first: what to fix,
 * and the elements or files each names.
 */
function failingAudits(lhr: Result, category: (typeof FIX_CATEGORIES)[number]): AuditFix[] {
  const failing: (AuditFix & { weight: number })[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || ref.weight <= 0 || !SCORED_MODES.has(audit.scoreDisplayMode)) continue;
    if (audit.score === null || audit.score >= 0.9) continue;
    const { items, count } = auditItems(audit.details);
    failing.push({ id: audit.id, title: audit.title.slice(0, FIX_TEXT_MAX), items, itemCount: count, weight: ref.weight });
  }
  failing.sort((a, b) => b.weight - a.weight);
  return failing.slice(0, TOP_FIXES).map(({ weight: _weight, ...fix }) => fix);
}

type Details = { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number; items?: unknown[]; data?: unknown };

function itemsBytes(items: unknown[] | undefined): number | null {
  if (!items?.length) return null;
  let total = 0;
  for (const item of items) {
    const bytes = (item as { totalBytes?: unknown }).totalBytes;
    if (typeof bytes === 'number') total += bytes;
  }
  return total > 0 ? total : null;
}

/** A Lighthouse report → the compact result we store and show (pure; see analysis-result.ts). */
export function summarizeLighthouse(lhr: Result, extra: { url: string; blockedRequests: number; durationMs: number }): AnalysisResult {
  const score = (id: (typeof CATEGORY_IDS)[number]) => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const metrics: Metric[] = [];
  for (const [id, auditId] of Object.entries(METRIC_AUDITS) as [Metric['id'], string][]) {
    const value = lhr.audits[auditId]?.numericValue;
    if (typeof value === 'number') metrics.push({ id, value, rating: rateMetric(id, value) });
  }
  const opportunities: Opportunity[] = [];
  for (const audit of Object.values(lhr.audits)) {
    const details = audit.details as Details | undefined;
    if (details?.type !== 'opportunity') continue;
    if (audit.score !== null && audit.score >= 0.9) continue;
    const metricSavings = audit.metricSavings ?? {};
    const savingsMs = Math.max(details.overallSavingsMs ?? 0, metricSavings.LCP ?? 0, metricSavings.FCP ?? 0);
    const savingsBytes = details.overallSavingsBytes && details.overallSavingsBytes > 0 ? details.overallSavingsBytes : null;
    if (savingsMs <= 0 && savingsBytes === null) continue;
    const { items: files } = auditItems(details);
    opportunities.push({ id: audit.id, savingsMs, savingsBytes, totalBytes: itemsBytes(details.items), files });
  }
  opportunities.sort((a, b) => b.savingsMs - a.savingsMs || (b.savingsBytes ?? 0) - (a.savingsBytes ?? 0));
  const screenshotDetails = lhr.audits['final-screenshot']?.details as Details | undefined;
  return {
    url: extra.url,
    finalUrl: lhr.finalDisplayedUrl,
    formFactor: 'mobile',
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics,
    opportunities: opportunities.slice(0, TOP_OPPORTUNITIES),
    fixes: { accessibility: failingAudits(lhr, 'accessibility'), seo: failingAudits(lhr, 'seo') },
    screenshot: typeof screenshotDetails?.data === 'string' ? screenshotDetails.data : null,
    blockedRequests: extra.blockedRequests,
    lighthouseVersion: lhr.lighthouseVersion,
    durationMs: extra.durationMs,
  };
}
