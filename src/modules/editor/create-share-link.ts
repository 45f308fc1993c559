import type { VerifiedClaims } from '@/lib/claims';
import { newOpaqueToken } from '@/lib/auth/tokens';
import { getEnv } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { previewShareLinks } from './schema';

/** Where a share link opens: the app's /share/<token> (the token itself is never stored). */
export function shareLinkUrl(token: string): string {
  return new URL(`/share/${token}`, getEnv().APP_URL).toString();
}

/**
 * A link to the project's current draft that anyone may open for 24 hours (the database sets
 * the expiry). Only the token's hash is stored, so the URL is returned once, here. Owners and
 * editors only (RLS); anyone else gets NOT_FOUND.
 */
export async function createShareLink(claims: VerifiedClaims, input: { projectId: string }) {
  const { token, hash } = newOpaqueToken();
  try {
    const row = await withRls(claims, async (tx) => {
      const [inserted] = await tx
        .insert(previewShareLinks)
        .values({ projectId: input.projectId, tokenHash: hash, createdBy: claims.sub, expiresAt: new Date() })
        .returning({ id: previewShareLinks.id, expiresAt: previewShareLinks.expiresAt, createdAt: previewShareLinks.createdAt });
      return inserted!;
    });
    return { ...row, url: shareLinkUrl(token) };
  } catch (err) {
    if (isAppError(err) && (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND'))
      throw new AppError('NOT_FOUND', 'errors.editor.notFound');
    throw err;
  }
}
