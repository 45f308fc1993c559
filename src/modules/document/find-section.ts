import { AppError } from '@/lib/errors';
import type { Page, SiteDocument } from '@/modules/document/site-document-schema';
import type { Section } from '@/modules/document/section-registry';

/** The section with this id (on `pageSlug`, or the first page that has it), or NOT_FOUND. */
export function findSectionOrThrow(document: SiteDocument, sectionId: string, pageSlug?: string): { page: Page; section: Section } {
  for (const page of document.pages) {
    if (pageSlug !== undefined && page.slug !== pageSlug) continue;
    const section = page.sections.find((candidate) => candidate.id === sectionId);
    if (section) return { page, section };
  }
  throw new AppError('NOT_FOUND', 'errors.generate.sectionNotFound', { values: { section: sectionId } });
}
