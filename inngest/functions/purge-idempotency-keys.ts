import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafePurgeIdempotencyKeys } from '@/modules/api/unsafe-purge-idempotency-keys';

/** Hourly: /api/v1 Idempotency-Key rows past their 24 hours are deleted (every account's: see the function). */
export const purgeIdempotencyKeysJob = defineCronJob(
  { id: 'purge-idempotency-keys', cron: '17 * * * *', concurrency: 1 },
  async ({ step }) => step.run('purge', () => unsafePurgeIdempotencyKeys()),
);
