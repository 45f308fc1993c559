import { getPerformanceSummary } from './get-performance-summary';
import { getTrafficSummary } from './get-traffic-summary';
import { getUptimeSummary } from './get-uptime-summary';
import type { MonitoringReaders } from './monitoring-readers';

/**
 * The monitoring readers the dashboard home and the agency overview use: the contract's
 * get-*-summary.ts readers. Tests and benches may pass others.
 */
export const defaultMonitoringReaders: MonitoringReaders = {
  uptime: getUptimeSummary,
  traffic: getTrafficSummary,
  performance: getPerformanceSummary,
};
