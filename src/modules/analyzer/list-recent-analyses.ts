import { desc } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import type { AnalysisResult } from './analysis-result';
import { analyzerAnalyses, type AnalysisStatus } from './schema';

/** One row of the agency's analyses list. */
export type AdminAnalysis = {
  id: string;
  url: string;
  status: AnalysisStatus;
  scores: AnalysisResult['scores'] | null;
  createdAt: Date;
  finishedAt: Date | null;
};

export const RECENT_ANALYSES_LIMIT = 100;

/**
 * The latest analyses for agency admins: URL, scores, when, status. Admins only — assertAdmin
 * answers 404 to anyone else, and RLS (admins read) would show them no row anyway. Only the
 * scores leave the database, not the screenshots.
 */
export async function listRecentAnalyses(claims: VerifiedClaims, limit = RECENT_ANALYSES_LIMIT): Promise<AdminAnalysis[]> {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const rows = await tx
      .select({
        id: analyzerAnalyses.id,
        url: analyzerAnalyses.url,
        status: analyzerAnalyses.status,
        result: analyzerAnalyses.result,
        createdAt: analyzerAnalyses.createdAt,
        finishedAt: analyzerAnalyses.finishedAt,
      })
      .from(analyzerAnalyses)
      .orderBy(desc(analyzerAnalyses.createdAt))
      .limit(Math.min(Math.max(limit, 1), 500));
    return rows.map(({ result, ...row }) => ({ ...row, scores: result?.scores ?? null }));
  });
}
