import type { MonitoringReaders } from './monitoring-readers';

const none = async () => new Map<string, never>();

/**
 * The monitoring readers the dashboard home and the agency overview use. Until a reader has
 * landed, its sites read as "no data yet" (the UI says when the first data will arrive).
 */
export const defaultMonitoringReaders: MonitoringReaders = { uptime: none, traffic: none, performance: none };
