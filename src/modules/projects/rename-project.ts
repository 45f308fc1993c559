import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { projects } from './schema';

export type RenameProjectInput = { projectId: string; name: string; slug?: string };

/** Renames a project and optionally moves it to a new address; returns the row and the address it had. */
export async function renameProject(claims: VerifiedClaims, input: RenameProjectInput) {
  return withRls(claims, async (tx) => {
    // A taken slug is a CONFLICT (unique index), mapped to a message by the action.
    const [before] = await tx.select({ slug: projects.slug }).from(projects).where(eq(projects.id, input.projectId)).for('update');
    const [row] = await tx.update(projects).set({ name: input.name.trim(), ...(input.slug ? { slug: input.slug } : {}) }).where(eq(projects.id, input.projectId)).returning();
    // RLS hides projects the caller cannot change: same answer as "does not exist".
    if (!row || !before) throw new AppError('NOT_FOUND', 'That project does not exist or you cannot change it.');
    return { ...row, previousSlug: before.slug };
  });
}
