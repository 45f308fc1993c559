import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';

/**
 * What the dashboard home and the agency overview need from the three monitoring readers
 * (get-uptime-summary.ts, get-traffic-summary.ts, get-performance-summary.ts): the parts of their
 * summaries they show. The readers' own result types are wider and fit these.
 */
export type UptimeView = {
  status: 'up' | 'down' | 'unknown';
  uptimePercent: number | null;
  incidents: Array<{ id: string; host: string; openedAt: Date; resolvedAt: Date | null; cause: string }>;
};
export type TrafficView = { totals: { visits: number; requests: number } };
export type PerformanceView = {
  latest: { grade: string | null; measuredAt: Date; scores: { performance: number | null } } | null;
  previous: { grade: string | null; scores: { performance: number | null } } | null;
  trend: 'up' | 'down' | 'flat' | null;
  dropped: boolean;
  /** The home page's last attempt's error key when it failed (performance-status.ts). */
  lastError?: string | null;
};

/** `now`: the moment "down now" is judged at (the uptime reader's status); the request's time by default. */
export type ReaderInput = { projectIds: string[]; from: Date; to: Date; now?: Date };
type Reader<T> = (tx: Tx | Db, input: ReaderInput) => Promise<Map<string, T>>;

export type MonitoringReaders = {
  uptime: Reader<UptimeView>;
  traffic: Reader<TrafficView>;
  performance: Reader<PerformanceView>;
};
