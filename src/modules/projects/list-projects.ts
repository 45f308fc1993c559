import { desc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { projectMembers, projects } from './schema';

/**
 * Projects the caller works on (owned or shared). Filtered by membership
 * explicitly because RLS lets an admin read every project, and an admin's own
 * dashboard should still show only their projects.
 */
export async function listProjects(claims: VerifiedClaims) {
  return withRls(claims, (tx) =>
    tx
      .select({
        id: projects.id,
        name: projects.name,
        slug: projects.slug,
        ownerId: projects.ownerId,
        role: projectMembers.role,
        createdAt: projects.createdAt,
        updatedAt: projects.updatedAt,
      })
      .from(projects)
      .innerJoin(projectMembers, eq(projectMembers.projectId, projects.id))
      .where(eq(projectMembers.userId, claims.sub))
      .orderBy(desc(projects.createdAt)),
  );
}
