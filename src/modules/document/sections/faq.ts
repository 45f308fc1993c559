import { z } from 'zod';
import { i18nKeySchema } from '../primitives';
import { defineSection } from './define-section';

export const faqSection = defineSection({
  type: 'faq',
  variants: ['accordion'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    items: z
      // A sample question ("add a question your customers ask") is flagged until replaced.
      .array(z.object({ questionKey: i18nKeySchema, answerKey: i18nKeySchema, isSample: z.boolean().optional() }))
      .min(1)
      .max(20),
  },
  label: { en: 'FAQ', 'pt-BR': 'Perguntas frequentes' },
  description: 'Frequently asked questions with short answers; rendered as expandable items that work without JavaScript.',
});
