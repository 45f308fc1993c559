import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafeDetectUsageThresholds } from '@/modules/billing/detect-usage-thresholds';

/**
 * Every five minutes: clients whose usage reached 80 / 90 / 100 % of their plan's included amount
 * get one notice per threshold per period (see unsafeDetectUsageThresholds). Works with payments
 * not configured too: the included amounts are the plan table's. One run at a time.
 */
export const detectUsageThresholdsJob = defineCronJob(
  { id: 'detect-usage-thresholds', cron: '*/5 * * * *', concurrency: 1 },
  async ({ step }) =>
    step.run('detect', async () => {
      const { crossings, notified } = await unsafeDetectUsageThresholds();
      return { crossings: crossings.length, notified };
    }),
);
