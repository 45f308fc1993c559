import { defineCronJob } from '@/lib/jobs/define-job';
import { recordHostingTime } from '@/modules/host/record-hosting-time';

/** Meters the hosting time of live sites (container_hours), five minutes at a time. */
export const recordHostingTimeJob = defineCronJob({ id: 'record-hosting-time', cron: '*/5 * * * *' }, async ({ step }) =>
  step.run('record', () => recordHostingTime()),
);
