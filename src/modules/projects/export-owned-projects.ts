import { eq, inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { projectMembers, projects } from './schema';

/**
 * The projects the caller owns, with who else is on each (ids and roles), for their data export.
 * Projects they only belong to are someone else's data and stay out.
 */
export async function exportOwnedProjects(claims: VerifiedClaims) {
  return withRls(claims, async (tx) => {
    const owned = await tx
      .select({ id: projects.id, name: projects.name, slug: projects.slug, createdAt: projects.createdAt, updatedAt: projects.updatedAt })
      .from(projects)
      .where(eq(projects.ownerId, claims.sub))
      .orderBy(projects.createdAt);
    if (owned.length === 0) return [];
    const members = await tx
      .select({
        projectId: projectMembers.projectId,
        userId: projectMembers.userId,
        role: projectMembers.role,
        since: projectMembers.createdAt,
      })
      .from(projectMembers)
      .where(
        inArray(
          projectMembers.projectId,
          owned.map((p) => p.id),
        ),
      );
    return owned.map((project) => ({
      ...project,
      members: members.filter((m) => m.projectId === project.id).map(({ projectId: _projectId, ...member }) => member),
    }));
  });
}
