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
      .array(z.object({ questionKey: i18nKeySchema, answerKey: i18nKeySchema }))
      .min(1)
      .max(20),
  },
  label: { en: 'FAQ', 'pt-BR': 'Perguntas frequentes' },
  description: 'Frequently asked questions with short answers; rendered as expandable items that work without JavaScript.',
});
