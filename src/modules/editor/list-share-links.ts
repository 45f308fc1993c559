import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { previewShareLinks } from './schema';

export type ShareLinkSummary = { id: string; createdAt: Date; expiresAt: Date };

/** The project's links that still open (not revoked, not expired), newest first. RLS: members and admins. */
export async function listShareLinks(claims: VerifiedClaims, input: { projectId: string }): Promise<ShareLinkSummary[]> {
  return withRls(claims, (tx) =>
    tx
      .select({ id: previewShareLinks.id, createdAt: previewShareLinks.createdAt, expiresAt: previewShareLinks.expiresAt })
      .from(previewShareLinks)
      .where(
        and(
          eq(previewShareLinks.projectId, input.projectId),
          isNull(previewShareLinks.revokedAt),
          gt(previewShareLinks.expiresAt, new Date()),
        ),
      )
      .orderBy(desc(previewShareLinks.createdAt))
      .limit(50),
  );
}
