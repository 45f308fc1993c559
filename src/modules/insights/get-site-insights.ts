import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { listSiteStates } from '@/modules/host/list-site-states';
import { getPerformanceSummary, type PerformanceSummary } from './get-performance-summary';
import { getTrafficSummary, type TrafficSummary } from './get-traffic-summary';
import { listPinnedPages } from './list-pinned-pages';
import type { PinnedPage } from './pin-performance-page';
import { getUptimeSummary, type UptimeSummary } from './get-uptime-summary';
import { monthRange } from './month-range';

export type SiteInsights = {
  month: { from: Date; to: Date };
  isLive: boolean;
  uptime: UptimeSummary | undefined;
  traffic: TrafficSummary | undefined;
  performance: PerformanceSummary | undefined;
  pinned: { pages: PinnedPage[]; limit: number | null };
};

/**
 * One site's monitoring for its insights page, this month: whether it is live, the uptime,
 * traffic and performance readers' entries for it, and the pages it pinned for speed tests. Read as the caller (RLS): a site that is not theirs reads
 * as not live with no data — the page answers 404 before asking, through getProject.
 */
export async function getSiteInsights(claims: VerifiedClaims, input: { projectId: string; now?: Date }): Promise<SiteInsights> {
  const now = input.now ?? new Date();
  const month = monthRange(now);
  const range = { projectIds: [input.projectId], ...month, now };
  const [states, uptime, traffic, performance, pinned] = await Promise.all([
    withRls(claims, (tx) => listSiteStates(tx, { projectIds: [input.projectId] })),
    withRls(claims, (tx) => getUptimeSummary(tx, range)),
    withRls(claims, (tx) => getTrafficSummary(tx, range)),
    withRls(claims, (tx) => getPerformanceSummary(tx, range)),
    withRls(claims, (tx) => listPinnedPages(tx, input.projectId)),
  ]);
  return {
    month,
    isLive: states.get(input.projectId)?.isPublished ?? false,
    uptime: uptime.get(input.projectId),
    traffic: traffic.get(input.projectId),
    performance: performance.get(input.projectId),
    pinned,
  };
}
