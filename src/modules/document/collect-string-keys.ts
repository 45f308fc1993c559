import { findKeysIn } from './find-keys-in';
import type { SiteDocument } from './site-document-schema';

/**
 * Every i18n key the document references (site, SEO, navigation, pages, sections), unique and in
 * first-use order. `i18n.strings` itself is skipped: it holds texts, not references.
 */
export function collectStringKeys(document: SiteDocument): string[] {
  return [...new Set(findKeysIn({ ...document, i18n: undefined }))];
}
