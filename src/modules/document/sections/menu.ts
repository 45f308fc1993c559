import { z } from 'zod';
import { i18nKeySchema } from '../primitives';
import { defineSection } from './define-section';

export const menuSection = defineSection({
  type: 'menu',
  variants: ['list', 'two-column'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    items: z
      .array(
        z.object({
          nameKey: i18nKeySchema,
          descriptionKey: i18nKeySchema.optional(),
          // Prices are text so each locale can format its currency ("$4.50", "R$ 22,00").
          priceKey: i18nKeySchema.optional(),
          /** An example item, not the business's: flagged before publishing until replaced. */
          isSample: z.boolean().optional(),
        }),
      )
      .min(1)
      .max(60),
    noteKey: i18nKeySchema.optional(),
  },
  label: { en: 'Menu', 'pt-BR': 'Cardápio', 'pt-PT': 'Ementa' },
  description: 'A food or drink menu (or any price list): item name, optional short description, price; an optional footnote.',
});
