import type { SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { briefFromDocument } from './brief-from-document';
import { createComposeEnv } from './create-compose-env';
import { toInline } from './draft';
import { parseEditInstruction } from './parse-edit-instruction';
import { createRng, hashText } from './random';
import { applyRewrite, parseRewrite } from './rewrite-instruction';
import { needsAiError, rewriteInlineSection } from './rewrite-section-in-place';
import { buildSection } from './section-builders';

export type ComposeOfflineSectionInput = {
  type: SectionType;
  /** A short edit request; see `rewrite-instruction.ts` for what is understood offline. */
  instruction?: string;
  /** The section being replaced (its id is kept), or the id wanted for a new one. */
  sectionId?: string;
  /** Variant; defaults to 1 so a regenerated section differs from the composed site (seed 0). */
  seed?: number;
};

/**
 * One section in the `generatedSectionSchema(type, doc.i18n.locales)` shape (texts inline per
 * locale), written for the business the document describes, ready for `mergeGeneratedSection`.
 */
export function composeOfflineSection(document: SiteDocument, input: ComposeOfflineSectionInput): unknown {
  // A rewrite of a section the draft has works on that section as it is now (the person's edits
  // kept), never on a freshly composed one; what can't be done offline is refused, not guessed.
  const existing = input.sectionId ? document.pages.flatMap((page) => page.sections).find((s) => s.id === input.sectionId) : undefined;
  if (input.instruction && existing) {
    const plan = parseEditInstruction(input.instruction);
    if (!plan || plan.isRemove) throw needsAiError();
    return { ...rewriteInlineSection(document, existing.id, plan), type: existing.type };
  }
  const brief = briefFromDocument(document);
  const rewrite = parseRewrite(input.instruction);
  const seed = input.seed ?? 1;
  const id = input.sectionId ?? input.type;
  const rng = createRng(hashText([brief.name, input.type, id, seed, input.instruction ?? ''].join('\u0000')));
  const home = document.pages.find((page) => page.slug === '') ?? document.pages[0];
  const env = createComposeEnv(brief, rng, rewrite.tone, home?.sections ?? []);
  const draft = applyRewrite(buildSection(input.type, env, id), rewrite);
  return toInline(draft, document.i18n.locales);
}
