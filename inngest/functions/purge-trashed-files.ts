import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafePurgeTrash } from '@/modules/storage/unsafe-purge-trash';

/** Deleted files and folders past the undo window are deleted for good, with their bytes. */
export const purgeTrashedFilesJob = defineCronJob({ id: 'purge-trashed-files', cron: '*/5 * * * *' }, async ({ step }) =>
  step.run('purge', () => unsafePurgeTrash()),
);
