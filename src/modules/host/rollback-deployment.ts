import { eq, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { projects } from '@/modules/projects/schema';
import { paymentRequiredError } from './request-publish';
import { forgetSiteHost } from './resolve-site-host';

/**
 * Makes an earlier (ready) deployment live again — instant, nothing is
 * rebuilt. Also used to republish after unpublishing. The database function
 * checks the caller may edit the project, that the owner's subscription is in
 * good standing, and audits the switch.
 */
export async function rollbackDeployment(claims: VerifiedClaims, input: { projectId: string; deploymentId: string }) {
  let slug: string | undefined;
  try {
    slug = await withRls(claims, async (tx) => {
      await tx.execute(sql`select private.activate_deployment(${input.projectId}::uuid, ${input.deploymentId}::uuid)`);
      const [row] = await tx.select({ slug: projects.slug }).from(projects).where(eq(projects.id, input.projectId));
      return row?.slug;
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'That project does not exist or you cannot publish it.');
    if (isAppError(err) && err.code === 'TIER_LIMIT' && err.details?.resource === 'subscription') throw paymentRequiredError();
    if (err instanceof Error && /deployment_not_ready/.test(String((err as { cause?: unknown }).cause ?? err.message))) {
      throw new AppError('CONFLICT', 'Only a deployment that built successfully can go live.');
    }
    throw err;
  }
  // The slug comes from the database, not the client: it names the cache entry serving must drop.
  if (slug) forgetSiteHost(slug);
}
