import { STALLED_AFTER_MS } from './deployment-status';
import { unsafeFailStalledDeployments } from './unsafe-publish-steps';

/** The cron side of the stalled-build safety net: deployments unfinished for too long are failed with a reason. */
export async function failStalledDeployments(now = new Date()): Promise<number> {
  return unsafeFailStalledDeployments(new Date(now.getTime() - STALLED_AFTER_MS));
}
