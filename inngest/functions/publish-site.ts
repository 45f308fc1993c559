import { events } from '~inngest/client';
import { defineJob } from '@/lib/jobs/define-job';
import { eventOf } from '@/lib/jobs/events';
import { failDeployment, publishDeployment } from '@/modules/host/publish-deployment';
import { announceDeploymentFailed, announceSitePublished } from '@/modules/host/announce-deployment';
import { siteOrigin } from '@/modules/host/site-url';

/**
 * publish (load → build → store → checks → activate, one durable step: see publishDeployment) →
 * announce → notify (once per site version: see announce-deployment.ts); the decisions are the
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
    const published = await step.run('publish', () => publishDeployment(event.data.deploymentId));
    if (published.action === 'skip') return { skipped: published.reason };
    const { target, outcome } = published;
    if (outcome === 'superseded') return { published: false };
    if (outcome === 'not-ready') {
      await step.run('notify-failed', () => announceDeploymentFailed(target.deploymentId));
      return { published: false };
    }
    const isLive = outcome === 'live';
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
          siteName: target.siteName,
        }),
      );
    }
    return { published: isLive, deploymentId: target.deploymentId, replayed: published.action === 'activate' };
  },
);
