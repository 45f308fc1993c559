import { z } from 'zod';
import { featureIcons, i18nKeySchema } from '../primitives';
import { defineSection } from './define-section';

export const featuresSection = defineSection({
  type: 'features',
  variants: ['cards', 'list'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    items: z
      // A credential ("ISO 9001") is a title alone: nothing true to add to it.
      .array(z.object({ icon: z.enum(featureIcons).optional(), titleKey: i18nKeySchema, textKey: i18nKeySchema.optional() }))
      .min(1)
      .max(12),
  },
  label: { en: 'Features', 'pt-BR': 'Diferenciais' },
  description: 'Three to six short selling points, each with an optional icon, a title and one or two sentences.',
});
