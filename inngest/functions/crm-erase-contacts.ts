import { defineCronJob, defineJob } from '@/lib/jobs/define-job';
import { unsafeEraseCrmContact, unsafeListPendingCrmErasures } from '@/lib/crm/unsafe-crm-erasures';
import { events } from '~inngest/client';

/**
 * Erases CRM contacts whose leads were deleted (LGPD art. 18 VI): with their account
 * (analyzer/unsafe-forget-account-leads.ts), or a site's lead however it went — an editor's
 * delete, its project's or its account's deletion (the leads' delete trigger,
 * 20261231000400_site_lead_crm_erasure.sql). One step per contact, so a retry after a failure
 * does not erase the others again. The request is recorded in the deleting transaction and kept
 * until the CRM confirms, so a CRM that stays down past these retries is left to the sweep below.
 */
export const eraseCrmContactsJob = defineJob(
  { id: 'crm-erase-contacts', trigger: events.crmContactsErased, retries: 10 },
  async ({ event, step }) => {
    let erased = 0;
    for (const contactId of event.data.contactIds) {
      if ((await step.run(`erase-${contactId}`, () => unsafeEraseCrmContact(contactId))) === 'erased') erased += 1;
    }
    return { erased };
  },
);

/** Erasures the job gave up on (the CRM was down through its retries), every hour until the CRM answers. */
export const sweepCrmContactErasuresJob = defineCronJob({ id: 'crm-sweep-contact-erasures', cron: '41 * * * *' }, async ({ step }) => {
  const contactIds = await step.run('list', () => unsafeListPendingCrmErasures({ olderThan: new Date(Date.now() - 60 * 60 * 1000) }));
  let erased = 0;
  for (const contactId of contactIds) {
    // One failure must not hold back the others; it stays recorded for the next hour.
    const outcome = await step.run(`erase-${contactId}`, () => unsafeEraseCrmContact(contactId).catch(() => 'failed' as const));
    if (outcome === 'erased') erased += 1;
  }
  return { waiting: contactIds.length, erased };
});
