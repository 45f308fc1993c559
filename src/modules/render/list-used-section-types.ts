import type { SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';

/**
 * Section types whose CSS a page (or, without `pageSlug`, the whole site) needs. The published
 * site shares one stylesheet across pages, so the build passes no slug; the preview passes one.
 */
export function listUsedSectionTypes(document: SiteDocument, pageSlug?: string): SectionType[] {
  const pages = pageSlug === undefined ? document.pages : document.pages.filter((page) => page.slug === pageSlug);
  const used = new Set<SectionType>();
  for (const page of pages) for (const section of page.sections) used.add(section.type);
  return [...used].sort();
}
