import { and, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { namedSiteVersions } from './schema';

/**
 * Deletes a named version for good (the draft and its history are not touched). RLS decides who
 * may: the project's owners and editors; for anyone else the version does not exist (NOT_FOUND,
 * also when it is already gone).
 */
export async function deleteNamedVersion(claims: VerifiedClaims, input: { projectId: string; versionId: string }): Promise<void> {
  let count: number;
  try {
    count = await withRls(claims, async (tx) => {
      const rows = await tx
        .delete(namedSiteVersions)
        .where(and(eq(namedSiteVersions.id, input.versionId), eq(namedSiteVersions.projectId, input.projectId)))
        .returning({ id: namedSiteVersions.id });
      return rows.length;
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.editor.notFound');
    throw err;
  }
  if (count === 0) throw new AppError('NOT_FOUND', 'errors.editor.notFound');
}
