import { z } from 'zod';
import { i18nKeySchema, linkSchema, safeUrlSchema } from '../primitives';
import { defineSection } from './define-section';

export const socialNetworks = ['instagram', 'facebook', 'x', 'tiktok', 'youtube', 'linkedin', 'whatsapp', 'pinterest'] as const;

export const footerSection = defineSection({
  type: 'footer',
  variants: ['simple', 'columns'],
  fields: {
    taglineKey: i18nKeySchema.optional(),
    links: z.array(linkSchema).max(12).optional(),
    social: z
      .array(z.object({ network: z.enum(socialNetworks), href: safeUrlSchema }))
      .max(8)
      .optional(),
    copyrightKey: i18nKeySchema.optional(),
  },
  label: { en: 'Footer', 'pt-BR': 'Rodapé' },
  description:
    'The page footer: tagline, a few links, social profiles and a copyright line. Put it last on the home page; other pages reuse it.',
});
