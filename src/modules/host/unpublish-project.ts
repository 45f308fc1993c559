import { eq, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { projects } from '@/modules/projects/schema';
import { forgetSiteHost } from './resolve-site-host';

/** Takes the site offline (a neutral page is served); deployments are kept for republishing. */
export async function unpublishProject(claims: VerifiedClaims, input: { projectId: string }) {
  let slug: string | undefined;
  try {
    slug = await withRls(claims, async (tx) => {
      await tx.execute(sql`select private.unpublish_project(${input.projectId}::uuid)`);
      const [row] = await tx.select({ slug: projects.slug }).from(projects).where(eq(projects.id, input.projectId));
      return row?.slug;
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'That project does not exist or you cannot unpublish it.');
    throw err;
  }
  if (slug) forgetSiteHost(slug);
}
