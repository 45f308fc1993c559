import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafeCleanAbandonedUploads } from '@/modules/storage/unsafe-clean-abandoned-uploads';

/** Uploads that were cancelled or never finished (their reservations expired): bytes and rows go. */
export const cleanAbandonedUploadsJob = defineCronJob({ id: 'clean-abandoned-uploads', cron: '*/15 * * * *' }, async ({ step }) =>
  step.run('clean', () => unsafeCleanAbandonedUploads()),
);
