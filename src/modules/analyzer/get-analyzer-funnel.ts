import { gte, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls, type Tx } from '@/lib/db/with-rls';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import { analyzerAnalyses } from './schema';

/**
 * The analyzer's funnel by week (weeks start on Monday, UTC): analyses → emails captured →
 * sign-ups → paying, each counted in the week it happened. The later steps come from the leads
 * through a source function; until lead capture provides one they are null — unknown, which the
 * page says, never a made-up zero.
 */
export type FunnelWeek = { week: string; analyses: number; emails: number | null; signups: number | null; paying: number | null };

/** Counts per ISO week start (YYYY-MM-DD) of the later funnel steps, read in the same admin transaction. */
export type LeadFunnelSource = (tx: Tx, since: Date) => Promise<Map<string, { emails: number; signups: number; paying: number }>>;

export const FUNNEL_WEEKS = 12;

/** Monday 00:00 UTC of the week `date` falls in. */
export function weekStart(date: Date): Date {
  const day = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day));
}

export async function getAnalyzerFunnel(
  claims: VerifiedClaims,
  options: { weeks?: number; now?: Date; leads?: LeadFunnelSource } = {},
): Promise<FunnelWeek[]> {
  const weeks = options.weeks ?? FUNNEL_WEEKS;
  const first = weekStart(options.now ?? new Date());
  first.setUTCDate(first.getUTCDate() - 7 * (weeks - 1));
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const week = sql<string>`to_char(date_trunc('week', ${analyzerAnalyses.createdAt} at time zone 'UTC'), 'YYYY-MM-DD')`;
    const rows = await tx
      .select({ week, n: sql<number>`count(*)::int` })
      .from(analyzerAnalyses)
      .where(gte(analyzerAnalyses.createdAt, first))
      .groupBy(week);
    const analyses = new Map(rows.map((row) => [row.week, Number(row.n)]));
    const leads = options.leads ? await options.leads(tx, first) : null;
    return Array.from({ length: weeks }, (_, i) => {
      const start = new Date(first.getTime() + i * 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
      const later = leads ? (leads.get(start) ?? { emails: 0, signups: 0, paying: 0 }) : null;
      return {
        week: start,
        analyses: analyses.get(start) ?? 0,
        emails: later?.emails ?? null,
        signups: later?.signups ?? null,
        paying: later?.paying ?? null,
      };
    });
  });
}
