import { z } from 'zod';
import { errorKey } from '@/lib/i18n/error-key';
import { LEAD_INTENTS, type LeadIntent } from './schema';

/**
 * What a visitor gives on the result page to get their report by email or ask for a faster site —
 * one schema for the form's action and the domain function. For the report (which the nurture
 * mails follow) the consent box must be ticked by the visitor (it starts unticked). Trying the
 * product ("Build me a faster site") needs no consent: unticked, nothing is stored and no mail
 * goes out — the visitor goes to the sign-up. `CONSENT_VERSION` names the purpose text they agreed to (the
 * catalog's `analyzerLeads.consent` of that version), and is stored with the lead (LGPD art. 8:
 * the controller must be able to show the consent was given, and for which purpose).
 */
export const CONSENT_VERSION = 'analyzer-leads-2026-11';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, errorKey('errors.analyzerLeads.tooLong'))
    .optional()
    .transform((v) => (v ? v : undefined));

/** An address a visitor types for a mail from us: trimmed, lowercased, one shape for every form. */
export const visitorEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, errorKey('errors.analyzerLeads.emailInvalid'))
  .pipe(z.email({ error: errorKey('errors.analyzerLeads.emailInvalid') }));

export const leadInputSchema = z
  .object({
    analysisId: z.uuid(errorKey('errors.analyzerLeads.analysisNotFound')),
    email: visitorEmailSchema,
    name: optionalText(120),
    phone: z
      .string()
      .trim()
      .max(40, errorKey('errors.analyzerLeads.phoneInvalid'))
      .regex(/^[+()0-9 .-]*$/, errorKey('errors.analyzerLeads.phoneInvalid'))
      .optional()
      .transform((v) => (v ? v : undefined)),
    company: optionalText(120),
    intent: z.enum(LEAD_INTENTS),
    // A checkbox posts "on" when ticked and nothing when not: only a tick counts as consent.
    consent: z
      .unknown()
      .optional()
      .transform((value) => value === 'on' || value === 'true' || value === true),
  })
  .superRefine((input, ctx) => {
    if (input.intent === 'report' && !input.consent)
      ctx.addIssue({ code: 'custom', path: ['consent'], message: errorKey('errors.analyzerLeads.consentRequired') });
  });
/** The checked input; the optional fields may be left out by callers other than the form. */
export type LeadInput = {
  analysisId: string;
  email: string;
  name?: string;
  phone?: string;
  company?: string;
  intent: LeadIntent;
  consent: true;
};
