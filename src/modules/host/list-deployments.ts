import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { projectSlugIn } from '@/modules/projects/project-slug';
import { isStalled } from './deployment-status';
import { deployments, livePointers } from './schema';

/**
 * A project's deployments, newest first, with who published them and which one is live.
 * `beforeSeq` pages by keyset: only deployments older than that one (`seq` is the order they were
 * made in, unique, so a page edge neither skips nor repeats one). `project` is null when the
 * caller may not see the project (RLS): callers answer 404 rather than an empty history.
 */
export async function listDeployments(claims: VerifiedClaims, input: { projectId: string; limit?: number; beforeSeq?: number }) {
  return withRls(claims, async (tx) => {
    const [live] = await tx
      .select({ activeDeploymentId: livePointers.activeDeploymentId, isPublished: livePointers.isPublished })
      .from(livePointers)
      .where(eq(livePointers.projectId, input.projectId));
    const slug = live ? await projectSlugIn(tx, input.projectId) : null;
    if (!live || !slug) return { project: null, deployments: [] };
    const project = { ...live, slug };
    const rows = await tx
      .select({
        id: deployments.id,
        seq: deployments.seq,
        version: deployments.version,
        status: deployments.status,
        checks: deployments.checks,
        totalBytes: deployments.totalBytes,
        error: deployments.error,
        createdAt: deployments.createdAt,
        finishedAt: deployments.finishedAt,
        createdBy: deployments.createdBy,
      })
      .from(deployments)
      .where(
        and(eq(deployments.projectId, input.projectId), input.beforeSeq === undefined ? undefined : lt(deployments.seq, input.beforeSeq)),
      )
      .orderBy(desc(deployments.seq))
      .limit(Math.min(input.limit ?? 50, 200));
    // Co-editors' emails too (user_profiles' policy shows only one's own row); former members have none.
    const members = await tx.execute(
      sql`select user_id::text as user_id, email from private.project_member_emails(${input.projectId}::uuid)`,
    );
    const emailOf = new Map(rowsOf<{ user_id: string; email: string }>(members).map((m) => [m.user_id, m.email]));
    return {
      project,
      deployments: rows.map(({ createdBy, ...d }) => ({
        ...d,
        createdByEmail: (createdBy && emailOf.get(createdBy)) ?? null,
        isLive: project.isPublished && project.activeDeploymentId === d.id,
        isStalled: isStalled(d.status, d.createdAt),
      })),
    };
  });
}
