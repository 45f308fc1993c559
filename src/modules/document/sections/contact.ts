import { z } from 'zod';
import { i18nKeySchema } from '../primitives';
import { defineSection } from './define-section';

export const contactFieldNames = ['name', 'email', 'phone', 'message'] as const;

// Phone and email are identifiers, not prose: they feed tel:/mailto: links and JSON-LD, so they
// are stored as values rather than i18n keys.
export const phoneSchema = z
  .string()
  .regex(/^\+?[0-9][0-9 ().-]{3,30}$/, { error: 'must be a phone number like "+1 555 010 2030"' });
export const emailSchema = z
  .string()
  .max(254)
  .regex(/^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/, { error: 'must be an email address like "hello@example.com"' });

const leadFormSchema = z
  .object({
    fields: z
      .array(z.object({ name: z.enum(contactFieldNames), labelKey: i18nKeySchema, isRequired: z.boolean() }))
      .min(1)
      .max(4),
    submitKey: i18nKeySchema,
  })
  .refine((form) => new Set(form.fields.map((field) => field.name)).size === form.fields.length, {
    error: 'each form field may appear only once',
    path: ['fields'],
  })
  .refine((form) => form.fields.some((field) => field.name === 'email' || field.name === 'phone'), {
    // A lead nobody can answer is useless to the business.
    error: 'the form needs an "email" or "phone" field',
    path: ['fields'],
  });

export const contactSection = defineSection({
  type: 'contact',
  variants: ['split', 'stacked'],
  fields: {
    titleKey: i18nKeySchema,
    introKey: i18nKeySchema.optional(),
    form: leadFormSchema.optional(),
    details: z
      .object({
        addressKey: i18nKeySchema.optional(),
        phone: phoneSchema.optional(),
        email: emailSchema.optional(),
        hoursKey: i18nKeySchema.optional(),
      })
      .optional(),
  },
  label: { en: 'Contact', 'pt-BR': 'Contato' },
  description:
    'How to reach the business: a lead form (choose fields among name, email, phone, message) and/or address, phone, email and opening hours.',
});
