import { z } from 'zod';
import { i18nKeySchema } from '../primitives';
import { defineSection } from './define-section';

export const hoursSection = defineSection({
  type: 'hours',
  variants: ['table', 'card'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    rows: z
      .array(
        z.object({
          daysKey: i18nKeySchema,
          timesKey: i18nKeySchema,
          // Hours the prompt did not give: shown in the preview as a sample; publishing is blocked until replaced.
          isSample: z.boolean().optional(),
        }),
      )
      .min(1)
      .max(14),
    noteKey: i18nKeySchema.optional(),
  },
  label: { en: 'Opening hours', 'pt-BR': 'Horário de funcionamento' },
  description: 'When the business is open: one row per day or range of days ("Mon–Fri" / "8am–6pm"), and an optional note (holidays).',
});
