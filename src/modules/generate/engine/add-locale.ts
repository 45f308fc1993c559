import { z } from 'zod';
import { GenerationAbortedError, generateStructured } from '@/lib/ai/generate-structured';
import type { ProviderConfig, ProviderKind } from '@/lib/ai/providers';
import { sanitizeText } from '@/lib/ai/sanitize-text';
import { AppError } from '@/lib/errors';
import { collectStringKeys } from '@/modules/document/collect-string-keys';
import { normalizeLocale } from '@/modules/document/repair-i18n';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { buildPrompts } from './build-prompts';
import { chunkStrings } from './chunk-strings';
import { describeSite } from './describe-site';
import { finalizeDocument } from './finalize-document';
import { DEFAULT_TIMEOUTS, type EngineTimeouts, type UsageTotals } from './generation-types';
import { limitConcurrency } from './limit-concurrency';
import { tallyUsage } from './tally-usage';

export type OfflineLocaleComposer = {
  /** Adds `locale` without a model (typically copies of the default texts, reported as untranslated). */
  addLocale(document: SiteDocument, locale: string): { document: SiteDocument; untranslatedKeys: string[] };
};

export type AddLocaleInput = {
  document: SiteDocument;
  locale: string;
  chain: ProviderConfig[];
  offline: OfflineLocaleComposer;
  abortSignal?: AbortSignal;
  /** Chunk calls in flight at once; default 8. */
  concurrency?: number;
  /** Most keys per call; default 40 (chunks are also bounded by size). */
  chunkSize?: number;
  timeouts?: EngineTimeouts;
};

export type AddLocaleResult = {
  /** Valid, with `locale` in `i18n.locales` and a text for every used key. */
  document: SiteDocument;
  usage: UsageTotals;
  providers: ProviderKind[];
  /** Keys whose text in the new locale is not a translation (offline fallback): the UI can flag them. */
  untranslatedKeys: string[];
};

const MAX_LOCALES = 12;

/**
 * Adds a locale by translating every used string of the document from the default locale:
 * chunks of keys go out in parallel, each call's schema restricted to exactly that chunk's
 * keys (`{ "hero.title": string, … }`), so nothing can be skipped or invented. Chunks no model
 * could translate take the offline composer's texts and are reported as untranslated.
 */
export async function addLocale(input: AddLocaleInput): Promise<AddLocaleResult> {
  const { document } = input;
  const locale = normalizeLocale(input.locale);
  if (!locale) throw new AppError('VALIDATION', 'errors.generate.localeInvalid', { values: { locale: input.locale } });
  if (document.i18n.locales.includes(locale)) throw new AppError('CONFLICT', 'errors.generate.localeExists', { values: { locale } });
  if (document.i18n.locales.length >= MAX_LOCALES)
    throw new AppError('VALIDATION', 'errors.generate.tooManyLocales', { values: { max: MAX_LOCALES } });

  const signal = input.abortSignal ?? new AbortController().signal;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...input.timeouts };
  const tally = tallyUsage();
  const { defaultLocale, strings } = document.i18n;
  const source: Record<string, string> = {};
  for (const key of collectStringKeys(document)) {
    const text = strings[defaultLocale]?.[key];
    if (text?.trim()) source[key] = text;
  }

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
    const fallback = input.offline.addLocale(document, locale);
    const offlineStrings = fallback.document.i18n.strings[locale] ?? {};
    const offlineUntranslated = new Set(fallback.untranslatedKeys);
    for (const key of failed) translated[key] = offlineStrings[key]?.trim() ? offlineStrings[key] : source[key];
    untranslatedKeys = failed.filter((key) => offlineUntranslated.has(key) || !offlineStrings[key]?.trim());
    tally.record('offline', { inputTokens: 0, outputTokens: 0 });
  }

  const next: SiteDocument = {
    ...document,
    i18n: { ...document.i18n, locales: [...document.i18n.locales, locale], strings: { ...strings, [locale]: translated } },
  };
  return { document: finalizeDocument(next), usage: tally.totals(), providers: tally.providers(), untranslatedKeys };
}
