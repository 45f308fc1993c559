import { desc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { sendEvent } from '@/lib/jobs/send-event';
import { siteVersions } from '@/modules/generate/schema';
import { STALLED_AFTER_MS } from './deployment-status';
import { deployments } from './schema';
import { unsafeFailStalledDeployments } from './unsafe-publish-steps';

export const PUBLISH_EVENT = 'site/publish.requested';
export type PublishRequested = { deploymentId: string };

/**
 * Queues a deployment of the project's current draft and hands it to the
 * publish job. The database refuses it when the owner's subscription is past
 * due (their live sites keep serving) or the caller cannot edit the project.
 */
export async function requestPublish(claims: VerifiedClaims, input: { projectId: string }) {
  const deployment = await withRls(claims, async (tx) => {
    const [draft] = await tx
      .select({ id: siteVersions.id, version: siteVersions.version })
      .from(siteVersions)
      .where(eq(siteVersions.projectId, input.projectId))
      .orderBy(desc(siteVersions.version))
      .limit(1);
    if (!draft) throw new AppError('NOT_FOUND', 'Generate your site before publishing it.');
    const [row] = await tx
      .insert(deployments)
      .values({ projectId: input.projectId, siteVersionId: draft.id, version: draft.version, createdBy: claims.sub })
      .returning({ id: deployments.id, version: deployments.version, status: deployments.status, createdAt: deployments.createdAt });
    return row!;
  }).catch((err: unknown) => {
    if (isAppError(err) && err.code === 'TIER_LIMIT' && err.details?.resource === 'subscription') throw paymentRequiredError();
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'That project does not exist or you cannot publish it.');
    throw err;
  });
  await unsafeFailStalledDeployments(input.projectId, new Date(Date.now() - STALLED_AFTER_MS));
  await sendEvent<PublishRequested>({ name: PUBLISH_EVENT, data: { deploymentId: deployment.id }, id: `publish:${deployment.id}` });
  return deployment;
}

/** Past-due or unpaid owners can't put anything live (new builds or "make live"); their live sites keep serving. */
export function paymentRequiredError(): AppError {
  return new AppError('PAYMENT_REQUIRED', 'Your subscription payment is past due. Update your payment method to publish; your live sites keep working.', {
    upgradeUrl: '/dashboard/billing',
  });
}
