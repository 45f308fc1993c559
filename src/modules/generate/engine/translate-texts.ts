import { z } from 'zod';
import { GenerationAbortedError, generateStructured } from '@/lib/ai/generate-structured';
import type { ProviderConfig, ProviderKind } from '@/lib/ai/providers';
import { sanitizeText } from '@/lib/ai/sanitize-text';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { buildPrompts } from './build-prompts';
import { chunkStrings } from './chunk-strings';
import { describeSite } from './describe-site';
import { DEFAULT_TIMEOUTS, type EngineTimeouts, type UsageTotals } from './generation-types';
import { limitConcurrency } from './limit-concurrency';
import { tallyUsage } from './tally-usage';

export type TranslateTextsInput = {
  document: SiteDocument;
  /** Default-language texts to translate, by key. */
  source: Record<string, string>;
  locale: string;
  chain: ProviderConfig[];
  /** The offline composer's take on `locale` (its known phrases translated, the rest copied). */
  offlineFallback: () => { document: SiteDocument; untranslatedKeys: string[] };
  abortSignal?: AbortSignal;
  concurrency?: number;
  chunkSize?: number;
  timeouts?: EngineTimeouts;
};

export type TranslateTextsResult = {
  /** A text for every key of `source`. */
  translated: Record<string, string>;
  /** Keys whose text is not a translation (no model could do it and the offline composer did not know it). */
  untranslatedKeys: string[];
  usage: UsageTotals;
  providers: ProviderKind[];
};

/**
 * The add-language path's translation step: chunks of keys go out in parallel, each call's
 * schema restricted to exactly that chunk's keys (`{ "hero.title": string, … }`), so nothing can
 * be skipped or invented. Chunks no model could translate take the offline composer's texts and
 * are reported as untranslated. Used for a whole new language and for the texts one language lacks.
 */
export async function translateTexts(input: TranslateTextsInput): Promise<TranslateTextsResult> {
  const { document, source, locale } = input;
  const signal = input.abortSignal ?? new AbortController().signal;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...input.timeouts };
  const tally = tallyUsage();
  const { defaultLocale } = document.i18n;

  const remote = input.chain.filter((provider) => provider.kind !== 'offline');
  const translated: Record<string, string> = {};
  const failed: string[] = remote.length > 0 ? [] : Object.keys(source);
  const limit = limitConcurrency(input.concurrency ?? 8);
  const context = describeSite(document);

  await Promise.all(
    (remote.length > 0 ? chunkStrings(source, input.chunkSize ?? 40) : []).map((chunk) =>
      limit(async () => {
        const keys = Object.keys(chunk);
        const shape = Object.fromEntries(keys.map((key) => [key, z.string().min(1).max(5_000)]));
        const chars = Object.values(chunk).reduce((sum, text) => sum + text.length, 0);
        try {
          const result = await generateStructured({
            chain: remote,
            schema: z.object(shape),
            jsonSchemaName: 'translation',
            ...buildPrompts({ kind: 'translate', context, sourceLocale: defaultLocale, targetLocale: locale, texts: chunk }),
            // Room for languages that run longer than the source, plus the JSON keys.
            maxOutputTokens: 300 + Math.ceil((chars * 2 + keys.join('').length) / 3),
            timeoutMs: timeouts.sectionMs,
            firstTokenTimeoutMs: timeouts.firstTokenMs,
            abortSignal: signal,
            offline: () => {
              throw new Error('translation calls take remote providers only');
            },
          });
          tally.record(result.provider, result.usage);
          for (const key of keys) translated[key] = sanitizeText(result.value[key], { multiline: true, maxLength: 5_000 }) || chunk[key];
        } catch (error) {
          if (signal.aborted || error instanceof GenerationAbortedError) throw error;
          failed.push(...keys);
        }
      }),
    ),
  );

  let untranslatedKeys: string[] = [];
  if (failed.length > 0) {
    const fallback = input.offlineFallback();
    const offlineStrings = fallback.document.i18n.strings[locale] ?? {};
    const offlineUntranslated = new Set(fallback.untranslatedKeys);
    for (const key of failed) translated[key] = offlineStrings[key]?.trim() ? offlineStrings[key] : source[key]!;
    untranslatedKeys = failed.filter((key) => offlineUntranslated.has(key) || !offlineStrings[key]?.trim());
    tally.record('offline', { inputTokens: 0, outputTokens: 0 });
  }
  return { translated, untranslatedKeys, usage: tally.totals(), providers: tally.providers() };
}
