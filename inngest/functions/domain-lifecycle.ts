import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafeRunDomainLifecycle } from '@/modules/domains/unsafe-run-domain-lifecycle';

/** Custom domains: due DNS checks (backoff for pending ones, every few hours for live ones), reminders, warnings, removal. */
export const domainLifecycleJob = defineCronJob({ id: 'domain-lifecycle', cron: '*/5 * * * *' }, async ({ step }) =>
  step.run('lifecycle', () => unsafeRunDomainLifecycle()),
);
