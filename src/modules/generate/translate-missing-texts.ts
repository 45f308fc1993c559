import { runWithAiCallScope } from '@/lib/ai/ai-call-scope';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import type { ProviderConfig } from '@/lib/ai/providers';
import { AppError } from '@/lib/errors';
import { reportError } from '@/lib/observability';
import { localeSchema } from '@/modules/document/primitives';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { OfflineLocaleComposer } from './engine/add-locale';
import { translateTexts } from './engine/translate-texts';
import { finishGeneration } from './finish-generation';
import { getDraft } from '@/modules/drafts/get-draft';
import { startGeneration } from './start-generation';
import { tokenReservation } from './token-estimates';

export const translateMissingTextsInput = z.object({
  projectId: z.uuid(),
  locale: localeSchema,
  /** The default-language texts of the keys `locale` lacks, as the editor shows them now (edits not yet saved included). */
  texts: z
    .record(z.string().max(120), z.string().max(5000))
    .refine((texts) => Object.keys(texts).length > 0 && Object.keys(texts).length <= 300),
});

export type TranslateMissingTextsResult = {
  /** A translation for each key that got one: applied by the editor as undoable text edits. */
  translations: Record<string, string>;
  /** Keys nothing could translate (no AI model, and the offline composer did not know the text). */
  untranslatedKeys: string[];
  provider: string;
};

type Deps = { chain: ProviderConfig[]; offline: OfflineLocaleComposer; abortSignal?: AbortSignal };

/** The draft with the editor's source texts, and without `locale` (so the offline composer can add it afresh). */
function withoutLocale(document: SiteDocument, locale: string, texts: Record<string, string>): SiteDocument {
  const { [locale]: _dropped, ...strings } = document.i18n.strings;
  const { defaultLocale } = document.i18n;
  return {
    ...document,
    i18n: {
      ...document.i18n,
      locales: document.i18n.locales.filter((other) => other !== locale),
      strings: { ...strings, [defaultLocale]: { ...strings[defaultLocale], ...texts } },
    },
  };
}

/**
 * "Translate what is missing": the add-language path (translateTexts) for just the texts one
 * language of the draft lacks. Metered like adding a language (a generation of kind
 * add_locale: tokens recorded, nothing charged when it fails). Without an AI model only the
 * offline composer's own phrases get translated; the rest come back as untranslated, and the
 * editor says plainly that they need the AI.
 */
export async function translateMissingTexts(
  claims: VerifiedClaims,
  input: z.infer<typeof translateMissingTextsInput>,
  deps: Deps,
): Promise<TranslateMissingTextsResult> {
  const draft = await getDraft(claims, { projectId: input.projectId });
  if (!draft) throw new AppError('NOT_FOUND', 'errors.generate.noDraft');
  const document = draft.document;
  if (!document.i18n.locales.includes(input.locale) || input.locale === document.i18n.defaultLocale)
    throw new AppError('VALIDATION', 'errors.editor.translateLocale', { values: { locale: input.locale } });
  const usesModel = deps.chain.some((provider) => provider.kind !== 'offline');
  const generation = await startGeneration(claims, {
    projectId: input.projectId,
    kind: 'add_locale',
    prompt: `translate missing texts into ${input.locale}`,
    reservedTokens: tokenReservation('add_locale', { usesModel }),
  });
  try {
    const result = await runWithAiCallScope({ projectId: input.projectId, generationId: generation.id }, () =>
      translateTexts({
        document,
        source: input.texts,
        locale: input.locale,
        chain: deps.chain,
        abortSignal: deps.abortSignal,
        offlineFallback: () => deps.offline.addLocale(withoutLocale(document, input.locale, input.texts), input.locale),
      }),
    );
    const provider = result.providers.join(',');
    await finishGeneration(claims, {
      generationId: generation.id,
      status: 'succeeded',
      provider,
      inputTokens: result.usage.inputTokens,
      outputTokens: result.usage.outputTokens,
    });
    const untranslated = new Set(result.untranslatedKeys);
    const translations = Object.fromEntries(Object.entries(result.translated).filter(([key]) => !untranslated.has(key)));
    return { translations, untranslatedKeys: result.untranslatedKeys, provider };
  } catch (err) {
    await finishGeneration(claims, {
      generationId: generation.id,
      status: deps.abortSignal?.aborted ? 'cancelled' : 'failed',
      error: String(err).slice(0, 300),
    }).catch((finishErr: unknown) => reportError(finishErr, { where: 'finishGeneration' }));
    throw err;
  }
}
