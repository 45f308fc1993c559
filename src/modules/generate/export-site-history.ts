import { asc, inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { exportSiteVersions } from '@/modules/drafts/export-site-versions';
import { generations } from './schema';

/** Every saved version (the whole site document) and every generation (prompt, outcome, tokens) of these projects. */
export async function exportSiteHistory(claims: VerifiedClaims, projectIds: readonly string[]) {
  if (projectIds.length === 0) return { versions: [], generations: [] };
  // The versions are the drafts module's table, read through its function (each statement reads
  // committed rows on its own, so two transactions see what one did).
  const versions = await exportSiteVersions(claims, projectIds);
  return {
    versions,
    generations: await withRls(claims, (tx) =>
      tx
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
    ),
  };
}
