import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { getSiteTraffic, type SiteTraffic, type SiteTrafficInput } from '@/modules/host/get-site-traffic';

export type TrafficSummary = SiteTraffic;
export type TrafficSummaryInput = SiteTrafficInput;
export type { TrafficByClass, TrafficDay } from '@/modules/host/get-site-traffic';

/**
 * Traffic of each site over [from, to) (UTC days): totals, every day, top pages and countries;
 * "visits" are successful HTML page views. The counters are the host module's (the serving path
 * writes them), so this asks host rather than reading its tables. `tx` decides who is asking: an
 * RLS-bound transaction for a client's request (other clients' sites come back as zeros), the
 * privileged connection for jobs and the admin overview. One query per kind for all the sites.
 */
export function getTrafficSummary(tx: Tx | Db, input: TrafficSummaryInput): Promise<Map<string, TrafficSummary>> {
  return getSiteTraffic(tx, input);
}
