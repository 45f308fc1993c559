import { z } from 'zod';
import { i18nKeySchema } from '../primitives';
import { defineSection } from './define-section';

export const blogListSection = defineSection({
  type: 'blog-list',
  variants: ['cards', 'list'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    // The posts themselves are the document's pages of kind "post", newest first.
    limit: z.number().int().min(1).max(24).optional(),
  },
  label: { en: 'Blog posts', 'pt-BR': 'Posts do blog', 'pt-PT': 'Artigos do blogue' },
  description: 'Lists the newest blog posts (pages of kind "post") with title, date and excerpt.',
});
