import { events } from '~inngest/client';
import { defineCronJob, defineJob } from '@/lib/jobs/define-job';
import { unsafeLinkSignedUpLeads } from '@/modules/analyzer/link-lead-to-account';
import { NURTURE_SCHEDULE, nurtureSendAt } from '@/modules/analyzer/nurture-schedule';
import { unsafeListLeadsToPush, unsafePushLeadToCrm } from '@/modules/analyzer/push-lead-to-crm';
import { unsafeSendLeadEmail } from '@/modules/analyzer/send-lead-email';

/**
 * A lead of the URL analyzer: the report and the welcome mail at once, then the nurture sequence —
 * durable sleeps until days 3, 7, 14 and 30 after the capture, one mail each. Every mail step asks
 * again whether it may go out (unsubscribed, signed up: see unsafeSendLeadEmail), and the run ends
 * at the first that may not.
 */
export const nurtureLeadJob = defineJob(
  { id: 'analyzer-nurture-lead', trigger: events.leadCaptured, retries: 5 },
  async ({ event, step }) => {
    const { leadId } = event.data;
    const capturedAt = new Date(event.data.capturedAt);
    const report = await step.run('report', () => unsafeSendLeadEmail(leadId, 'report'));
    if (report === 'unsubscribed' || report === 'stopped') return { stopped: report, at: 'report' };
    await step.run('welcome', () => unsafeSendLeadEmail(leadId, 'welcome'));
    for (const { kind, days } of NURTURE_SCHEDULE) {
      await step.sleepUntil(`wait-${kind}`, nurtureSendAt(capturedAt, days));
      const outcome = await step.run(kind, () => unsafeSendLeadEmail(leadId, kind));
      if (outcome !== 'sent' && outcome !== 'already-sent') return { stopped: outcome, at: kind };
    }
    return { completed: true };
  },
);

/**
 * The lead into the CRM (HubSpot when configured), in its own run so a CRM outage never holds the
 * mails back: retried with backoff (up to ~1 h), then left to the hourly sweep below.
 */
export const pushLeadToCrmJob = defineJob(
  { id: 'analyzer-push-lead-to-crm', trigger: events.leadCaptured, retries: 10 },
  async ({ event, step }) => step.run('push', () => unsafePushLeadToCrm(event.data.leadId)),
);

/** Leads the CRM push gave up on (or captured before the token was set), every hour. */
export const sweepLeadsToCrmJob = defineCronJob({ id: 'analyzer-sweep-leads-to-crm', cron: '17 * * * *' }, async ({ step }) => {
  const leadIds = await step.run('list', () => unsafeListLeadsToPush({ olderThan: new Date(Date.now() - 60 * 60 * 1000) }));
  let pushed = 0;
  for (const leadId of leadIds) {
    const outcome = await step.run(`push-${leadId}`, () => unsafePushLeadToCrm(leadId).catch(() => ({ pushed: false })));
    if (outcome.pushed) pushed += 1;
  }
  return { waiting: leadIds.length, pushed };
});

/** Leads who signed up since (any path), linked every hour so the funnel counts them. */
export const linkLeadSignUpsJob = defineCronJob({ id: 'analyzer-link-lead-sign-ups', cron: '47 * * * *' }, async ({ step }) => ({
  linked: await step.run('link', () => unsafeLinkSignedUpLeads()),
}));
