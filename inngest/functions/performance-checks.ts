import { defineCronJob } from '@/lib/jobs/define-job';
import { PERFORMANCE_CRON } from '@/modules/insights/performance-plan';
import { unsafeRunPerformanceChecks } from '@/modules/insights/unsafe-run-performance-checks';

/**
 * Every 15 minutes: the Lighthouse mobile runs that are due — each live site's home page and its
 * pinned pages, by the owner's plan (Free weekly, Basic daily, Pro/Enterprise every 6 h) — at most
 * ANALYZER_CONCURRENCY at once and a bounded number per tick (see unsafeRunPerformanceChecks).
 * One tick at a time: a tick still measuring when the next is due makes that one wait, and a
 * retried tick measures only what is still due.
 */
export const performanceChecksJob = defineCronJob({ id: 'performance-checks', cron: PERFORMANCE_CRON, concurrency: 1 }, async ({ step }) =>
  step.run('measure', () => unsafeRunPerformanceChecks()),
);
