import type { ProviderConfig } from '@/lib/ai/providers';
import { mergeGeneratedSection } from '@/modules/document/merge-generated-section';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { buildPrompts } from './build-prompts';
import { describeSite } from './describe-site';
import { findSectionOrThrow } from '@/modules/document/find-section';
import type { EngineTimeouts, OfflineComposer } from './generation-types';
import { inlineSection } from '@/modules/document/inline-section';
import { sectionTextsArePlain } from './build-section-schema';
import { produceSection, type SectionEditResult } from './produce-section';
import { typesWithChosenVariant } from '@/modules/composer/choose-section-variant';
import { HERO_BUTTONS, heroTargetsForDocument, withHeroTargets, type HeroHrefs } from './with-hero-targets';

export type RewriteSectionInput = {
  document: SiteDocument;
  sectionId: string;
  /** The person's request: "shorter", "more formal", "mention free delivery". Data, never instructions. */
  instruction: string;
  /** Page of the section; the first page holding `sectionId` when omitted. */
  pageSlug?: string;
  chain: ProviderConfig[];
  offline: Pick<OfflineComposer, 'composeSection'>;
  abortSignal?: AbortSignal;
  timeouts?: EngineTimeouts;
  now?: () => Date;
};

/**
 * Rewrites one section in place following an instruction: one section call that sees the
 * section's current texts. The section keeps its id (links to #id keep working) and strings
 * only the old version used are dropped. Returns the whole valid document.
 */
export async function rewriteSection(input: RewriteSectionInput): Promise<SectionEditResult> {
  const { document, sectionId } = input;
  const { page, section } = findSectionOrThrow(document, sectionId, input.pageSlug);
  // Id and type are ours; the model only sees (and returns) the content.
  // In the shape the model answers with (plain texts on a one-language site).
  const current = inlineSection(section, document, undefined, { plainTexts: sectionTextsArePlain(document.i18n.locales) });
  delete current.id;
  delete current.type;
  // Where the variant is ours (build-section-schema.ts) the model does not write one: the section keeps its own.
  if (typesWithChosenVariant.has(section.type)) delete current.variant;
  // Nor where the hero's buttons lead: the words change, the links stay (a button the hero lacked
  // gets the target the engine chooses for a new hero).
  const heroTargets = section.type === 'hero' ? { ...heroTargetsForDocument(document, page.slug), ...ownHrefs(section) } : {};
  if (section.type === 'hero') {
    for (const name of HERO_BUTTONS) {
      const button = current[name];
      if (isRecord(button)) current[name] = Object.fromEntries(Object.entries(button).filter(([key]) => key !== 'href'));
    }
  }
  const prompts = buildPrompts({
    kind: 'section',
    type: section.type,
    locales: document.i18n.locales,
    context: describeSite(document),
    anchors: page.sections.map((other) => other.id),
    ...(section.type === 'hero' ? { heroTargets } : {}),
    current,
    instruction: input.instruction,
    year: (input.now ?? (() => new Date()))().getFullYear(),
  });
  return produceSection({
    document,
    pageSlug: page.slug,
    type: section.type,
    prompts,
    chain: input.chain,
    offline: input.offline,
    offlineRequest: { type: section.type, instruction: input.instruction, sectionId },
    merge: (base, generated) =>
      mergeGeneratedSection(
        base,
        { ...withHeroTargets(section.type, keepVariant(section, asRecord(generated)), heroTargets), type: section.type },
        {
          pageSlug: page.slug,
          replaceSectionId: sectionId,
        },
      ),
    abortSignal: input.abortSignal,
    timeouts: input.timeouts,
  });
}

/**
 * A rewrite changes the words, not the look: where the variant is ours the section keeps its own
 * (even over one the model wrote anyway); elsewhere the model's choice, or the old one if it made none.
 */
function keepVariant(section: { type: string; variant?: string }, generated: Record<string, unknown>): Record<string, unknown> {
  const own = section.variant ? { variant: section.variant } : {};
  return typesWithChosenVariant.has(section.type) ? { ...generated, ...own } : { ...own, ...generated };
}

/** The hrefs a hero's buttons have now. */
function ownHrefs(section: object): HeroHrefs {
  const { primaryCta, secondaryCta } = section as { primaryCta?: { href?: string }; secondaryCta?: { href?: string } };
  return {
    ...(primaryCta?.href ? { primary: primaryCta.href } : {}),
    ...(secondaryCta?.href ? { secondary: secondaryCta.href } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
}
