import { desc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import type { AnalysisResult } from './analysis-result';
import { analyzerAnalyses, analyzerLeads, type LeadIntent, type NurtureState } from './schema';

/** One row of the agency's leads list: who, for which analysis and its scores, and where their mails stand. */
export type AdminLead = {
  id: string;
  email: string;
  name: string | null;
  company: string | null;
  intent: LeadIntent;
  nurtureState: NurtureState;
  /** How many of the sequence's mails (report, welcome, days 3–30) went out. */
  emailsSent: number;
  url: string;
  analysisId: string;
  scores: AnalysisResult['scores'] | null;
  createdAt: Date;
};

export const RECENT_LEADS_LIMIT = 100;

/**
 * The latest leads for agency admins, with their analysis's scores and the state of their nurture
 * sequence. Admins only: assertAdmin answers 404 to anyone else, and RLS lets only admins read
 * leads and analyses.
 */
export async function listRecentLeads(claims: VerifiedClaims, limit = RECENT_LEADS_LIMIT): Promise<AdminLead[]> {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const rows = await tx
      .select({
        id: analyzerLeads.id,
        email: analyzerLeads.email,
        name: analyzerLeads.name,
        company: analyzerLeads.company,
        intent: analyzerLeads.intent,
        nurtureState: analyzerLeads.nurtureState,
        emailsSent: analyzerLeads.emailsSent,
        url: analyzerAnalyses.url,
        analysisId: analyzerAnalyses.id,
        result: analyzerAnalyses.result,
        createdAt: analyzerLeads.createdAt,
      })
      .from(analyzerLeads)
      .innerJoin(analyzerAnalyses, eq(analyzerAnalyses.id, analyzerLeads.analysisId))
      .orderBy(desc(analyzerLeads.createdAt))
      .limit(Math.min(Math.max(limit, 1), 500));
    return rows.map(({ result, emailsSent, ...row }) => ({
      ...row,
      emailsSent: Object.keys(emailsSent).length,
      scores: result?.scores ?? null,
    }));
  });
}
