import { z } from 'zod';
import { i18nKeySchema } from '../primitives';
import { defineSection } from './define-section';

/** Icons are drawn by the renderer from a fixed set, so a document can never inject SVG. */
export const featureIcons = [
  'leaf',
  'heart',
  'star',
  'clock',
  'truck',
  'shield',
  'spark',
  'check',
  'chat',
  'globe',
] as const;

export const featuresSection = defineSection({
  type: 'features',
  variants: ['cards', 'list'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    items: z
      .array(z.object({ icon: z.enum(featureIcons).optional(), titleKey: i18nKeySchema, textKey: i18nKeySchema }))
      .min(1)
      .max(12),
  },
  label: { en: 'Features', 'pt-BR': 'Diferenciais' },
  description: 'Three to six short selling points, each with an optional icon, a title and one or two sentences.',
});
