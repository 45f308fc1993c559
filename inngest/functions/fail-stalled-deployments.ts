import { defineCronJob } from '@/lib/jobs/define-job';
import { failStalledDeployments } from '@/modules/host/fail-stalled-deployments';

/** Safety net: a build that stopped making progress is failed with a reason the publish panel shows. */
export const failStalledDeploymentsJob = defineCronJob({ id: 'fail-stalled-deployments', cron: '*/5 * * * *' }, async ({ step }) => {
  const failed = await step.run('fail', () => failStalledDeployments());
  return { failed };
});
