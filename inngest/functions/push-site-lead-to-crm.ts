import { events } from '~inngest/client';
import { defineCronJob, defineJob } from '@/lib/jobs/define-job';
import { unsafeListSiteLeadsToPush, unsafePushSiteLeadToCrm } from '@/modules/host/unsafe-push-site-lead-to-crm';

/**
 * A site's form lead into the agency's CRM, in its own run: the owner's notification and the
 * webhook deliveries are runs of their own too, so a CRM outage holds none of them back. Retried
 * with backoff (up to ~1 h), then left to the hourly sweep below.
 */
export const pushSiteLeadToCrmJob = defineJob(
  { id: 'host-push-site-lead-to-crm', trigger: events.siteLeadCrmRequested, retries: 10 },
  async ({ event, step }) => step.run('push', () => unsafePushSiteLeadToCrm(event.data.leadId)),
);

/** Site leads the push gave up on (or stored before the CRM's token was set), every hour. */
export const sweepSiteLeadsToCrmJob = defineCronJob({ id: 'host-sweep-site-leads-to-crm', cron: '23 * * * *' }, async ({ step }) => {
  const leadIds = await step.run('list', () => unsafeListSiteLeadsToPush({ olderThan: new Date(Date.now() - 60 * 60 * 1000) }));
  let pushed = 0;
  for (const leadId of leadIds) {
    const outcome = await step.run(`push-${leadId}`, () => unsafePushSiteLeadToCrm(leadId).catch(() => ({ pushed: false })));
    if (outcome.pushed) pushed += 1;
  }
  return { waiting: leadIds.length, pushed };
});
