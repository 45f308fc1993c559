import { sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError, raisedDatabaseMessage } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { projectSlugIn } from '@/modules/projects/project-slug';
import { paymentRequiredError } from './request-publish';
import { forgetSiteHost } from './resolve-site-host';

/**
 * Makes an earlier (ready) deployment live again — instant, nothing is
 * rebuilt. Also used to republish after unpublishing. The database function
 * checks the caller may edit the project, that the owner's subscription is in
 * good standing, and audits the switch.
 */
export async function rollbackDeployment(claims: VerifiedClaims, input: { projectId: string; deploymentId: string }) {
  let slug: string | null = null;
  try {
    slug = await withRls(claims, async (tx) => {
      await tx.execute(sql`select private.activate_deployment(${input.projectId}::uuid, ${input.deploymentId}::uuid)`);
      return projectSlugIn(tx, input.projectId);
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.host.publishNotFound');
    if (isAppError(err) && err.code === 'TIER_LIMIT' && err.details?.resource === 'subscription') throw paymentRequiredError();
    if (raisedDatabaseMessage(err) === 'deployment_not_ready') {
      throw new AppError('CONFLICT', 'errors.host.notReady');
    }
    throw err;
  }
  // The slug comes from the database, not the client: it names the cache entry serving must drop.
  if (slug) forgetSiteHost(slug);
}
