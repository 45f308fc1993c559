import { defineCronJob } from '@/lib/jobs/define-job';
import { unsafeListDueReports } from '@/modules/reports/unsafe-list-due-reports';

/**
 * Monthly reports: on the 1st of each month in the agency's time zone (its support settings, which
 * an admin can change — so the job wakes hourly and the module decides which month is due there,
 * rather than a cron string fixing one zone), every client gets last month's PDF by email, one
 * step per client. Reruns and retries are safe: a report is rendered once per client and month and
 * mailed at most once (see unsafeDeliverMonthlyReport). A server that was down on the 1st catches
 * up on its next hourly run. One run at a time.
 *
 * The delivery (and with it @react-pdf/renderer) is imported when a report is due, not with the job
 * list: scripts that load every job under tsx (the serve and domains benches) cannot require
 * react-pdf's ESM-only packages.
 */
export const sendMonthlyReportsJob = defineCronJob({ id: 'send-monthly-reports', cron: '17 * * * *', concurrency: 1 }, async ({ step }) => {
  const due = await step.run('due', () => unsafeListDueReports());
  let emailed = 0;
  for (const ownerId of due.ownerIds) {
    const outcome = await step.run(`report-${due.month}-${ownerId}`, async () => {
      const { unsafeDeliverMonthlyReport } = await import('@/modules/reports/unsafe-deliver-monthly-report');
      return unsafeDeliverMonthlyReport({ ownerId, month: due.month });
    });
    if (outcome.emailed) emailed++;
  }
  return { month: due.month, clients: due.ownerIds.length, emailed };
});
