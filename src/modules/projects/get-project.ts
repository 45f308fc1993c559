import { and, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { projectMembers, projects } from './schema';

/** A project the caller works on, with their role in it; null when it does not exist or is not theirs (RLS). */
export async function getProject(claims: VerifiedClaims, input: { projectId: string }) {
  return withRls(claims, async (tx) => {
    const [row] = await tx
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
      .innerJoin(projectMembers, and(eq(projectMembers.projectId, projects.id), eq(projectMembers.userId, claims.sub)))
      .where(eq(projects.id, input.projectId));
    return row ?? null;
  });
}
