import { asc, inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { siteVersions } from './schema';

/** Every saved version (the whole site document) of these projects, oldest first per project. */
export async function exportSiteVersions(claims: VerifiedClaims, projectIds: readonly string[]) {
  if (projectIds.length === 0) return [];
  return withRls(claims, (tx) =>
    tx
      .select({
        projectId: siteVersions.projectId,
        version: siteVersions.version,
        source: siteVersions.source,
        createdAt: siteVersions.createdAt,
        document: siteVersions.document,
      })
      .from(siteVersions)
      .where(inArray(siteVersions.projectId, [...projectIds]))
      .orderBy(asc(siteVersions.projectId), asc(siteVersions.version)),
  );
}
