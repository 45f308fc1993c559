import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { inSpan } from '@/lib/telemetry/with-span';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import { latestVersionRefIn } from '@/modules/drafts/draft-ref';
import { events } from '~inngest/client';
import { deployments } from './schema';

/**
 * Queues a deployment of the project's current draft and hands it to the
 * publish job. The database refuses it when the owner's subscription is past
 * due (their live sites keep serving) or the caller cannot edit the project.
 */
export function requestPublish(claims: VerifiedClaims, input: { projectId: string }) {
  return inSpan('publish.request', () => queuePublish(claims, input));
}

async function queuePublish(claims: VerifiedClaims, input: { projectId: string }) {
  const deployment = await withRls(claims, async (tx) => {
    const draft = await latestVersionRefIn(tx, input.projectId);
    if (!draft) throw new AppError('NOT_FOUND', 'errors.host.noDraft');
    const [row] = await tx
      .insert(deployments)
      .values({ projectId: input.projectId, siteVersionId: draft.id, version: draft.version, createdBy: claims.sub })
      .returning({ id: deployments.id, version: deployments.version, status: deployments.status, createdAt: deployments.createdAt });
    // Recorded with the deployment (the outbox): the job can't be lost between the two.
    await enqueueEvents(tx, [eventOf(events.publishRequested, { deploymentId: row!.id }, { id: `publish:${row!.id}` })]);
    return row!;
  }).catch((err: unknown) => {
    if (isAppError(err) && err.code === 'TIER_LIMIT' && err.details?.resource === 'subscription') throw paymentRequiredError();
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.host.publishNotFound');
    throw err;
  });
  await flushEvents();
  return deployment;
}

/** Past-due or unpaid owners can't put anything live (new builds or "make live"); their live sites keep serving. */
export function paymentRequiredError(): AppError {
  return new AppError('PAYMENT_REQUIRED', 'errors.host.paymentRequired', {
    details: {
      upgradeUrl: '/dashboard/billing',
    },
  });
}
