import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { projects } from './schema';

export type DeleteProjectInput = { projectId: string };

export async function deleteProject(claims: VerifiedClaims, input: DeleteProjectInput): Promise<{ id: string }> {
  return withRls(claims, async (tx) => {
    const [row] = await tx.delete(projects).where(eq(projects.id, input.projectId)).returning({ id: projects.id });
    if (!row) throw new AppError('NOT_FOUND', 'That project does not exist or you cannot delete it.');
    return row;
  });
}
