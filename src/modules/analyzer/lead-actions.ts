'use server';

import { defineAction } from '@/lib/actions/define-action';
import { getLocale } from '@/lib/i18n/server-locale';
import { requestIp } from '@/lib/request-ip';
import { captureLead } from './capture-lead';
import { leadInputSchema } from './lead-input';

/**
 * "Email me this report" / "Build me a faster site" on a result page (no account): the schema
 * checks the fields and, for the report, the ticked consent; captureLead the rest (the analysis,
 * the limits). "Build me a faster site" without the tick records nothing and sends nothing
 * (`isRecorded: false`): the visitor goes on to the sign-up, as anyone may.
 */
export const captureLeadAction = defineAction('captureLeadAction', leadInputSchema, async (input) => {
  if (!input.consent) return { isNew: false, isRecorded: false, email: input.email, intent: input.intent };
  const lead = await captureLead({ ...input, consent: true, clientIp: await requestIp(), locale: await getLocale() });
  return { isNew: lead.isNew, isRecorded: true, email: input.email, intent: input.intent };
});
