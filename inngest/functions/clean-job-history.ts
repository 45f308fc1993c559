import { defineCronJob } from '@/lib/jobs/define-job';
import { cleanJobHistory } from '@/lib/jobs/clean-job-history';

/** Keeps the job tables small: delivered events, finished runs and expired dedupe keys past their time. */
export const cleanJobHistoryJob = defineCronJob({ id: 'clean-job-history', cron: '17 3 * * *' }, async ({ step }) =>
  step.run('clean', () => cleanJobHistory()),
);
