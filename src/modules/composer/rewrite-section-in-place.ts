import { AppError } from '@/lib/errors';
import { collectStringKeys } from '@/modules/document/collect-string-keys';
import { findKeysIn } from '@/modules/document/find-keys-in';
import { mergeGeneratedSection } from '@/modules/document/merge-generated-section';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { finalizeDocument } from '@/modules/document/finalize-document';
import { findSectionOrThrow } from '@/modules/document/find-section';
import { inlineSection } from '@/modules/document/inline-section';
import { textLangOf } from '@/modules/brief/languages';
import type { EditPlan } from './parse-edit-instruction';
import { toneOf } from './rewrite-tone';
import { capitalize, firstSentence, fold } from '@/modules/brief/text';

/**
 * An offline rewrite applied to the section as it is now in the draft — the person's earlier
 * edits included — never to a freshly composed one. Each intent changes only what it names; one
 * it cannot carry out honestly (no list to filter, nothing about the topic, a tone the text has no
 * markers of, a sentence in a language the site is not written in) refuses the whole request with
 * `errors.generate.rewriteNeedsAi` rather than doing part of it or something else.
 */
type Inline = Record<string, unknown>;
type Texts = Record<string, string>;

export const needsAiError = () => new AppError('VALIDATION', 'errors.generate.rewriteNeedsAi');
const needsAi = needsAiError;

const LIST_FIELDS = ['items', 'plans', 'members', 'rows', 'posts', 'features'];
const MENTION_FIELDS = ['subtitle', 'body', 'text', 'intro', 'tagline'];
const INTRO_TYPES = new Set(['features', 'services', 'menu', 'pricing', 'faq', 'contact', 'gallery', 'team', 'blog-list']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isTexts(value: unknown, locales: readonly string[]): value is Texts {
  return (
    isRecord(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(([k, v]) => locales.includes(k) && typeof v === 'string')
  );
}

function mapTexts(value: unknown, locales: readonly string[], change: (texts: Texts) => Texts): unknown {
  if (isTexts(value, locales)) return change(value);
  if (Array.isArray(value)) return value.map((item) => mapTexts(item, locales, change));
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, mapTexts(child, locales, change)]));
}

function mapEach(texts: Texts, change: (text: string, locale: string) => string): Texts {
  return Object.fromEntries(Object.entries(texts).map(([locale, text]) => [locale, change(text, locale)]));
}

function shorten(section: Inline, locales: readonly string[]): Inline {
  const out: Inline = {};
  for (const [name, value] of Object.entries(section)) {
    // Intros and notes go first; lists keep their first three entries.
    if (name === 'intro' || name === 'note') continue;
    out[name] = LIST_FIELDS.includes(name) && Array.isArray(value) ? value.slice(0, 3) : value;
  }
  return mapTexts(out, locales, (texts) =>
    Object.values(texts).some((text) => text.length > 60) ? mapEach(texts, (text) => firstSentence(text)) : texts,
  ) as Inline;
}

/** Word stems of a topic ("dog grooming" → dog, groom): enough to match "groomers", "grooming". */
function stems(topic: string): string[] {
  return (fold(topic).match(/\p{L}{3,}/gu) ?? [])
    .filter((word) => !/^(and|the|for|with|que|com|con|para|por|das|dos|los|las)$/.test(word))
    .map((word) => word.slice(0, 5));
}

function keepOnly(section: Inline, keep: NonNullable<EditPlan['keepOnly']>): Inline {
  const field = LIST_FIELDS.find((name) => Array.isArray(section[name]) && (section[name] as unknown[]).length > 0);
  if (!field) throw needsAi();
  const list = section[field] as unknown[];
  if ('count' in keep) return { ...section, [field]: list.slice(0, Math.max(1, keep.count)) };
  const wanted = stems(keep.topic);
  if (wanted.length === 0) throw needsAi();
  const kept = list.filter((item) => {
    const words = new Set((fold(JSON.stringify(item)).match(/\p{L}{3,}/gu) ?? []).map((word) => word.slice(0, 5)));
    return wanted.every((stem) => words.has(stem));
  });
  // Nothing about the topic: writing new entries about it is the AI's job, not a filter's.
  if (kept.length === 0) throw needsAi();
  return { ...section, [field]: kept };
}

const FRAMES: Record<string, (topic: string) => string> = {
  en: (topic) => `Good to know: ${topic}.`,
  'pt-BR': (topic) => `Vale saber: ${topic}.`,
  'pt-PT': (topic) => `Fique a saber: ${topic}.`,
  es: (topic) => `Para que lo sepas: ${topic}.`,
};

/**
 * The mentioned topic as a sentence of the site's own, never the instruction pasted in: a clause
 * ("that we have free parking") becomes "We have free parking."; a noun phrase is framed
 * ("Good to know: free parking."). Written in the instruction's language; locales of another
 * language get the same sentence, which the pre-publish translations check reports as not
 * translated — a site in no locale of that language is refused (it would be silently mixed).
 */
