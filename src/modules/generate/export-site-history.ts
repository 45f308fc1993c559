import { asc, inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { generations, siteVersions } from './schema';

/** Every saved version (the whole site document) and every generation (prompt, outcome, tokens) of these projects. */
export async function exportSiteHistory(claims: VerifiedClaims, projectIds: readonly string[]) {
  if (projectIds.length === 0) return { versions: [], generations: [] };
  return withRls(claims, async (tx) => ({
    versions: await tx
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
    generations: await tx
      .select({
        projectId: generations.projectId,
        kind: generations.kind,
        status: generations.status,
        prompt: generations.prompt,
        inputTokens: generations.inputTokens,
        outputTokens: generations.outputTokens,
        startedAt: generations.startedAt,
        finishedAt: generations.finishedAt,
      })
      .from(generations)
      .where(inArray(generations.projectId, [...projectIds]))
      .orderBy(asc(generations.startedAt)),
  }));
}
