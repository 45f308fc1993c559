import { z } from 'zod';
import { i18nKeySchema, linkSchema } from '../primitives';
import { defineSection } from './define-section';

export const pricingSection = defineSection({
  type: 'pricing',
  variants: ['cards', 'table'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    plans: z
      .array(
        z.object({
          nameKey: i18nKeySchema,
          priceKey: i18nKeySchema,
          periodKey: i18nKeySchema.optional(),
          descriptionKey: i18nKeySchema.optional(),
          featureKeys: z.array(i18nKeySchema).max(12),
          cta: linkSchema.optional(),
          isFeatured: z.boolean().optional(),
          /** Plan and price written by us, not given by the business: flagged before publishing. */
          isSample: z.boolean().optional(),
        }),
      )
      .min(1)
      .max(4),
  },
  label: { en: 'Pricing', 'pt-BR': 'Planos' },
  description:
    'One to four plans or packages with a price, period, short description and a list of included features; mark at most one as featured.',
});
