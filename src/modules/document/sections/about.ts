import { z } from 'zod';
import { i18nKeySchema, imageSchema } from '../primitives';
import { defineSection } from './define-section';

export const aboutSection = defineSection({
  type: 'about',
  variants: ['image-right', 'image-left'],
  fields: {
    titleKey: i18nKeySchema,
    bodyKey: i18nKeySchema,
    image: imageSchema.optional(),
    /**
     * A text for the person to write (a topic they asked for, which we know nothing about):
     * shown as a sample and flagged before publishing until replaced.
     */
    isSample: z.boolean().optional(),
  },
  label: { en: 'About', 'pt-BR': 'Sobre' },
  description:
    'The story of the business in one to three short paragraphs (separate paragraphs with a blank line), optionally beside a photo.',
});
