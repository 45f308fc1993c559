import { desc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { withRls } from '@/lib/db/with-rls';
import { userProfiles } from '@/modules/accounts/schema';
import { projects } from '@/modules/projects/schema';
import { deployments } from './schema';

/** A project's deployments, newest first, with who published them and which one is live. */
export async function listDeployments(claims: VerifiedClaims, input: { projectId: string; limit?: number }) {
  return withRls(claims, async (tx) => {
    const [project] = await tx
      .select({ activeDeploymentId: projects.activeDeploymentId, isPublished: projects.isPublished, slug: projects.slug })
      .from(projects)
      .where(eq(projects.id, input.projectId));
    if (!project) return { project: null, deployments: [] };
    const rows = await tx
      .select({
        id: deployments.id,
        version: deployments.version,
        status: deployments.status,
        checks: deployments.checks,
        totalBytes: deployments.totalBytes,
        error: deployments.error,
        createdAt: deployments.createdAt,
        finishedAt: deployments.finishedAt,
        createdByEmail: userProfiles.email,
      })
      .from(deployments)
      .leftJoin(userProfiles, eq(userProfiles.id, deployments.createdBy))
      .where(eq(deployments.projectId, input.projectId))
      .orderBy(desc(deployments.seq))
      .limit(Math.min(input.limit ?? 50, 200));
    return {
      project,
      deployments: rows.map((d) => ({ ...d, isLive: project.isPublished && project.activeDeploymentId === d.id })),
    };
  });
}
