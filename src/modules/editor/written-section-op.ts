import type { SiteDocument } from '@/modules/document/site-document-schema';
import { copyWithFreshKeys, freshSectionId } from './copy-with-fresh-keys';
import type { EditOperation } from './edit-operation';

type Section = SiteDocument['pages'][number]['sections'][number];

/**
 * The operation that puts a section the AI wrote (against the saved draft) at `index` of a page
 * of the document being edited: its id and text keys are made fresh here, since the editor may
 * have added sections and texts since that save; its texts come along in every language the
 * document has. Null when the page is not there. The operation is validated like any other.
 */
export function writtenSectionOp(
  document: SiteDocument,
  pageSlug: string,
  index: number,
  written: { section: Section; strings: Record<string, Record<string, string>> },
): EditOperation | null {
  const page = document.pages.find((candidate) => candidate.slug === pageSlug);
  if (!page) return null;
  const { value, strings } = copyWithFreshKeys(document, written.section, written.strings);
  const taken = page.sections.map((section) => section.id);
  const id = taken.includes(written.section.type) ? freshSectionId(taken, written.section.type) : written.section.type;
  const at = Math.max(0, Math.min(index, page.sections.length));
  return { op: 'insert-section', page: pageSlug, index: at, section: { ...value, id }, strings };
}
