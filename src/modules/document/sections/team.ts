import { z } from 'zod';
import { i18nKeySchema, imageSchema } from '../primitives';
import { defineSection } from './define-section';

export const teamSection = defineSection({
  type: 'team',
  variants: ['cards'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    members: z
      .array(
        z.object({
          nameKey: i18nKeySchema,
          /** Optional: a person the prompt names is on the page even when it did not say their role. */
          roleKey: i18nKeySchema.optional(),
          bioKey: i18nKeySchema.optional(),
          photo: imageSchema.optional(),
          /** A placeholder person, not the business's: flagged before publishing until replaced. */
          isSample: z.boolean().optional(),
        }),
      )
      .min(1)
      .max(24),
  },
  label: { en: 'Team', 'pt-BR': 'Equipe', 'pt-PT': 'Equipa' },
  description: 'The people behind the business: name, role, an optional one-line bio and photo.',
});
