'use server';

import { defineAction } from '@/lib/actions/define-action';
import { getLocale } from '@/lib/i18n/server-locale';
import { requestIp } from '@/lib/request-ip';
import { captureLead } from './capture-lead';
import { leadInputSchema } from './lead-input';

/**
 * "Email me this report" / "Build me a faster site" on a result page (no account): the schema
 * checks the fields and the ticked consent, captureLead the rest (the analysis, the limits).
 */
export const captureLeadAction = defineAction(leadInputSchema, async (input) => {
  const lead = await captureLead({ ...input, clientIp: await requestIp(), locale: await getLocale() });
  return { isNew: lead.isNew, email: input.email, intent: input.intent };
});
