import { z } from 'zod';
import { i18nKeySchema, imageSchema } from '../primitives';
import { defineSection } from './define-section';

export const testimonialsSection = defineSection({
  type: 'testimonials',
  variants: ['cards', 'quote'],
  fields: {
    titleKey: i18nKeySchema,
    items: z
      .array(
        z.object({
          quoteKey: i18nKeySchema,
          authorKey: i18nKeySchema,
          roleKey: i18nKeySchema.optional(),
          avatar: imageSchema.optional(),
          /** Written by us, not said by a customer: flagged before publishing until replaced. */
          isSample: z.boolean().optional(),
        }),
      )
      .min(1)
      .max(9),
  },
  label: { en: 'Testimonials', 'pt-BR': 'Depoimentos', 'pt-PT': 'Testemunhos' },
  description: 'Short customer quotes with the customer name and an optional role or city. Use "quote" for a single large quote.',
});
