import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafePruneUptimeChecks } from '@/modules/insights/unsafe-prune-uptime-checks';
import { unsafeRunUptimeChecks } from '@/modules/insights/unsafe-run-uptime-checks';

/**
 * Every minute: the live hosts whose plan's interval has passed (5 min; 1 min on Pro and
 * Enterprise) are checked, incidents opened and resolved (see unsafeRunUptimeChecks). One run at
 * a time; a tick that overruns a minute only delays the next, whose due hosts it then checks.
 */
export const uptimeChecksJob = defineCronJob({ id: 'uptime-checks', cron: '* * * * *', concurrency: 1 }, async ({ step }) =>
  step.run('check', () => unsafeRunUptimeChecks()),
);

/** Daily: raw checks past their retention are deleted; the per-day rollups stay (see the migration). */
export const pruneUptimeChecksJob = defineCronJob({ id: 'prune-uptime-checks', cron: '23 3 * * *', concurrency: 1 }, async ({ step }) =>
  step.run('prune', () => unsafePruneUptimeChecks()),
);
