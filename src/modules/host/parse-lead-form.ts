import { z } from 'zod';
import {
  CONSENT_GIVEN,
  contactFieldNames,
  leadFieldSpecs,
  leadFormControls as control,
  leadPurposes,
  type LeadFieldName,
  type LeadPurpose,
} from '@/modules/document/lead-forms';

/** What can be wrong with a submission, each shown to the visitor in the site's language. */
export const leadFormProblems = ['contactMissing', 'emailMissing', 'emailInvalid', 'consentMissing', 'tooLong', 'formInvalid'] as const;
export type LeadFormProblem = (typeof leadFormProblems)[number];

export type LeadValues = Partial<Record<LeadFieldName, string>>;

/** Where the form was and what it was for: enough to file the lead, or to draw the form again. */
export type LeadFormMeta = { purpose: LeadPurpose; sectionId?: string; page?: string; locale?: string };

export type ParsedLead = LeadFormMeta & {
  /** The visitor's answers, trimmed; empty ones left out. */
  values: LeadValues;
  /** The newsletter's consent box was ticked. */
  hasConsent: boolean;
};

export type LeadFormParse =
  | { ok: true; lead: ParsedLead }
  | {
      ok: false;
      problems: Array<{ field?: LeadFieldName | 'consent'; problem: LeadFormProblem }>;
      /** What was typed (cut to each field's length), to give back to the visitor. */
      draft: LeadFormMeta & { values: LeadValues; hasConsent: boolean };
    };

const problem = (code: LeadFormProblem) => ({ error: code });

function fieldSchema(name: LeadFieldName) {
  const text = z.string().trim().max(leadFieldSpecs[name].maxLength, problem('tooLong'));
  return name === 'email' ? text.pipe(z.union([z.literal(''), z.email(problem('emailInvalid'))])) : text;
}

const valuesShape = Object.fromEntries(contactFieldNames.map((name) => [name, fieldSchema(name).optional()])) as Record<
  LeadFieldName,
  z.ZodOptional<ReturnType<typeof fieldSchema>>
>;

/** The body the site's forms post (src/modules/render/sections/contact.ts and newsletter.ts write it). */
const leadFormSchema = z
  .object({
    ...valuesShape,
    [control.purpose]: z.enum(leadPurposes, problem('formInvalid')).optional(),
    [control.sectionId]: z.string().max(64, problem('formInvalid')).optional(),
    [control.page]: z.string().max(200, problem('formInvalid')).optional(),
    [control.locale]: z.string().max(20, problem('formInvalid')).optional(),
    [control.honeypot]: z.string().max(500, problem('formInvalid')).optional(),
    [control.consent]: z.string().max(10, problem('formInvalid')).optional(),
  })
  .superRefine((form, ctx) => {
    if (form.form_kind === 'newsletter') {
      // A newsletter sign-up is an address and a yes, nothing else.
      if (!form.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'emailMissing' });
      if (form.consent !== CONSENT_GIVEN) ctx.addIssue({ code: 'custom', path: ['consent'], message: 'consentMissing' });
    } else if (!form.email && !form.phone && !form.message) {
      // A lead nobody can answer is of no use to the business.
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'contactMissing' });
    }
  });

const isLeadField = (name: unknown): name is LeadFieldName => (contactFieldNames as readonly unknown[]).includes(name);
const isProblem = (code: string): code is LeadFormProblem => (leadFormProblems as readonly string[]).includes(code);

/** The answers as typed, without control characters' worries (checked before) and cut to length. */
function draftOf(form: Record<string, string>): LeadFormMeta & { values: LeadValues; hasConsent: boolean } {
  const values: LeadValues = {};
  // In the order the form had them, empty ones too: the form is drawn again with the same fields.
  for (const name of Object.keys(form).filter(isLeadField)) values[name] = form[name]!.slice(0, leadFieldSpecs[name].maxLength);
  const purpose = leadPurposes.find((candidate) => candidate === form[control.purpose]) ?? 'contact';
  const short = (value: string | undefined, max: number) => (typeof value === 'string' && value.length <= max ? value : undefined);
  return {
    purpose,
    sectionId: short(form[control.sectionId], 64),
    page: short(form[control.page], 200),
    locale: short(form[control.locale], 20),
    values,
    hasConsent: form[control.consent] === CONSENT_GIVEN,
  };
}

/**
 * A lead form's body → the lead to file, or what is wrong with it and what was typed. Pure: the
 * host (record-lead.ts) stores what this accepts and answers with what it refuses.
 */
export function parseLeadForm(form: Record<string, string>): LeadFormParse {
  const parsed = leadFormSchema.safeParse(form);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      field: isLeadField(issue.path[0]) || issue.path[0] === 'consent' ? (issue.path[0] as LeadFieldName | 'consent') : undefined,
      problem: isProblem(issue.message) ? issue.message : ('formInvalid' as const),
    }));
    return { ok: false, problems, draft: draftOf(form) };
  }
  const data = parsed.data;
  const values: LeadValues = {};
  for (const name of contactFieldNames) {
    const value = data[name];
    if (value) values[name] = value;
  }
  return {
    ok: true,
    lead: {
      purpose: data.form_kind ?? 'contact',
      sectionId: data.section_id,
      page: data.page,
      locale: data.locale,
      values,
      hasConsent: data.consent === CONSENT_GIVEN,
    },
  };
}
