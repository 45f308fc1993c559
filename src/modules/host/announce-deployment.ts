import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { emitNotification } from '@/modules/notifications/emit-notification';
import { unsafeRaiseWebhookEvent } from '@/modules/webhooks/raise-webhook-event';
import { deployments } from './schema';

/**
 * "Your site is live" — once per site version, not per deployment: rebuilding the same version
 * (a new address, a custom domain going live, a job replay) or rolling back to it is not news for
 * the owner, publishing a new version is. The notifications module picks who hears it and how;
 * the owner's webhook endpoints subscribed to site.published get it too.
 */
export async function announceSitePublished(input: {
  projectId: string;
  deploymentId: string;
  version: number;
  url: string;
  siteName?: string;
}): Promise<{ isNew: boolean }> {
  // The owner's webhook endpoints hear it with the same once-per-version key (a retried step
  // raises nothing new).
  await unsafeRaiseWebhookEvent({
    type: 'site.published',
    account: { projectId: input.projectId },
    key: `site.published:${input.projectId}:v${input.version}`,
    data: { projectId: input.projectId, deploymentId: input.deploymentId, url: input.url, version: input.version },
  });
  return emitNotification({
    kind: 'site.published',
    eventId: `site.published:${input.projectId}:v${input.version}`,
    projectId: input.projectId,
    deploymentId: input.deploymentId,
    url: input.url,
    version: input.version,
    ...(input.siteName ? { siteName: input.siteName } : {}),
  });
}

/** A deployment the publish job gave up on: its owner hears it once (the site keeps serving the previous one). */
export async function announceDeploymentFailed(deploymentId: string): Promise<{ isNew: boolean }> {
  const db = await unsafeSystemDb('the publish job’s failure handler looks up the deployment it failed');
  const [row] = await db
    .select({ projectId: deployments.projectId, status: deployments.status })
    .from(deployments)
    .where(eq(deployments.id, deploymentId));
  if (!row || row.status !== 'failed') return { isNew: false };
  return emitNotification({ kind: 'site.failed', eventId: `site.failed:${deploymentId}`, projectId: row.projectId, deploymentId });
}
