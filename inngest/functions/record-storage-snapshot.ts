import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafeRecordStorageSnapshot } from '@/modules/storage/unsafe-record-storage-snapshot';

/** Once a day: every customer's stored gigabytes as a `storage_gb` usage event (Stripe's `last` meter). */
export const recordStorageSnapshotJob = defineCronJob({ id: 'record-storage-snapshot', cron: '20 0 * * *' }, async ({ step }) =>
  step.run('snapshot', () => unsafeRecordStorageSnapshot()),
);