function mentionTexts(topic: string, language: EditPlan['language'], locales: readonly string[]): Texts {
  const matching = locales.filter((locale) => (textLangOf(locale) ?? '').split('-')[0] === language);
  if (matching.length === 0) throw needsAi();
  const clause = /^(?:that|que)\s+(.+)$/iu.exec(topic);
  const sentenceFor = (locale: string) => {
    if (clause) return `${capitalize(clause[1].replace(/[.!?…]+$/, ''))}.`;
    return FRAMES[textLangOf(locale) ?? 'en'](topic.replace(/[.!?…]+$/, ''));
  };
  const own = Object.fromEntries(matching.map((locale) => [locale, sentenceFor(locale)]));
  return Object.fromEntries(locales.map((locale) => [locale, own[locale] ?? own[matching[0]]]));
}

function withMention(section: Inline, type: string, plan: EditPlan, locales: readonly string[]): Inline {
  const added = mentionTexts(plan.mention!, plan.language, locales);
  const field = MENTION_FIELDS.find((name) => isTexts(section[name], locales));
  if (field) {
    const current = section[field] as Texts;
    const joined = Object.fromEntries(
      locales.map((locale) => {
        const base = (current[locale] ?? '').trimEnd();
        return [locale, base ? `${base}${/[.!?…:]$/.test(base) ? '' : '.'} ${added[locale]}` : added[locale]];
      }),
    );
    return { ...section, [field]: joined };
  }
  if (INTRO_TYPES.has(type)) return { ...section, intro: added };
  throw needsAi();
}

function withTone(section: Inline, tone: 'formal' | 'casual', locales: readonly string[]): Inline {
  let changed = false;
  const next = mapTexts(section, locales, (texts) =>
    mapEach(texts, (text, locale) => {
      const result = toneOf(text, tone, textLangOf(locale));
      if (result !== text) changed = true;
      return result;
    }),
  ) as Inline;
  // No marker of the other tone to change: rewording the text is the AI's job.
  if (!changed) throw needsAi();
  return next;
}

function removeSection(document: SiteDocument, pageSlug: string, sectionId: string): SiteDocument {
  const next = structuredClone(document);
  const page = next.pages.find((candidate) => candidate.slug === pageSlug)!;
  const removed = page.sections.find((section) => section.id === sectionId)!;
  if (page.sections.length <= 1) throw new AppError('VALIDATION', 'errors.generate.lastSection');
  page.sections = page.sections.filter((section) => section !== removed);
  // A header link to the removed section would now lead nowhere.
  if (next.navigation) next.navigation = next.navigation.filter((link) => !link.href.endsWith(`#${sectionId}`));
  const stillUsed = new Set(collectStringKeys(next));
  const orphaned = findKeysIn(removed).filter((key) => !stillUsed.has(key));
  for (const table of Object.values(next.i18n.strings)) for (const key of orphaned) delete table[key];
  return finalizeDocument(next);
}

/**
 * The section rewritten, texts inline per locale (the `generatedSectionSchema` shape, without its
 * id and type), for every intent but removal. Throws `rewriteNeedsAi` when an intent can't be
 * carried out or nothing would change.
 */
export function rewriteInlineSection(document: SiteDocument, sectionId: string, plan: EditPlan, pageSlug?: string): Inline {
  const { section } = findSectionOrThrow(document, sectionId, pageSlug);
  if (plan.isRemove) throw needsAi();
  const locales = document.i18n.locales;
  // Id and type stay ours: the merge keeps the section's id (links to #id keep working).
  const { id: _id, type: _type, ...current } = inlineSection(section, document);
  let inline: Inline = current;
  if (plan.headline !== undefined) {
    if (!isTexts(inline.title, locales)) throw needsAi();
    inline = { ...inline, title: Object.fromEntries(locales.map((locale) => [locale, plan.headline!])) };
  }
  if (plan.keepOnly) inline = keepOnly(inline, plan.keepOnly);
  if (plan.isShorter) inline = shorten(inline, locales);
  if (plan.tone) inline = withTone(inline, plan.tone, locales);
  if (plan.mention) inline = withMention(inline, section.type, plan, locales);
  if (JSON.stringify(inline) === JSON.stringify(current)) throw needsAi();
  return inline;
}

export function rewriteSectionInPlace(document: SiteDocument, sectionId: string, plan: EditPlan, pageSlug?: string): SiteDocument {
  const { page, section } = findSectionOrThrow(document, sectionId, pageSlug);
  if (plan.isRemove) return removeSection(document, page.slug, sectionId);
  const inline = rewriteInlineSection(document, sectionId, plan, page.slug);
  const merged = mergeGeneratedSection(document, { ...inline, type: section.type }, { pageSlug: page.slug, replaceSectionId: sectionId });
  if (!merged.ok) throw needsAi();
  return finalizeDocument(merged.document);
}
