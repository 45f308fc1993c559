import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { placeholderFor } from '@/modules/document/placeholder-for';
import { repairSiteDocument } from '@/modules/document/repair-site-document';
import type { SiteDocument } from '@/modules/document/site-document-schema';

function fillGaps(document: SiteDocument): SiteDocument {
  const { missing } = checkI18nCompleteness(document);
  if (Object.keys(missing).length === 0) return document;
  const next = structuredClone(document);
  const { defaultLocale, strings } = next.i18n;
  for (const [locale, keys] of Object.entries(missing)) {
    for (const key of keys) {
      const fallback = strings[defaultLocale]?.[key]?.trim() ? strings[defaultLocale][key] : placeholderFor(key);
      strings[locale] = { ...strings[locale], [key]: fallback };
    }
  }
  return next;
}

/**
 * The last gate before a document leaves the engine: every used key gets a text in every
 * locale (the default locale's, else a readable placeholder) and the whole must pass
 * `parseSiteDocument`. Parts merged one by one should already be valid; the repair branch is
 * for offline composers and stored drafts that are not.
 */
export function finalizeDocument(document: SiteDocument): SiteDocument {
  const filled = fillGaps(document);
  const parsed = parseSiteDocument(filled);
  if (parsed.ok) return parsed.document;
  const repaired = repairSiteDocument(filled);
  if (!repaired) {
    const issues = parsed.issues
      .slice(0, 3)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ');
    throw new Error(`generated document is invalid and cannot be repaired: ${issues}`);
  }
  return fillGaps(repaired.document);
}
