import { events } from '~inngest/client';
import { defineJob } from '@/lib/jobs/define-job';
import { eventOf } from '@/lib/jobs/events';
import {
  activateDeployment,
  buildAndStoreDeployment,
  checkAndActivateDeployment,
  failDeployment,
  planPublish,
} from '@/modules/host/publish-deployment';
import { siteDisplayName } from '@/modules/build/site-display-name';
import { announceDeploymentFailed, announceSitePublished } from '@/modules/host/announce-deployment';
import { siteOrigin } from '@/modules/host/site-url';

/**
 * build → store → check and activate → announce → notify (once per site version: see
 * announce-deployment.ts), each a durable step; the decisions are the
 * host module's (publish-deployment.ts). Retried per step; when it gives up, the deployment is
 * marked failed with a reason a person can act on.
 */
export const publishSite = defineJob(
  {
    id: 'publish-site',
    trigger: events.publishRequested,
    retries: 3,
    onFailure: async ({ event, error }) => {
      await failDeployment(event.data.deploymentId, error);
      await announceDeploymentFailed(event.data.deploymentId);
    },
  },
  async ({ event, step }) => {
    const plan = await step.run('load', () => planPublish(event.data.deploymentId));
    if (plan.action === 'skip') return { skipped: plan.reason };
    const { target } = plan;
    let isLive: boolean;
    if (plan.action === 'build') {
      const built = await step.run('build-and-store', () => buildAndStoreDeployment(target));
      if (built.superseded) return { published: false };
      // Checks recorded, then live when they pass: one step (see checkAndActivateDeployment).
      const outcome = await step.run('check-and-activate', () => checkAndActivateDeployment(target, built));
      if (outcome === 'not-ready') {
        await step.run('notify-failed', () => announceDeploymentFailed(target.deploymentId));
        return { published: false };
      }
      isLive = outcome === 'live';
    } else {
      isLive = await step.run('activate', () => activateDeployment(target));
    }
    if (isLive) {
      const url = siteOrigin(target.slug);
      await step.sendEvent(
        'announce',
        eventOf(
          events.sitePublished,
          { projectId: target.projectId, deploymentId: target.deploymentId, url },
          { id: `published:${target.deploymentId}` },
        ),
      );
      await step.run('notify', () =>
        announceSitePublished({
          projectId: target.projectId,
          deploymentId: target.deploymentId,
          version: target.version,
          url,
          siteName: siteDisplayName(target.document),
        }),
      );
    }
    return { published: isLive, deploymentId: target.deploymentId, replayed: plan.action === 'activate' };
  },
);
