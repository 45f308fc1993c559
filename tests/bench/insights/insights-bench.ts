/**
 * bench:insights — issue 18's three numbers, each against a baseline measured in the same run:
 * the serving path's throughput with traffic analytics on vs off (goal ≥ 0.95), the dashboard
 * home's server time with 50 sites × 90 days of data vs 1 site (p95), and one client's monthly
 * report rendering time, a busy month vs an empty one. Prints; asserts nothing.
 */
import { dashboardSummary, runDashboardBench, type DashboardBenchResult } from './dashboard-bench';
import { reportBenchSummary, runReportBench, type ReportBenchResult } from './report-bench';
import { runTrafficBench, type TrafficBenchResult } from './traffic-bench';

export type InsightsBenchResult = { traffic: TrafficBenchResult; dashboard: DashboardBenchResult; report: ReportBenchResult };

export async function runInsightsBench(): Promise<InsightsBenchResult> {
  const traffic = await runTrafficBench();
  const dashboard = await runDashboardBench();
  const report = await runReportBench();
  return { traffic, dashboard, report };
}

export function insightsSummary({ traffic, dashboard, report }: InsightsBenchResult): string[] {
  return [
    `insights   traffic analytics on/off ${traffic.on.medianRps.toFixed(0)}/${traffic.off.medianRps.toFixed(0)} req/s → ${traffic.ratio.toFixed(3)} ` +
      `(goal ≥ 0.95: ${traffic.ratio >= 0.95 ? 'met' : 'not met'}); CPU/request ${traffic.on.medianCpuUsPerRequest.toFixed(1)} vs ` +
      `${traffic.off.medianCpuUsPerRequest.toFixed(1)} µs; ${traffic.counted} requests counted (${traffic.database})`,
    ...dashboardSummary(dashboard),
    ...reportBenchSummary(report)
      .split('\n')
      .map((line) => `           ${line.trim()}`),
  ];
}
