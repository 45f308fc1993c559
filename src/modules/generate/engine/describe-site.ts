import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { SiteContext } from './build-prompts';

/**
 * The context a section call needs, read back from a document (edits after generation no
 * longer have the plan): name and kind from the structured data or the site name, the SEO
 * description standing in for the tagline, the theme's style.
 */
export function describeSite(document: SiteDocument): SiteContext {
  const strings = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  const business = document.seo.business;
  const name = business?.name ?? strings[document.site.nameKey] ?? 'the business';
  return {
    name,
    kind: business?.kind ?? 'LocalBusiness',
    tagline: strings[document.seo.descriptionKey] ?? name,
    style: document.theme.style,
  };
}
