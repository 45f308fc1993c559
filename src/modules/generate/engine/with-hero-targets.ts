import type { SiteDocument } from '@/modules/document/site-document-schema';
import { chooseHeroTargets, pageLinkTargets, type ChooseHeroTargetsInput, type HeroTargets } from '@/modules/composer/choose-hero-targets';

/** The hero's buttons: section calls write their labels, the engine where they lead. */
export const HERO_BUTTONS = ['primaryCta', 'secondaryCta'] as const;

/** Where a hero's buttons lead; a rewrite keeps the ones a hero already has. */
export type HeroHrefs = { primary?: string; secondary?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The hero's targets on a page of these section ids (the plan's, or those known when a call
 * starts). Plan ids are their section's type, numbered when repeated ("faq", "faq-2":
 * normalize-plan.ts, predict-plan.ts), so the id tells the type.
 */
export function heroTargetsForPage(sectionIds: readonly string[], siteBrief?: ChooseHeroTargetsInput['siteBrief']): HeroTargets {
  const sections = sectionIds.map((id) => ({ id, type: id.replace(/-\d+$/, '') }));
  return chooseHeroTargets({ targets: pageLinkTargets(sections), siteBrief });
}

/**
 * The hero's targets for a hero added to (or rewritten on) an existing page, which has no brief
 * to read: the page's own sections, and WhatsApp when its contact section gives a number.
 */
export function heroTargetsForDocument(document: SiteDocument, pageSlug: string): HeroTargets {
  const sections = document.pages.find((page) => page.slug === pageSlug)?.sections ?? [];
  const contact = sections.find((section) => section.type === 'contact') as { details?: { whatsapp?: string } } | undefined;
  const whatsapp = contact?.details?.whatsapp;
  return chooseHeroTargets({
    targets: pageLinkTargets(sections),
    siteBrief: whatsapp ? { features: ['whatsapp'], facts: { whatsapp } } : undefined,
  });
}

/**
 * A generated hero (texts inline) with its buttons leading where the engine decided: section
 * calls are not asked for these hrefs (build-section-schema.ts), and one a model wrote anyway (a
 * server without guided decoding) is overruled — a model writing a wa.me link can garble the
 * number, the brief has its exact digits. Only buttons the model wrote get a target (a button
 * needs a label); other types pass through.
 */
export function withHeroTargets(type: string, generated: Record<string, unknown>, hrefs: HeroHrefs): Record<string, unknown> {
  if (type !== 'hero') return generated;
  const out = { ...generated };
  const targets: Record<(typeof HERO_BUTTONS)[number], string | undefined> = { primaryCta: hrefs.primary, secondaryCta: hrefs.secondary };
  for (const name of HERO_BUTTONS) {
    const button = out[name];
    const href = targets[name];
    if (isRecord(button) && href) out[name] = { ...button, href };
  }
  return out;
}
