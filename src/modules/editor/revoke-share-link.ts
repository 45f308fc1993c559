import { and, eq, isNull } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { previewShareLinks } from './schema';

/** Ends a share link at once (its page answers 404 from now on). RLS: the project's owners and editors. */
export async function revokeShareLink(claims: VerifiedClaims, input: { projectId: string; linkId: string }): Promise<void> {
  let count: number;
  try {
    count = await withRls(claims, async (tx) => {
      const rows = await tx
        .update(previewShareLinks)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(previewShareLinks.id, input.linkId),
            eq(previewShareLinks.projectId, input.projectId),
            isNull(previewShareLinks.revokedAt),
          ),
        )
        .returning({ id: previewShareLinks.id });
      return rows.length;
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.editor.notFound');
    throw err;
  }
  if (count === 0) throw new AppError('NOT_FOUND', 'errors.editor.notFound');
}
