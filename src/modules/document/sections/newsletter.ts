import { i18nKeySchema } from '../primitives';
import { defineSection } from './define-section';

export const newsletterSection = defineSection({
  type: 'newsletter',
  variants: ['band', 'card'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    emailLabelKey: i18nKeySchema,
    submitKey: i18nKeySchema,
    /** Says that a confirmation email follows (double opt-in) and how to leave. */
    consentKey: i18nKeySchema,
  },
  label: { en: 'Newsletter', 'pt-BR': 'Newsletter' },
  description:
    'A newsletter sign-up: a title, one line on what subscribers get, an email field and a button; sign-ups are confirmed by email before they count.',
});
