import { z } from 'zod';
import { i18nKeySchema, imageSchema } from '../primitives';
import { defineSection } from './define-section';

export const gallerySection = defineSection({
  type: 'gallery',
  variants: ['grid', 'wide'],
  fields: {
    titleKey: i18nKeySchema.optional(),
    introKey: i18nKeySchema.optional(),
    items: z
      .array(z.object({ image: imageSchema, captionKey: i18nKeySchema.optional() }))
      .min(1)
      .max(24),
  },
  label: { en: 'Gallery', 'pt-BR': 'Galeria' },
  description: 'A grid of photos, each with alt text and an optional caption.',
});
