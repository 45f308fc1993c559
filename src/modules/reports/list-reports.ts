import { desc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import type { Locale } from '@/lib/i18n/translate';
import { monthlyReports } from './schema';

export type ReportListItem = { id: string; month: string; locale: Locale; sizeBytes: number; generatedAt: Date; emailedAt: Date | null };

/**
 * A client's reports, newest month first: the caller's own (the dashboard), or — for an admin on
 * a client's page — that client's. RLS decides: asking for someone else's as a client returns none.
 */
export async function listReports(claims: VerifiedClaims, input: { ownerId?: string } = {}): Promise<ReportListItem[]> {
  return withRls(claims, (tx) =>
    tx
      .select({
        id: monthlyReports.id,
        month: monthlyReports.month,
        locale: monthlyReports.locale,
        sizeBytes: monthlyReports.sizeBytes,
        generatedAt: monthlyReports.generatedAt,
        emailedAt: monthlyReports.emailedAt,
      })
      .from(monthlyReports)
      .where(eq(monthlyReports.ownerId, input.ownerId ?? claims.sub))
      .orderBy(desc(monthlyReports.month))
      .limit(120),
  );
}
