/**
 * Reading a Lighthouse result: category scores, the audits that cost points (with the elements
 * they name) and transfer sizes from the network-requests audit.
 */
import type { Result } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** `weight` 0: a diagnostic or insight, listed for information; it does not move the category score. */
export type FailingAudit = {
  id: string;
  category: Category;
  weight: number;
  score: number;
  title: string;
  displayValue?: string;
  items: string[];
};

export function categoryScores(lhr: Result): Record<Category, number | null> {
  const scores: Record<Category, number | null> = { performance: null, accessibility: null, 'best-practices': null, seo: null };
  for (const category of CATEGORIES) {
    const score = lhr.categories[category]?.score;
    scores[category] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  return scores;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The table/list rows of an audit's details (typed loosely by Lighthouse: one shape per audit). */
function itemsOf(details: unknown): unknown[] | null {
  return isRecord(details) && Array.isArray(details.items) ? details.items : null;
}
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** One line per offending item: the element (selector + snippet), else a URL or a description. */
function describeItems(details: unknown, limit = 4): string[] {
  const items = itemsOf(details);
  if (!items) return [];
  const lines: string[] = [];
  for (const item of items.slice(0, limit)) {
    if (!isRecord(item)) continue;
    const node = isRecord(item.node) ? item.node : undefined;
    const parts = node
      ? [text(node.selector), text(node.snippet)?.slice(0, 160), text(node.explanation)?.split('\n').slice(0, 2).join(' ')]
      : [text(item.url), text(item.description), text(item.source), text(item.label), text(item.value)];
    const line = parts.filter(Boolean).join(' — ');
    if (line) lines.push(line);
  }
  if (items.length > limit) lines.push(`… and ${items.length - limit} more`);
  return lines;
}

/** Audits of the four categories that scored below 1 (informative, manual and n/a audits have no score). */
export function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual' || audit.scoreDisplayMode === 'notApplicable')
        continue;
      failing.push({
        id: ref.id,
        category,
        weight: ref.weight,
        score: audit.score,
        title: audit.title,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        items: describeItems(audit.details),
      });
    }
  }
  return failing;
}

/** Bytes on the wire by kind: the page itself (HTML, CSS, JS, icons), its web fonts, its images. */
export type TransferSizes = { pageBytes: number; fontBytes: number; imageBytes: number; requests: number };

/**
 * Bytes on the wire (headers included) by kind: the page itself (document, CSS, JS, icon,
 * manifest), the placeholder images under /images/ (not ours) and uploaded photos' variants under
 * /assets/photos/ — images are excluded from the page figure and counted on their own.
 * The service worker's precache fetches run in the worker and are not in this list.
 */
export function transferSizes(lhr: Result): TransferSizes {
  const items = itemsOf(lhr.audits['network-requests']?.details);
  const sizes: TransferSizes = { pageBytes: 0, fontBytes: 0, imageBytes: 0, requests: 0 };
  for (const item of items ?? []) {
    if (!isRecord(item)) continue;
    const bytes = typeof item.transferSize === 'number' ? item.transferSize : 0;
    const url = text(item.url) ?? '';
    if (url.startsWith('data:')) continue;
    sizes.requests++;
    const { pathname } = new URL(url);
    if (pathname.startsWith('/images/') || pathname.startsWith('/assets/photos/')) sizes.imageBytes += bytes;
    else if (pathname.endsWith('.woff2')) sizes.fontBytes += bytes;
    else sizes.pageBytes += bytes;
  }
  return sizes;
}
