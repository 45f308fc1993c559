import { i18nKeySchema, linkSchema } from '../primitives';
import { defineSection } from './define-section';

export const ctaSection = defineSection({
  type: 'cta',
  variants: ['band', 'card'],
  fields: {
    titleKey: i18nKeySchema,
    textKey: i18nKeySchema.optional(),
    primary: linkSchema,
    secondary: linkSchema.optional(),
  },
  label: { en: 'Call to action', 'pt-BR': 'Chamada para ação', 'pt-PT': 'Apelo à ação' },
  description: 'A short, high-contrast band asking the visitor to do one thing (order, book, call), with one or two buttons.',
});
