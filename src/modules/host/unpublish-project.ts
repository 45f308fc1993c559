import { sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { forgetSiteHost } from './resolve-site-host';

/** Takes the site offline (a neutral page is served); deployments are kept for republishing. */
export async function unpublishProject(claims: VerifiedClaims, input: { projectId: string; slug?: string }) {
  try {
    await withRls(claims, (tx) => tx.execute(sql`select private.unpublish_project(${input.projectId}::uuid)`));
  } catch (err) {
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'That project does not exist or you cannot unpublish it.');
    throw err;
  }
  if (input.slug) forgetSiteHost(input.slug);
}
