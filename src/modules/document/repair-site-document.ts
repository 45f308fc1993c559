import { z } from 'zod';
import { collectStringKeys } from './collect-string-keys';
import { parseLenientJson } from '@/lib/lenient-json';
import { placeholderFor } from './placeholder-for';
import { linkSchema } from './primitives';
import { repairI18n } from './repair-i18n';
import { repairPages } from './repair-pages';
import { repairTheme } from './repair-theme';
import { FAILED, repairValue, type InlineText } from './repair-value';
import { SITE_DOCUMENT_VERSION, seoSchema, siteDocumentSchema, type SiteDocument } from './site-document-schema';

export type RepairSiteDocumentResult = { document: SiteDocument; repairs: string[] } | null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function fillStrings(document: SiteDocument, inlineTexts: InlineText[], repairs: string[]): void {
  const { defaultLocale, locales, strings } = document.i18n;
  for (const { key, locale, text } of inlineTexts) {
    const target = locale ?? defaultLocale;
    if (strings[target] && !strings[target][key]?.trim()) strings[target][key] = text;
  }
  const used = collectStringKeys(document);
  const usedSet = new Set(used);
  for (const locale of [defaultLocale, ...locales.filter((other) => other !== defaultLocale)]) {
    const table = strings[locale];
    let filled = 0;
    for (const key of used) {
      if (table[key]?.trim()) continue;
      table[key] = strings[defaultLocale][key]?.trim() ? strings[defaultLocale][key] : placeholderFor(key);
      filled += 1;
    }
    const unused = Object.keys(table).filter((key) => !usedSet.has(key));
    for (const key of unused) delete table[key];
    if (filled > 0) repairs.push(`i18n.strings.${locale}: filled ${filled} missing string(s)`);
    if (unused.length > 0) repairs.push(`i18n.strings.${locale}: removed ${unused.length} unused string(s)`);
  }
}

function repairDocument(raw: Record<string, unknown>): RepairSiteDocumentResult {
  const repairs: string[] = [];
  const inlineTexts: InlineText[] = [];
  const notes = { repairs, inlineTexts };
  if (raw.version !== SITE_DOCUMENT_VERSION) repairs.push(`version: set to ${SITE_DOCUMENT_VERSION}`);

  const pages = repairPages(raw, notes);
  if (pages.length === 0) return null;

  const i18n = repairI18n(raw.i18n, repairs);
  const theme = repairTheme(raw.theme, repairs);
  const siteSchema = siteDocumentSchema.shape.site;
  const site = repairValue(siteSchema, isRecord(raw.site) ? raw.site : {}, [], { ...notes, keyPrefix: 'site', where: 'site' });
  const seo = repairValue(seoSchema, isRecord(raw.seo) ? raw.seo : {}, [], { ...notes, keyPrefix: 'seo', where: 'seo' });
  const navigation = repairValue(z.array(linkSchema).max(8), raw.navigation ?? [], [], { ...notes, keyPrefix: 'nav', where: 'navigation' });
  if (site === FAILED || seo === FAILED) return null;

  const document = {
    version: SITE_DOCUMENT_VERSION,
    site: site as SiteDocument['site'],
    theme,
    seo: seo as SiteDocument['seo'],
    ...(navigation !== FAILED && Array.isArray(navigation) && navigation.length > 0
      ? { navigation: navigation as NonNullable<SiteDocument['navigation']> }
      : {}),
    i18n,
    pages,
  } satisfies SiteDocument;
  fillStrings(document, inlineTexts, repairs);

  const checked = siteDocumentSchema.safeParse(document);
  if (!checked.success) return null;
  return { document: checked.data, repairs };
}

/**
 * Best-effort recovery of model output (an object or raw text, possibly fenced or truncated):
 * unknown section types dropped, ids filled and deduplicated, unsafe URLs dropped, text found
 * where keys belong moved into the string table, and every used key given a text in every
 * locale. Never throws; returns null when there is nothing usable.
 */
export function repairSiteDocument(input: unknown): RepairSiteDocumentResult {
  try {
    const parsed = typeof input === 'string' ? parseLenientJson(input) : { ok: true as const, value: input };
    const value = parsed.ok ? parsed.value : undefined;
    if (!isRecord(value)) return null;
    // Some models wrap the answer: { "document": { ... } } or { "site_document": { ... } }.
    const inner = Object.values(value).find((child) => isRecord(child) && Array.isArray(child.pages));
    const raw = Array.isArray(value.pages) || Array.isArray(value.sections) || !isRecord(inner) ? value : inner;
    return repairDocument(raw);
  } catch {
    // Hostile shapes (getters that throw, cyclic objects) must not take the generation job down.
    return null;
  }
}
