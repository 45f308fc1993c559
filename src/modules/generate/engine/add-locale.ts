import type { ProviderConfig, ProviderKind } from '@/lib/ai/providers';
import { AppError } from '@/lib/errors';
import { collectStringKeys } from '@/modules/document/collect-string-keys';
import { normalizeLocale } from '@/modules/document/repair-i18n';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { finalizeDocument } from '@/modules/document/finalize-document';
import type { EngineTimeouts, UsageTotals } from './generation-types';
import { translateTexts } from './translate-texts';

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

  const { defaultLocale, strings } = document.i18n;
  const source: Record<string, string> = {};
  for (const key of collectStringKeys(document)) {
    const text = strings[defaultLocale]?.[key];
    if (text?.trim()) source[key] = text;
  }
  const { translated, untranslatedKeys, usage, providers } = await translateTexts({
    ...input,
    source,
    locale,
    offlineFallback: () => input.offline.addLocale(document, locale),
  });

  const next: SiteDocument = {
    ...document,
    i18n: { ...document.i18n, locales: [...document.i18n.locales, locale], strings: { ...strings, [locale]: translated } },
  };
  return { document: finalizeDocument(next), usage, providers, untranslatedKeys };
}
