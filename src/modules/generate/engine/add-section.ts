import type { ProviderConfig } from '@/lib/ai/providers';
import { AppError } from '@/lib/errors';
import { mergeGeneratedSection } from '@/modules/document/merge-generated-section';
import { isSectionType, type SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { buildPrompts } from './build-prompts';
import { describeSite } from './describe-site';
import type { EngineTimeouts, OfflineComposer } from './generation-types';
import { produceSection, type SectionEditResult } from './produce-section';
import { withChosenVariant } from './with-chosen-variant';
import { heroTargetsForDocument, withHeroTargets } from './with-hero-targets';

export type AddSectionInput = {
  document: SiteDocument;
  type: SectionType;
  /** Index among the page's sections; just before the footer (or at the end) when omitted. */
  position?: number;
  /** Page to add to; the home page ('') by default. */
  pageSlug?: string;
  /** Optional wish for the content ("our three lunch specials"). Data, never instructions. */
  instruction?: string;
  chain: ProviderConfig[];
  offline: Pick<OfflineComposer, 'composeSection'>;
  abortSignal?: AbortSignal;
  timeouts?: EngineTimeouts;
  now?: () => Date;
};

/** Adds one new section of `type` at `position`, written by one section call; returns the whole document and the new id. */
export async function addSection(input: AddSectionInput): Promise<SectionEditResult> {
  const { document, type } = input;
  const pageSlug = input.pageSlug ?? '';
  if (!isSectionType(type)) throw new AppError('VALIDATION', 'errors.generate.unknownSectionTypeNamed', { values: { type: String(type) } });
  const page = document.pages.find((candidate) => candidate.slug === pageSlug);
  if (!page) throw new AppError('NOT_FOUND', 'errors.generate.pageNotFound', { values: { page: pageSlug } });

  // An added hero's buttons lead where a generated one's would: the page's offers, and WhatsApp
  // or the contact section (with-hero-targets.ts). Chosen on the page as it is now.
  const heroTargets = heroTargetsForDocument(document, pageSlug);
  const prompts = buildPrompts({
    kind: 'section',
    type,
    locales: document.i18n.locales,
    context: describeSite(document),
    anchors: page.sections.map((section) => section.id),
    heroTargets,
    instruction: input.instruction,
    year: (input.now ?? (() => new Date()))().getFullYear(),
  });
  return produceSection({
    document,
    pageSlug,
    type,
    prompts,
    chain: input.chain,
    offline: input.offline,
    offlineRequest: { type, instruction: input.instruction },
    merge: (base, generated) => {
      const value = generated !== null && typeof generated === 'object' && !Array.isArray(generated) ? generated : {};
      // No id from the model: the merge derives a fresh one from the type ("faq", "faq-2"). The
      // variant follows the site's style, as it does for the sections generated with the site.
      const section = withHeroTargets(type, withChosenVariant(base, type, type, { ...value }), heroTargets);
      return mergeGeneratedSection(base, { ...section, id: undefined, type }, { pageSlug, position: input.position });
    },
    abortSignal: input.abortSignal,
    timeouts: input.timeouts,
  });
}
