import { sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { projectSlugIn } from '@/modules/projects/project-slug';
import { forgetSiteHost } from './resolve-site-host';

/** Takes the site offline (a neutral page is served); deployments are kept for republishing. */
export async function unpublishProject(claims: VerifiedClaims, input: { projectId: string }) {
  let slug: string | null = null;
  try {
    slug = await withRls(claims, async (tx) => {
      await tx.execute(sql`select private.unpublish_project(${input.projectId}::uuid)`);
      return projectSlugIn(tx, input.projectId);
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.host.unpublishNotFound');
    throw err;
  }
  if (slug) forgetSiteHost(slug);
}
