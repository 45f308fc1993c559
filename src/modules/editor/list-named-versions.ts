import { desc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { namedSiteVersions } from './schema';

export type NamedVersionSummary = { id: string; name: string; draftVersion: number; authorName: string; createdAt: Date };

/** The project's named versions, newest first (without their documents). RLS: members and admins. */
export async function listNamedVersions(claims: VerifiedClaims, input: { projectId: string }): Promise<NamedVersionSummary[]> {
  return withRls(claims, (tx) =>
    tx
      .select({
        id: namedSiteVersions.id,
        name: namedSiteVersions.name,
        draftVersion: namedSiteVersions.draftVersion,
        authorName: namedSiteVersions.authorName,
        createdAt: namedSiteVersions.createdAt,
      })
      .from(namedSiteVersions)
      .where(eq(namedSiteVersions.projectId, input.projectId))
      .orderBy(desc(namedSiteVersions.createdAt), desc(namedSiteVersions.id))
      .limit(200),
  );
}
