import { getCrm } from '@/lib/crm/get-crm';
import { defineJob } from '@/lib/jobs/define-job';
import { events } from '~inngest/client';

/**
 * Erases CRM contacts whose leads were deleted with their account (LGPD art. 18 VI): one step per
 * contact, so a retry after a failure does not erase the others again. Without a CRM configured
 * there is nothing to erase.
 */
export const eraseCrmContactsJob = defineJob(
  { id: 'crm-erase-contacts', trigger: events.crmContactsErased, retries: 10 },
  async ({ event, step }) => {
    const crm = getCrm();
    if (crm.kind === 'none') return { erased: 0 };
    for (const contactId of event.data.contactIds) await step.run(`erase-${contactId}`, () => crm.eraseContact(contactId));
    return { erased: event.data.contactIds.length };
  },
);
