import { QUESTION_LABEL_MAX_LENGTH, type QuestionFieldName } from '@/modules/document/lead-forms';
import type { SiteDocument } from '@/modules/document/site-document-schema';

/**
 * The labels of a contact form's question fields as the visitor saw them: the form of section
 * `sectionId` in the document, its labels in `locale` (the site's default when the document has
 * none there). Questions the section does not ask, or that have no words, are left out: the
 * caller names them generically rather than trusting anything the visitor posted as a label.
 */
export function questionLabelsIn(
  document: SiteDocument,
  sectionId: string | undefined,
  locale: string | undefined,
  names: readonly QuestionFieldName[],
): Partial<Record<QuestionFieldName, string>> {
  if (!sectionId || names.length === 0) return {};
  const section = document.pages.flatMap((page) => page.sections).find((candidate) => candidate.id === sectionId);
  if (section?.type !== 'contact' || !section.form) return {};
  const { strings, defaultLocale } = document.i18n;
  const table = (locale && strings[locale]) || strings[defaultLocale] || {};
  const fallback = strings[defaultLocale] ?? {};
  const labels: Partial<Record<QuestionFieldName, string>> = {};
  for (const field of section.form.fields) {
    if (!(names as readonly string[]).includes(field.name)) continue;
    const words = (table[field.labelKey] || fallback[field.labelKey] || '').trim();
    if (words) labels[field.name as QuestionFieldName] = words.slice(0, QUESTION_LABEL_MAX_LENGTH);
  }
  return labels;
}
