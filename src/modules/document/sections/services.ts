import { z } from 'zod';
import { i18nKeySchema, imageSchema } from '../primitives';
import { defineSection } from './define-section';

export const servicesSection = defineSection({
  type: 'services',
  variants: ['cards', 'list'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    items: z
      .array(
        z.object({
          titleKey: i18nKeySchema,
          /** Optional: an offering the person named is on the page in their words even when we have nothing true to add. */
          textKey: i18nKeySchema.optional(),
          priceKey: i18nKeySchema.optional(),
          image: imageSchema.optional(),
          /** An example offer with an example price: flagged before publishing until replaced. */
          isSample: z.boolean().optional(),
        }),
      )
      .min(1)
      .max(12),
  },
  label: { en: 'Services', 'pt-BR': 'Serviços' },
  description: 'What the business offers: each service with a title, a description and an optional starting price.',
});
