import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafeRunSlaChecks } from '@/modules/tickets/unsafe-run-sla-checks';

/**
 * Every minute: tickets at 80 % of their first-response SLA warn their assignee, tickets past it
 * are recorded as breached and escalated to every agency admin — each once (see
 * unsafeRunSlaChecks). A 1 h SLA's 80 % mark is 48 min in, so a minute's granularity is the
 * right scale. One run at a time.
 */
export const ticketSlaChecksJob = defineCronJob({ id: 'ticket-sla-checks', cron: '* * * * *', concurrency: 1 }, async ({ step }) =>
  step.run('check', () => unsafeRunSlaChecks()),
);
