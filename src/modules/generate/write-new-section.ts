import { runWithAiCallScope } from '@/lib/ai/ai-call-scope';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import type { ProviderConfig } from '@/lib/ai/providers';
import { AppError } from '@/lib/errors';
import { reportError } from '@/lib/observability';
import { findKeysIn } from '@/modules/document/find-keys-in';
import { sectionTypes, type SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { addSection } from './engine/add-section';
import type { OfflineComposer } from './engine/generation-types';
import { finishGeneration } from './finish-generation';
import { getDraft } from '@/modules/drafts/get-draft';
import { assertAllowedRequest } from './refuse-disallowed';
import { startGeneration } from './start-generation';
import { tokenReservation } from './token-estimates';

export const writeNewSectionInput = z.object({
  projectId: z.uuid(),
  pageSlug: z.string().max(120),
  type: z.enum(sectionTypes as [SectionType, ...SectionType[]]),
  /** What the person wants it to say ("our three lunch specials"): data for the model, never instructions. */
  instruction: z.string().trim().max(500).optional(),
});

type Section = SiteDocument['pages'][number]['sections'][number];

export type WrittenSection = {
  /** The new section as written against the saved draft; the editor gives it fresh ids and keys. */
  section: Section;
  /** Its texts, per language of the draft. */
  strings: Record<string, Record<string, string>>;
  provider: string;
};

type Deps = { chain: ProviderConfig[]; offline: Pick<OfflineComposer, 'composeSection'>; abortSignal?: AbortSignal };

/**
 * "Write it for me" in the editor's Add a section: one section of the chosen type written by the
 * AI (or the offline composer) with the saved draft as its context, returned rather than saved —
 * the editor inserts it where the person chose as one undoable edit, and autosave keeps it.
 * Metered like the studio's add-section (its tokens; nothing when it fails); never a whole-site
 * generation.
 */
export async function writeNewSection(
  claims: VerifiedClaims,
  input: z.input<typeof writeNewSectionInput>,
  deps: Deps,
): Promise<WrittenSection> {
  const data = writeNewSectionInput.parse(input);
  if (data.instruction) assertAllowedRequest(data.instruction);
  const draft = await getDraft(claims, { projectId: data.projectId });
  if (!draft) throw new AppError('NOT_FOUND', 'errors.generate.noDraft');
  const document = draft.document;
  // The page may be new in the editor and not saved yet: the home page gives the context then.
  const pageSlug = document.pages.some((page) => page.slug === data.pageSlug) ? data.pageSlug : document.pages[0]!.slug;
  const usesModel = deps.chain.some((provider) => provider.kind !== 'offline');
  const generation = await startGeneration(claims, {
    projectId: data.projectId,
    kind: 'add_section',
    prompt: data.instruction || `add a ${data.type} section`,
    reservedTokens: tokenReservation('add_section', { usesModel }),
  });
  try {
    const result = await runWithAiCallScope({ projectId: data.projectId, generationId: generation.id }, () =>
      addSection({
        document,
        type: data.type,
        pageSlug,
        ...(data.instruction ? { instruction: data.instruction } : {}),
        chain: deps.chain,
        offline: deps.offline,
        abortSignal: deps.abortSignal,
      }),
    );
    const section = result.document.pages.find((page) => page.slug === pageSlug)?.sections.find((s) => s.id === result.sectionId);
    if (!section) throw new AppError('INTERNAL', 'errors.common.internal');
    const keys = new Set(findKeysIn(section));
    const strings: WrittenSection['strings'] = {};
    for (const [locale, table] of Object.entries(result.document.i18n.strings)) {
      for (const [key, value] of Object.entries(table)) if (keys.has(key)) (strings[locale] ??= {})[key] = value;
    }
    await finishGeneration(claims, {
      generationId: generation.id,
      status: 'succeeded',
      provider: result.provider,
      inputTokens: result.usage.inputTokens,
      outputTokens: result.usage.outputTokens,
    });
    return { section, strings, provider: result.provider };
  } catch (err) {
    await finishGeneration(claims, {
      generationId: generation.id,
      status: deps.abortSignal?.aborted ? 'cancelled' : 'failed',
      error: String(err).slice(0, 300),
    }).catch((finishErr: unknown) => reportError(finishErr, { where: 'finishGeneration' }));
    throw err;
  }
}
