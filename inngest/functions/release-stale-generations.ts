import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafeReleaseStaleGenerations } from '@/modules/generate/release-stale-generations';

/** A generation whose request died stays "running" and holds quota: release it (never charged). */
export const releaseStaleGenerationsJob = defineCronJob({ id: 'release-stale-generations', cron: '*/10 * * * *' }, async ({ step }) => {
  const released = await step.run('release', () => unsafeReleaseStaleGenerations());
  return { released };
});
