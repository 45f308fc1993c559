import { isQuestionField, QUESTION_LABEL_MAX_LENGTH, type QuestionFieldName } from '@/modules/document/lead-forms';
import type { SiteDocument } from '@/modules/document/site-document-schema';

type Labels = Partial<Record<QuestionFieldName, string>>;

/** The question labels of every contact form of a document that asks any: section id → locale → field → label. */
export type FormQuestionLabels = { defaultLocale: string; sections: Record<string, Record<string, Labels>> };

/**
 * The labels of the contact forms' question fields as visitors see them, in each of the site's
 * languages (a label missing in one is the default language's, as the renderer shows it). Only
 * forms that ask questions are kept, so what a caller caches per deployment stays small. A
 * question with no words is left out: the caller names it generically rather than trusting
 * anything the visitor posted as a label.
 */
export function questionLabelsIn(document: SiteDocument): FormQuestionLabels {
  const { strings, defaultLocale, locales } = document.i18n;
  const fallback = strings[defaultLocale] ?? {};
  const sections: FormQuestionLabels['sections'] = {};
  for (const section of document.pages.flatMap((page) => page.sections)) {
    if (section.type !== 'contact' || !section.form || sections[section.id]) continue;
    const questions = section.form.fields.filter((field) => isQuestionField(field.name));
    if (questions.length === 0) continue;
    sections[section.id] = Object.fromEntries(
      locales.map((locale) => {
        const labels: Labels = {};
        for (const field of questions) {
          const words = (strings[locale]?.[field.labelKey] || fallback[field.labelKey] || '').trim();
          if (words) labels[field.name as QuestionFieldName] = words.slice(0, QUESTION_LABEL_MAX_LENGTH);
        }
        return [locale, labels];
      }),
    );
  }
  return { defaultLocale, sections };
}
