import { and, eq, isNull } from 'drizzle-orm';
import { getEnv } from '@/lib/env';
import { sendEmail } from '@/lib/email/send-email';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import type { Tx } from '@/lib/db/with-rls';
import { getBlobStore } from '@/lib/storage/get-blob-store';
import { listClientAccounts } from '@/modules/accounts/list-client-accounts';
import { collectReportData } from './collect-report-data';
import { reportEmail } from './emails/report-email';
import { renderMonthlyReport } from './render-monthly-report';
import { reportFormat } from './report-format';
import { getAgencyTimeZone } from '@/modules/tickets/get-agency-time-zone';
import { reportMonthBounds, reportMonthSchema, type ReportMonth } from './report-month';
import { monthlyReports } from './schema';
import { removeReportPdf, reportFileName, storeReportPdf } from './store-report-pdf';

export type DeliveryOutcome = { reportId: string; generated: boolean; emailed: boolean };

/**
 * The monthly job's work for one client and one finished month, safe to run any number of times:
 *  1. the report exists once per client and month (unique row; a second run, or a racing one,
 *     finds it and renders nothing). A report rendered before the month was over (an admin's
 *     preview during the month) is rendered again with the whole month;
 *  2. the mail goes at most once: emailed_at is claimed with a conditional update before sending,
 *     so of two runs only one sends; if sending throws, the claim is released for the next run.
 * Privileged connection: a job has no session; it acts on the one client it was handed.
 */
export async function unsafeDeliverMonthlyReport(input: { ownerId: string; month: ReportMonth }): Promise<DeliveryOutcome> {
  const month = reportMonthSchema.parse(input.month);
  const db = await unsafeSystemDb("the monthly report job has no session: it renders and mails one client's report");
  const find = async () =>
    (
      await db
        .select()
        .from(monthlyReports)
        .where(and(eq(monthlyReports.ownerId, input.ownerId), eq(monthlyReports.month, month)))
    )[0];

  let report = await find();
  let generated = false;
  const { to } = reportMonthBounds(month, await getAgencyTimeZone(db));
  if (!report || (report.emailedAt === null && report.generatedAt < to)) {
    const data = await collectReportData((run) => db.transaction((tx) => run(tx as unknown as Tx)), { ownerId: input.ownerId, month });
    const pdf = await renderMonthlyReport(data);
    const blobKey = await storeReportPdf(input.ownerId, month, pdf);
    const values = { locale: data.client.locale, blobKey, sizeBytes: pdf.byteLength, generatedBy: null, generatedAt: new Date() };
    const [written] = report
      ? await db
          .update(monthlyReports)
          .set({ ...values, updatedAt: new Date() })
          .where(and(eq(monthlyReports.id, report.id), isNull(monthlyReports.emailedAt)))
          .returning({ id: monthlyReports.id })
      : await db
          .insert(monthlyReports)
          .values({ ownerId: input.ownerId, month, ...values })
          .onConflictDoNothing({ target: [monthlyReports.ownerId, monthlyReports.month] })
          .returning({ id: monthlyReports.id });
    if (written) {
      await removeReportPdf(report?.blobKey);
      generated = true;
    } else {
      await removeReportPdf(blobKey); // another run got there first: keep theirs
    }
    report = await find();
  }
  if (!report) throw new Error(`monthly report ${input.ownerId}/${month} vanished`);

  const [claimed] = await db
    .update(monthlyReports)
    .set({ emailedAt: new Date() })
    .where(and(eq(monthlyReports.id, report.id), isNull(monthlyReports.emailedAt)))
    .returning({ id: monthlyReports.id });
  if (!claimed) return { reportId: report.id, generated, emailed: false };
  try {
    const [account] = await listClientAccounts(db, { ids: [input.ownerId] });
    const blob = await getBlobStore().get(report.blobKey);
    if (!account || !blob) throw new Error(`monthly report ${report.id}: no recipient or no PDF`);
    const monthName = reportFormat(report.locale, 'UTC').month(month);
    const mail = await reportEmail({
      locale: report.locale,
      name: account.displayName || account.email,
      month: monthName,
      url: new URL('/dashboard/reports', getEnv().APP_URL).toString(),
    });
    await sendEmail({
      to: account.email,
      userId: account.id,
      template: 'monthly_report',
      ...mail,
      attachments: [{ filename: reportFileName(month), contentType: 'application/pdf', content: blob.body }],
    });
  } catch (err) {
    await db.update(monthlyReports).set({ emailedAt: null }).where(eq(monthlyReports.id, report.id));
    throw err;
  }
  return { reportId: report.id, generated, emailed: true };
}
