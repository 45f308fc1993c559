import { and, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import { getAgencyTimeZone } from '@/modules/tickets/get-agency-time-zone';
import { collectReportData } from './collect-report-data';
import { renderMonthlyReport } from './render-monthly-report';
import { parseReportMonth, reportMonthBounds } from './report-month';
import { monthlyReports } from './schema';
import { removeReportPdf, storeReportPdf } from './store-report-pdf';

export type GenerateMonthlyReportInput = { clientId: string; month: string };

/**
 * An agency admin generates (or regenerates) a client's report for any month up to the current
 * one, on demand. Everything runs under the admin's own claims: the figures are read through RLS
 * (admins see every client), and the row is written as the admin — the audit trigger records who
 * and when. It is not mailed: the monthly job mails each finished month once.
 */
export async function generateMonthlyReport(claims: VerifiedClaims, input: GenerateMonthlyReportInput) {
  const month = parseReportMonth(input.month);
  const timeZone = await withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    return getAgencyTimeZone(tx);
  });
  if (reportMonthBounds(month, timeZone).from.getTime() > Date.now()) throw new AppError('VALIDATION', 'errors.reports.futureMonth');

  const data = await collectReportData((run) => withRls(claims, run), { ownerId: input.clientId, month });
  const pdf = await renderMonthlyReport(data);
  const blobKey = await storeReportPdf(input.clientId, month, pdf);
  try {
    const { row, previousKey } = await withRls(claims, async (tx) => {
      await assertAdmin(tx, claims);
      const [previous] = await tx
        .select({ blobKey: monthlyReports.blobKey })
        .from(monthlyReports)
        .where(and(eq(monthlyReports.ownerId, input.clientId), eq(monthlyReports.month, month)))
        .for('update');
      const values = { locale: data.client.locale, blobKey, sizeBytes: pdf.byteLength };
      const [row] = await tx
        .insert(monthlyReports)
        .values({ ownerId: input.clientId, month, ...values })
        .onConflictDoUpdate({ target: [monthlyReports.ownerId, monthlyReports.month], set: values })
        .returning({ id: monthlyReports.id, month: monthlyReports.month, generatedAt: monthlyReports.generatedAt });
      return { row: row!, previousKey: previous?.blobKey ?? null };
    });
    await removeReportPdf(previousKey);
    return row;
  } catch (err) {
    await removeReportPdf(blobKey);
    throw err;
  }
}
