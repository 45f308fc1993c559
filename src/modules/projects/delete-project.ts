import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { projects } from './schema';

export type DeleteProjectInput = { projectId: string };

export async function deleteProject(claims: VerifiedClaims, input: DeleteProjectInput): Promise<{ id: string }> {
  return withRls(claims, async (tx) => {
    const [row] = await tx.delete(projects).where(eq(projects.id, input.projectId)).returning({ id: projects.id });
    if (!row) throw new AppError('NOT_FOUND', 'errors.projects.deleteNotFound');
    return row;
  });
}
