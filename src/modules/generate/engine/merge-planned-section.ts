import { sanitizeDeep } from '@/lib/ai/sanitize-text';
import { mergeGeneratedSection, type MergeGeneratedSectionResult } from '@/modules/document/merge-generated-section';
import type { SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { withChosenVariant } from './with-chosen-variant';
import { heroTargetsForPage, withHeroTargets } from './with-hero-targets';

export type PlannedTarget = {
  sectionId: string;
  type: SectionType;
  /** Ids of the plan's sections in page order; `index` is this section's place among them. */
  planIds: readonly string[];
  index: number;
  /** What the person asked for: the hero's second button opens WhatsApp when it asks for it (with-hero-targets.ts). */
  siteBrief?: SiteBrief;
};

const HOME = '';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Where a section goes so the page follows plan order whatever order sections finish in. */
function positionFor(sectionIds: readonly string[], target: PlannedTarget): number {
  for (let i = target.index - 1; i >= 0; i--) {
    const at = sectionIds.indexOf(target.planIds[i]);
    if (at >= 0) return at + 1;
  }
  for (let i = target.index + 1; i < target.planIds.length; i++) {
    const at = sectionIds.indexOf(target.planIds[i]);
    if (at >= 0) return at;
  }
  return target.type === 'footer' ? sectionIds.length : 0;
}

/**
 * Folds one generated section (texts inline) into the home page at its plan position, with our
 * id, type and, where the site's style decides it, variant (with-chosen-variant.ts); a hero's
 * buttons lead where the plan's sections and the brief say (with-hero-targets.ts). Model strings
 * are sanitized first (defence in depth: the renderer escapes too).
 */
export function mergePlannedSection(document: SiteDocument, generated: unknown, target: PlannedTarget): MergeGeneratedSectionResult {
  if (!isRecord(generated)) {
    return { ok: false, error: 'generated section is not an object', repairs: [] };
  }
  const home = document.pages.find((page) => page.slug === HOME);
  const position = positionFor(home?.sections.map((section) => section.id) ?? [], target);
  const clean = sanitizeDeep(generated, {}, { multiline: true, maxLength: 5_000 });
  const styled = withChosenVariant(document, target.type, target.sectionId, clean);
  const section = withHeroTargets(target.type, styled, heroTargetsForPage(target.planIds, target.siteBrief));
  return mergeGeneratedSection(document, { ...section, id: target.sectionId, type: target.type }, { pageSlug: HOME, position });
}
