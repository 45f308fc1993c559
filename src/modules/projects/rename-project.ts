import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { projects } from './schema';

export type RenameProjectInput = { projectId: string; name: string };

export async function renameProject(claims: VerifiedClaims, input: RenameProjectInput) {
  return withRls(claims, async (tx) => {
    const [row] = await tx.update(projects).set({ name: input.name.trim() }).where(eq(projects.id, input.projectId)).returning();
    // RLS hides projects the caller cannot change: same answer as "does not exist".
    if (!row) throw new AppError('NOT_FOUND', 'That project does not exist or you cannot change it.');
    return row;
  });
}
