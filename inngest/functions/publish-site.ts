import { AppError, isAppError } from '@/lib/errors';
import type { JobDefinition } from '@/lib/jobs/types';
import { reportError } from '@/lib/observability';
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

// What a person reads when a build fails for a reason that is ours, not their site's: internal
// errors (a driver message, ECONNREFUSED, a stack) are reported, never stored for the dashboard.
const BUILD_FAILED = new AppError('INTERNAL', 'The build failed on our side. Publish again in a moment; your live site was not changed.');

/** The reason stored on a failed deployment: an AppError's own message (written for people), else BUILD_FAILED's. */
export function buildFailureReason(error: unknown): string {
  // Inngest hands onFailure a deserialized error: match on the name, not the class.
  const isApp = isAppError(error) || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AppError');
  const message = isApp ? String((error as { message?: unknown }).message ?? '') : '';
  return isApp && message && (error as { code?: unknown }).code !== 'INTERNAL' ? message : BUILD_FAILED.message;
}

export const publishSiteJob: JobDefinition<PublishRequested> = {
  id: 'publish-site',
  event: PUBLISH_EVENT,
  retries: 3,
  async handler({ event, step }) {
    const target = await step.run('load', () => unsafeLoadDeploymentTarget(event.data.deploymentId));
    if (!target) return { skipped: 'deployment no longer exists' };
    if (target.status === 'failed') return { skipped: 'deployment already failed' };
    // A replayed event for a deployment that already built: don't rebuild it (that would flip it
    // back to "building" and take it off the air); only make sure it went live if it should.
    if (target.status === 'ready') {
      const isLive = await step.run('activate', () => activate(target.deploymentId, target.projectId, target.slug));
      return { published: isLive, deploymentId: target.deploymentId, replayed: true };
    }

    const built = await step.run('build-and-store', async () => {
      if (!(await unsafeSetDeploymentStatus(target.deploymentId, 'building'))) return { superseded: true as const };
      let result: ReturnType<typeof buildSite>;
      try {
        result = buildSite(target.document, { baseUrl: siteOrigin(target.slug) });
      } catch (err) {
        // A document that can't be built fails the same way on every retry: fail now, with its reason.
        if (isAppError(err) && err.code === 'VALIDATION') {
          await unsafeMarkDeploymentFailed(target.deploymentId, err.message);
          return { superseded: true as const };
        }
        throw err;
      }
      const stored = await storeBuiltFiles(getBlobStore(), result.files);
      return { manifest: result.manifest, checks: result.checks, newBlobs: stored.writtenBlobs };
    });
    if ('superseded' in built) return { published: false };

    const passed = await step.run('check', async () => {
      if (!(await unsafeSetDeploymentStatus(target.deploymentId, 'checking', { checks: built.checks }))) return false;
      if (hasBlockingErrors(built.checks)) {
        const reasons = built.checks.filter((c) => c.level === 'error').map((c) => c.message);
        await unsafeSetDeploymentStatus(target.deploymentId, 'failed', { error: `Checks failed: ${reasons.join(' ')}` });
        return false;
      }
      return unsafeSetDeploymentStatus(target.deploymentId, 'ready', { manifest: built.manifest, totalBytes: built.manifest.totalBytes });
    });
    if (!passed) return { published: false };

    const isLive = await step.run('activate', () => activate(target.deploymentId, target.projectId, target.slug));
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
    const reason = buildFailureReason(error);
    if (reason === BUILD_FAILED.message) reportError(error, { where: 'publish-site', deploymentId: event.data.deploymentId });
    await unsafeMarkDeploymentFailed(event.data.deploymentId, reason);
  },
};

async function activate(deploymentId: string, projectId: string, slug: string): Promise<boolean> {
  const activated = await unsafeActivateIfNewest(deploymentId, projectId);
  forgetSiteHost(slug);
  return activated;
}
