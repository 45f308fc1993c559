import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafePruneSiteTraffic } from '@/modules/host/unsafe-prune-site-traffic';

/** Daily: per-page and per-country traffic counts past their retention (13 months) are deleted; day totals stay. */
export const pruneSiteTrafficJob = defineCronJob({ id: 'prune-site-traffic', cron: '41 3 * * *', concurrency: 1 }, async ({ step }) =>
  step.run('prune', () => unsafePruneSiteTraffic()),
);
