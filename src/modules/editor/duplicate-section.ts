import type { SiteDocument } from '@/modules/document/site-document-schema';
import { copyWithFreshKeys, freshSectionId } from './copy-with-fresh-keys';
import type { EditOperation } from './edit-operation';

/**
 * The operation that puts a copy of a section right after it: a fresh id and fresh text keys
 * (holding the same texts), so editing the copy never changes the original. Null when the page
 * or section is not there.
 */
export function duplicateSection(document: SiteDocument, pageSlug: string, sectionId: string): EditOperation | null {
  const page = document.pages.find((candidate) => candidate.slug === pageSlug);
  const index = page?.sections.findIndex((section) => section.id === sectionId) ?? -1;
  if (!page || index < 0) return null;
  const { value, strings } = copyWithFreshKeys(document, page.sections[index]!);
  const id = freshSectionId(
    page.sections.map((section) => section.id),
    sectionId,
  );
  return { op: 'insert-section', page: pageSlug, index: index + 1, section: { ...value, id }, strings };
}
