import { z } from 'zod';
import { i18nKeySchema } from '../primitives';
import { defineSection } from './define-section';

export const statsSection = defineSection({
  type: 'stats',
  variants: ['row'],
  fields: {
    titleKey: i18nKeySchema.optional(),
    items: z
      .array(z.object({ valueKey: i18nKeySchema, labelKey: i18nKeySchema, isSample: z.boolean().optional() }))
      .min(1)
      .max(6),
  },
  label: { en: 'Numbers', 'pt-BR': 'Números' },
  description: 'Two to four headline numbers ("12 years", "4.9★") each with a short label.',
});
