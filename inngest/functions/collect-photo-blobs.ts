import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafeCollectPhotoBlobs } from '@/modules/host/unsafe-photo-blobs';

/** Photo variants no live or rollback-able deployment references are deleted, once a day. */
export const collectPhotoBlobsJob = defineCronJob({ id: 'collect-photo-blobs', cron: '40 3 * * *' }, async ({ step }) =>
  step.run('collect', () => unsafeCollectPhotoBlobs()),
);
