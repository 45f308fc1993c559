import { collectStringKeys } from './collect-string-keys';
import { findKeysIn } from './find-keys-in';
import { placeholderFor } from './placeholder-for';
import { normalizeLocale } from './repair-i18n';
import { FAILED, repairValue, type InlineText } from './repair-value';
import { isSectionType, sectionRegistry, type Section } from './section-registry';
import type { SiteDocument } from './site-document-schema';

export type MergeGeneratedSectionInput = {
  /** Page that receives the section ('' is home). */
  pageSlug: string;
  /** Replace this section (keeping its id, so links to #id keep working) instead of inserting. */
  replaceSectionId?: string;
  /** Insert position; defaults to just before the footer, or the end. Ignored when replacing. */
  position?: number;
};

export type MergeGeneratedSectionResult =
  { ok: true; document: SiteDocument; sectionId: string; repairs: string[] } | { ok: false; error: string; repairs: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function uniqueId(base: string, used: Set<string>): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^[^a-z]+|-+$/g, '')
      .slice(0, 36) || 'section';
  let id = clean;
  for (let suffix = 2; used.has(id); suffix += 1) id = `${clean}-${suffix}`;
  return id;
}

/** Every image src a document already uses (uploads, earlier stock art), with its credit if it has one: a rewrite may keep those. */
function imageSourcesOf(document: SiteDocument): Map<string, unknown> {
  const sources = new Map<string, unknown>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) {
      if (typeof value.src === 'string' && !sources.get(value.src)) sources.set(value.src, value.credit);
      Object.values(value).forEach(visit);
    }
  };
  visit(document.pages);
  return sources;
}

/**
 * We have no photo library, so an image URL from a model is invented and would render broken.
 * Each one becomes a photo placeholder (`/stock/<section>-<n>.svg`: "a photo goes here", see
 * render/photo-placeholder.ts) unless it is one already or an image the document already had.
 * A credit is never the model's: a kept image gets the credit the document had for it.
 */
function replaceInventedImages(
  value: unknown,
  sectionId: string,
  known: Map<string, unknown>,
  repairs: string[],
  counter = { n: 0 },
): void {
  if (Array.isArray(value)) {
    for (const item of value) replaceInventedImages(item, sectionId, known, repairs, counter);
    return;
  }
  if (!isRecord(value)) return;
  if (typeof value.src === 'string' && typeof value.width === 'number' && typeof value.height === 'number') {
    counter.n += 1;
    let src = value.src;
    if (!src.startsWith('/stock/') && !known.has(src)) {
      repairs.push(`image "${src.slice(0, 80)}" is not one we have: a photo placeholder instead`);
      value.src = src = `/stock/${sectionId}-${counter.n}.svg`;
    }
    const credit = known.get(src);
    if (credit) value.credit = credit;
    else delete value.credit;
  }
  for (const child of Object.values(value)) replaceInventedImages(child, sectionId, known, repairs, counter);
}

/**
 * Folds a section produced with `generatedSectionSchema` (texts inline, keyed by locale) into a
 * copy of `document`: keys are derived from the section id and field path, texts go to the
 * string table, locales the model skipped get the default locale's text, and strings only the
 * replaced section used are removed. The input document is not modified.
 */
export function mergeGeneratedSection(
  document: SiteDocument,
  generated: unknown,
  input: MergeGeneratedSectionInput,
): MergeGeneratedSectionResult {
  const repairs: string[] = [];
  const next = structuredClone(document);
  const page = next.pages.find((candidate) => candidate.slug === input.pageSlug);
  if (!page) return { ok: false, error: `no page with slug "${input.pageSlug}"`, repairs };
  if (!isRecord(generated) || !isSectionType(generated.type)) {
    return { ok: false, error: 'generated section has no known "type"', repairs };
  }
  const type = generated.type;
  const replaceIndex = page.sections.findIndex((section) => section.id === input.replaceSectionId);
  const replaced = replaceIndex >= 0 ? page.sections[replaceIndex] : undefined;
  const usedIds = new Set(page.sections.filter((section) => section !== replaced).map((section) => section.id));
  const id = replaced ? replaced.id : uniqueId(typeof generated.id === 'string' ? generated.id : type, usedIds);

  // Keys must not collide with keys other sections (on any page) still use.
  const otherKeys = new Set(findKeysIn(next.pages.map((other) => ({ ...other, sections: other.sections.filter((s) => s !== replaced) }))));
  const base = input.pageSlug === '' ? id : `${input.pageSlug.replace(/\//g, '-')}.${id}`;
  let keyPrefix = base;
  for (let suffix = 2; [...otherKeys].some((key) => key.startsWith(`${keyPrefix}.`)); suffix += 1) keyPrefix = `${base}-${suffix}`;

  const inlineTexts: InlineText[] = [];
  const ctx = { repairs, inlineTexts, keyPrefix, where: `generated ${type}`, isInline: true };
  const section = repairValue(sectionRegistry[type].schema, { ...generated, id, type }, [], ctx);
  if (section === FAILED) return { ok: false, error: `generated ${type} section does not fit the schema`, repairs };
  replaceInventedImages(section, id, imageSourcesOf(document), repairs);

  const { defaultLocale, locales, strings } = next.i18n;
  const textsByKey = new Map<string, Map<string, string>>();
  for (const { key, locale, text } of inlineTexts) {
    const target = locale === undefined ? defaultLocale : normalizeLocale(locale);
    if (!target || !locales.includes(target)) {
      repairs.push(`ignored text for locale "${locale}" (not a site locale)`);
      continue;
    }
    textsByKey.set(key, (textsByKey.get(key) ?? new Map<string, string>()).set(target, text));
  }
  for (const key of new Set(findKeysIn(section))) {
    const texts = textsByKey.get(key);
    const fallback = texts?.get(defaultLocale) ?? (texts ? [...texts.values()][0] : undefined);
    for (const locale of locales) {
      const text = texts?.get(locale) ?? fallback ?? strings[locale]?.[key] ?? strings[defaultLocale]?.[key];
      if (!texts?.has(locale))
        repairs.push(`${key}: no ${locale} text, ${text === undefined ? 'used a placeholder' : "used another locale's"}`);
      strings[locale] = { ...strings[locale], [key]: text ?? placeholderFor(key) };
    }
  }

  if (replaced) page.sections[replaceIndex] = section as Section;
  else {
    const footerIndex = page.sections.findIndex((candidate) => candidate.type === 'footer');
    const position = input.position ?? (footerIndex >= 0 ? footerIndex : page.sections.length);
    page.sections.splice(Math.max(0, Math.min(position, page.sections.length)), 0, section as Section);
  }

  if (replaced) {
    const stillUsed = new Set(collectStringKeys(next));
    for (const key of findKeysIn(replaced)) {
      if (stillUsed.has(key)) continue;
      for (const locale of locales) if (strings[locale]) delete strings[locale][key];
    }
  }
  return { ok: true, document: next, sectionId: id, repairs };
}
