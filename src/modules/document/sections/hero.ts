import { i18nKeySchema, imageSchema, linkSchema } from '../primitives';
import { defineSection } from './define-section';

export const heroSection = defineSection({
  type: 'hero',
  variants: ['centered', 'split', 'typographic'],
  fields: {
    eyebrowKey: i18nKeySchema.optional(),
    titleKey: i18nKeySchema,
    subtitleKey: i18nKeySchema.optional(),
    primaryCta: linkSchema.optional(),
    secondaryCta: linkSchema.optional(),
    image: imageSchema.optional(),
  },
  label: { en: 'Hero', 'pt-BR': 'Destaque' },
  description:
    'The opening banner: a short eyebrow, the main headline (the page h1), one supporting sentence and up to two buttons. Use "split" with an image, "centered" without, "typographic" (a large left-aligned headline, no image) for editorial, elegant or bold sites.',
});
