import { FIX_ITEMS_MAX, FIX_TEXT_MAX } from './analysis-result';

/**
 * What a Lighthouse audit's details name, as short lines a person can act on: the element (its
 * HTML snippet, else its selector or label), the file (its URL, or the URL of the source location),
 * or a link (its text and address). Data: URLs are left out (they are not files anyone can find).
 * Pure; Lighthouse's details are loosely typed JSON, so every field is checked.
 */
type Item = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const clip = (value: string) => (value.length > FIX_TEXT_MAX ? `${value.slice(0, FIX_TEXT_MAX - 1)}…` : value);
const isFileUrl = (value: string) => /^https?:\/\//i.test(value);

function describeItem(item: Item): string | null {
  const node = item.node as Item | undefined;
  if (node && typeof node === 'object') {
    const named = text(node.snippet) ?? text(node.selector) ?? text(node.nodeLabel);
    if (named) return named;
  }
  const url = text(item.url);
  if (url && isFileUrl(url)) return url;
  const source = item.source as Item | undefined;
  const sourceUrl = source && typeof source === 'object' ? text(source.url) : null;
  if (sourceUrl && isFileUrl(sourceUrl)) return sourceUrl;
  const href = text(item.href);
  if (href) return text(item.text) ? `${text(item.text)} → ${href}` : href;
  return null;
}

/** Distinct lines for the audit's items, at most FIX_ITEMS_MAX, and how many it names in all. */
export function auditItems(details: unknown): { items: string[]; count: number } {
  const list = (details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(list)) return { items: [], count: 0 };
  const lines: string[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const line = describeItem(item as Item);
    if (line && !lines.includes(clip(line))) lines.push(clip(line));
  }
  return { items: lines.slice(0, FIX_ITEMS_MAX), count: lines.length };
}
