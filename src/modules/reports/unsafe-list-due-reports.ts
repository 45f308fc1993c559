import { and, eq, isNotNull } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { listClientAccounts } from '@/modules/accounts/list-client-accounts';
import { listProjectOwnerIds } from '@/modules/projects/list-project-owner-ids';
import { getAgencyTimeZone } from '@/modules/tickets/get-agency-time-zone';
import { previousReportMonth, reportMonthBounds, type ReportMonth } from './report-month';
import { monthlyReports } from './schema';

/**
 * Which clients still wait for last month's report at `now`: "last month" is counted in the
 * agency's time zone, so on the 1st at 00:00 there the month that just ended becomes due. A client
 * is due when they are an active client who had a site before the month ended and whose report
 * for it has not been mailed yet. The job runs hourly, so a day the server was down is caught up
 * on the next run; the mail itself is once-only (unsafeDeliverMonthlyReport).
 * Privileged connection: a cron job has no session and looks at every client.
 */
export async function unsafeListDueReports(now = new Date()): Promise<{ month: ReportMonth; ownerIds: string[] }> {
  const db = await unsafeSystemDb('the monthly report job lists every client that still waits for a report');
  const timeZone = await getAgencyTimeZone(db);
  const month = previousReportMonth(now, timeZone);
  const { to } = reportMonthBounds(month, timeZone);
  const owners = await listProjectOwnerIds(db, { createdBefore: to });
  const clients = await listClientAccounts(db, { ids: owners, createdBefore: to });
  const sent = await db
    .select({ ownerId: monthlyReports.ownerId })
    .from(monthlyReports)
    .where(and(eq(monthlyReports.month, month), isNotNull(monthlyReports.emailedAt)));
  const done = new Set(sent.map((row) => row.ownerId));
  return { month, ownerIds: clients.map((c) => c.id).filter((id) => !done.has(id)) };
}
