import { sanitizeText } from '@/lib/ai/sanitize-text';
import { businessKinds } from '@/modules/document/site-document-schema';
import { fontPairingNames, palettePresetNames } from '@/modules/document/theme';
import { PLAN_MAX_SECTIONS, PLAN_MIN_SECTIONS, planSectionTypes, siteStyles, type ModelPlan } from './plan-schema';

type PlanSectionType = ModelPlan['sections'][number];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function pick<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  if (typeof value !== 'string') return fallback;
  const wanted = value.trim().toLowerCase();
  return options.find((option) => option.toLowerCase() === wanted) ?? fallback;
}

function text(value: unknown, maxLength: number): string {
  return typeof value === 'string' ? sanitizeText(value, { maxLength }) : '';
}

// Padding order when a model plans too few sections: the ones almost every business can fill.
const PADDING = ['features', 'about', 'testimonials', 'faq', 'contact', 'cta'] as const;

/**
 * Salvages a plan that fails the schema (too few or too many sections, an enum in the wrong
 * case, an over-long brief, a missing locale) instead of spending another model call on it.
 * Returns null when there is no business name: nothing else can be planned around.
 */
export function repairPlan(value: unknown, locales: readonly string[]): ModelPlan | null {
  if (!isRecord(value)) return null;
  const name = text(value.name, 80);
  if (!name) return null;
  const tagline = text(value.tagline, 140) || name;

  const rawSeo = isRecord(value.seo) ? value.seo : {};
  const anySeo = Object.values(rawSeo).find(isRecord) ?? {};
  const seo: ModelPlan['seo'] = {};
  for (const locale of locales) {
    const entry = isRecord(rawSeo[locale]) ? rawSeo[locale] : anySeo;
    seo[locale] = { title: text(entry.title, 70) || name, description: text(entry.description, 170) || tagline };
  }

  // Types as written; an entry written as an object (`{ type, brief }`) is read for its type.
  const sections: Array<{ type: PlanSectionType }> = [];
  for (const raw of Array.isArray(value.sections) ? value.sections : []) {
    const rawType = isRecord(raw) ? raw.type : raw;
    const type = pick(planSectionTypes, rawType, planSectionTypes[0]);
    if (typeof rawType !== 'string' || type.toLowerCase() !== rawType.trim().toLowerCase()) continue;
    sections.push({ type });
  }
  for (const type of PADDING) {
    if (sections.length >= PLAN_MIN_SECTIONS) break;
    if (!sections.some((section) => section.type === type)) sections.splice(Math.max(0, sections.length - 1), 0, { type });
  }
  if (sections.length > PLAN_MAX_SECTIONS) sections.splice(PLAN_MAX_SECTIONS - 1, sections.length - PLAN_MAX_SECTIONS);

  return {
    name,
    kind: pick(businessKinds, value.kind, 'LocalBusiness'),
    tagline,
    style: pick(siteStyles, value.style, 'minimal'),
    palette: pick(palettePresetNames, value.palette, 'slate'),
    fonts: pick(fontPairingNames, value.fonts, 'modern-sans'),
    seo,
    sections: sections.map((section) => section.type),
  };
}
