import type { JobDefinition } from '@/lib/jobs/types';
import { sendEvent } from '@/lib/jobs/send-event';
import { getBlobStore } from '@/lib/storage/get-blob-store';
import { storeBuiltFiles } from '@/modules/build/store-built-files';
import { buildSite } from '@/modules/build/build-site';
import { hasBlockingErrors } from '@/modules/build/has-blocking-errors';
import { PUBLISH_EVENT, type PublishRequested } from '@/modules/host/request-publish';
import { siteOrigin } from '@/modules/host/site-url';
import { unsafeActivateIfNewest, unsafeLoadDeploymentTarget, unsafeMarkDeploymentFailed, unsafeSetDeploymentStatus } from '@/modules/host/unsafe-publish-steps';
import { notifySitePublished } from '@/modules/host/notify-site-published';
import { forgetSiteHost } from '@/modules/host/resolve-site-host';

/**
 * build → store → check → activate → notify. Every step is idempotent
 * (content-addressed blobs, status writes, a conditional activation), so
 * Inngest's (or the in-process runner's) retries are safe. A failed build
 * never touches the live site: only `activate` moves the pointer.
 */
export const SITE_PUBLISHED_EVENT = 'site/published';

export const publishSiteJob: JobDefinition<PublishRequested> = {
  id: 'publish-site',
  event: PUBLISH_EVENT,
  retries: 3,
  async handler({ event, step }) {
    const target = await step.run('load', () => unsafeLoadDeploymentTarget(event.data.deploymentId));
    if (!target) return { skipped: 'deployment no longer exists' };
    if (target.status === 'failed') return { skipped: 'deployment already failed' };

    const built = await step.run('build-and-store', async () => {
      await unsafeSetDeploymentStatus(target.deploymentId, 'building');
      const result = buildSite(target.document, { baseUrl: siteOrigin(target.slug) });
      const stored = await storeBuiltFiles(getBlobStore(), result.files);
      return { manifest: result.manifest, checks: result.checks, newBlobs: stored.writtenBlobs };
    });

    const passed = await step.run('check', async () => {
      await unsafeSetDeploymentStatus(target.deploymentId, 'checking', { checks: built.checks });
      if (hasBlockingErrors(built.checks)) {
        const reasons = built.checks.filter((c) => c.level === 'error').map((c) => c.message);
        await unsafeSetDeploymentStatus(target.deploymentId, 'failed', { error: `Checks failed: ${reasons.join(' ')}` });
        return false;
      }
      await unsafeSetDeploymentStatus(target.deploymentId, 'ready', { manifest: built.manifest, totalBytes: built.manifest.totalBytes });
      return true;
    });
    if (!passed) return { published: false };

    const isLive = await step.run('activate', async () => {
      const activated = await unsafeActivateIfNewest(target.deploymentId, target.projectId);
      forgetSiteHost(target.slug);
      return activated;
    });
    if (isLive) {
      // `site.published` for whoever listens (analytics, webhooks, the report jobs of later issues).
      await step.run('announce', async () => {
        await sendEvent({ name: SITE_PUBLISHED_EVENT, data: { projectId: target.projectId, deploymentId: target.deploymentId, url: siteOrigin(target.slug) }, id: `published:${target.deploymentId}` });
        return true;
      });
      await step.run('notify', () => notifySitePublished({ projectId: target.projectId, ownerId: target.ownerId, url: siteOrigin(target.slug), version: target.version }));
    }
    return { published: isLive, deploymentId: target.deploymentId };
  },
  async onFailure({ event, error }) {
    await unsafeMarkDeploymentFailed(event.data.deploymentId, `The build failed: ${String(error).slice(0, 300)}`);
  },
};
