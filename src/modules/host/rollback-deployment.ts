import { sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { forgetSiteHost } from './resolve-site-host';

/**
 * Makes an earlier (ready) deployment live again — instant, nothing is
 * rebuilt. Also used to republish after unpublishing. The database function
 * checks the caller may edit the project and audits the switch.
 */
export async function rollbackDeployment(claims: VerifiedClaims, input: { projectId: string; deploymentId: string; slug?: string }) {
  try {
    await withRls(claims, (tx) => tx.execute(sql`select private.activate_deployment(${input.projectId}::uuid, ${input.deploymentId}::uuid)`));
  } catch (err) {
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'That project does not exist or you cannot publish it.');
    if (err instanceof Error && /deployment_not_ready/.test(String((err as { cause?: unknown }).cause ?? err.message))) {
      throw new AppError('CONFLICT', 'Only a deployment that built successfully can go live.');
    }
    throw err;
  }
  if (input.slug) forgetSiteHost(input.slug);
}
