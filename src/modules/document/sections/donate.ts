import { z } from 'zod';
import { i18nKeySchema, linkSchema } from '../primitives';
import { defineSection } from './define-section';

export const donateSection = defineSection({
  type: 'donate',
  variants: ['band', 'card'],
  fields: {
    titleKey: i18nKeySchema,
    textKey: i18nKeySchema.optional(),
    /** The organisation's own donation page. */
    link: linkSchema.optional(),
    /** A PIX key (Brazil), shown to copy; an identifier, not prose, so stored as a value. */
    pix: z.string().min(3).max(120).optional(),
    /** Bank transfer or MB WAY details as the organisation gave them. */
    detailsKey: i18nKeySchema.optional(),
  },
  label: { en: 'Donate', 'pt-BR': 'Doações' },
  description: 'A call to give: why it matters in one or two sentences, and a donation link and/or a PIX key or bank details.',
});
