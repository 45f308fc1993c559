import { findUntranslatedCopies } from '@/modules/build/check-translations';
import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import type { SiteDocument } from '@/modules/document/site-document-schema';

/**
 * Per language other than the default, the texts left to translate: those the language has no
 * text for (the page shows the default language's there) and those still word for word in
 * another language (a language added without the AI copies what it cannot translate). The same
 * texts the pre-publish translations check names; languages with none are left out.
 */
export function untranslatedKeysByLocale(document: SiteDocument): Record<string, string[]> {
  const { missing } = checkI18nCompleteness(document);
  const copies = findUntranslatedCopies(document);
  const found: Record<string, string[]> = {};
  for (const locale of document.i18n.locales) {
    if (locale === document.i18n.defaultLocale) continue;
    const keys = [...new Set([...(missing[locale] ?? []), ...(copies[locale]?.keys ?? [])])];
    if (keys.length > 0) found[locale] = keys;
  }
  return found;
}
