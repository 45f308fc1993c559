import { getTrafficSummary } from './get-traffic-summary';
import { getUptimeSummary } from './get-uptime-summary';
import type { MonitoringReaders } from './monitoring-readers';

const none = async () => new Map<string, never>();

/**
 * The monitoring readers the dashboard home and the agency overview use (the contract's
 * get-*-summary.ts). Until a reader has landed, its sites read as "no data yet" (the UI says when
 * the first data will arrive).
 */
export const defaultMonitoringReaders: MonitoringReaders = { uptime: getUptimeSummary, traffic: getTrafficSummary, performance: none };
