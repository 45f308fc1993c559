import { z } from 'zod';
import { emailSchema, i18nKeySchema, linkSchema, phoneSchema } from '../primitives';
import { contactFieldNames, contactFormPurposes, isQuestionField, MAX_FIELD_OPTIONS, MAX_FORM_FIELDS } from '../lead-forms';
import { defineSection } from './define-section';

const leadFormSchema = z
  .object({
    fields: z
      .array(
        z
          .object({
            name: z.enum(contactFieldNames),
            labelKey: i18nKeySchema,
            isRequired: z.boolean(),
            /** A question of the person's with the answers they listed: the visitor picks one. */
            optionKeys: z.array(i18nKeySchema).min(2).max(MAX_FIELD_OPTIONS).optional(),
          })
          .refine((field) => field.optionKeys === undefined || isQuestionField(field.name), {
            error: 'only a question field lists options',
            path: ['optionKeys'],
          }),
      )
      .min(1)
      .max(MAX_FORM_FIELDS),
    submitKey: i18nKeySchema,
    purpose: z.enum(contactFormPurposes).optional(),
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
        /** More numbers the business gave ("tlm … ou fixo …"): each a call link beside the first. */
        otherPhones: z.array(phoneSchema).max(2).optional(),
        /** The phone also takes text messages ("text or call"): an sms: link beside it. */
        textMessages: z.boolean().optional(),
        /** Texts only ("só por SMS", "texts only"): the numbers send a text, none is a call link. */
        textOnly: z.boolean().optional(),
        /**
         * A phone asked for without the number: "add your phone number" where it goes (never a
         * made-up number). Shown in the preview as a sample; publishing is blocked until replaced.
         */
        phoneToAdd: z.object({ textKey: i18nKeySchema, isSample: z.boolean().optional() }).optional(),
        email: emailSchema.optional(),
        hoursKey: i18nKeySchema.optional(),
        /** The ways to pay the business takes, in the owner's words ("Pix, cartão em até 6x"). */
        paymentsKey: i18nKeySchema.optional(),
        /** A link to the address on a map (a plain link: no third-party script on the page). */
        map: linkSchema.optional(),
        /** WhatsApp number as international digits (wa.me link). */
        whatsapp: z
          .string()
          .regex(/^\d{8,15}$/)
          .optional(),
      })
      .optional(),
  },
  label: { en: 'Contact', 'pt-BR': 'Contato', 'pt-PT': 'Contacto' },
  description:
    "How to reach the business: a lead form (choose fields among name, email, phone, message, date, time, service, address, and question1..question4 for the customer's own questions, labelled in their words) and/or address, phone, email and opening hours.",
});
