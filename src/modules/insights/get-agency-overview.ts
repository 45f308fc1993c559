import type { VerifiedClaims } from '@/lib/claims';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getAnalyzerFunnel, type FunnelWeek } from '@/modules/analyzer/get-analyzer-funnel';
import { leadFunnelSource } from './lead-funnel-source';
import { getAgencyBilling } from '@/modules/billing/get-agency-billing';
import { listSiteStates, type SiteState } from '@/modules/host/list-site-states';
import { listProjectsOwnedBy } from '@/modules/projects/list-projects-owned-by';
import { listSlaBreaches } from '@/modules/tickets/list-sla-breaches';
import { defaultMonitoringReaders } from './default-monitoring-readers';
import type { MonitoringReaders, PerformanceView, UptimeView } from './monitoring-readers';
import { monthRange } from './month-range';

export type ClientRef = { id: string; email: string; displayName: string | null };
type SiteRef = { projectId: string; projectName: string; slug: string; client: ClientRef };

export type AgencyOverview = {
  month: { from: Date; to: Date };
  /** Published sites now: answering, not answering, not checked yet. */
  sites: { published: number; up: number; down: number; unknown: number };
  /** Incidents still open, oldest first (each is a site that is down now). */
  openIncidents: Array<SiteRef & { incidentId: string; host: string; openedAt: Date; cause: string }>;
  /** First-response SLAs breached this month, per client (most first), and in all. */
  slaBreaches: { count: number; byClient: Array<{ client: ClientRef; count: number; lastAt: Date }> };
  revenue: { mrrCents: number; currency: 'BRL'; payingClients: number };
  pastDue: Array<{ client: ClientRef; status: string }>;
  /** Live sites whose latest performance run dropped (a score by ≥ 10 points or a Core Web Vital to poor). */
  performanceDrops: Array<SiteRef & { grade: string | null; previousGrade: string | null; measuredAt: Date }>;
  funnel: FunnelWeek[];
};

const FUNNEL_WEEKS = 8;

/**
 * The agency's overview across all clients, for admins: sites live/down now and open incidents,
 * SLA breaches this month, MRR and past-due clients (billing), clients whose performance dropped,
 * and the analyzer's funnel. getAgencyBilling refuses anyone but an active admin (404) before
 * anything else is read.
 */
export async function getAgencyOverview(
  claims: VerifiedClaims,
  options: { now?: Date; readers?: MonitoringReaders } = {},
): Promise<AgencyOverview> {
  const now = options.now ?? new Date();
  const readers = options.readers ?? defaultMonitoringReaders;
  const month = monthRange(now);
  const billing = await getAgencyBilling(claims, now);
  const clientOf = new Map(billing.rows.map((r) => [r.id, { id: r.id, email: r.email, displayName: r.displayName }]));
  const [projects, breaches, funnel] = await Promise.all([
    listProjectsOwnedBy(claims, [...clientOf.keys()]),
    listSlaBreaches(claims, month),
    getAnalyzerFunnel(claims, { weeks: FUNNEL_WEEKS, now, leads: leadFunnelSource }),
  ]);
  const projectIds = projects.map((p) => p.id);
  // Privileged: the monitoring tables show a signed-in person only their own sites, and this
  // overview is every client's. The caller was checked to be an active admin just above.
  const db = await unsafeSystemDb("the agency overview reads every client's site monitoring, for an admin checked above");
  const range = { projectIds, ...month, now };
  const [states, uptime, performance] = projectIds.length
    ? await Promise.all([listSiteStates(db, { projectIds }), readers.uptime(db, range), readers.performance(db, range)])
    : [new Map<string, SiteState>(), new Map<string, UptimeView>(), new Map<string, PerformanceView>()];

  const sites = { published: 0, up: 0, down: 0, unknown: 0 };
  const openIncidents: AgencyOverview['openIncidents'] = [];
  const performanceDrops: AgencyOverview['performanceDrops'] = [];
  for (const project of projects) {
    if (!states.get(project.id)?.isPublished) continue;
    const ref = { projectId: project.id, projectName: project.name, slug: project.slug, client: clientOf.get(project.ownerId)! };
    const up = uptime.get(project.id);
    sites.published++;
    sites[up?.status ?? 'unknown']++;
    for (const incident of up?.incidents ?? []) {
      if (incident.resolvedAt !== null) continue;
      openIncidents.push({ ...ref, incidentId: incident.id, host: incident.host, openedAt: incident.openedAt, cause: incident.cause });
    }
    const perf = performance.get(project.id);
    if (perf?.dropped && perf.latest) {
      performanceDrops.push({
        ...ref,
        grade: perf.latest.grade,
        previousGrade: perf.previous?.grade ?? null,
        measuredAt: perf.latest.measuredAt,
      });
    }
  }
  openIncidents.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  performanceDrops.sort((a, b) => b.measuredAt.getTime() - a.measuredAt.getTime());

  const perClient = new Map<string, { count: number; lastAt: Date }>();
  for (const breach of breaches) {
    if (!clientOf.has(breach.ownerId)) continue;
    const seen = perClient.get(breach.ownerId);
    perClient.set(breach.ownerId, {
      count: (seen?.count ?? 0) + 1,
      lastAt: seen && seen.lastAt > breach.breachedAt ? seen.lastAt : breach.breachedAt,
    });
  }

  return {
    month,
    sites,
    openIncidents,
    slaBreaches: {
      count: breaches.length,
      byClient: [...perClient.entries()]
        .map(([id, v]) => ({ client: clientOf.get(id)!, ...v }))
        .sort((a, b) => b.count - a.count || b.lastAt.getTime() - a.lastAt.getTime()),
    },
    revenue: {
      mrrCents: billing.totalMrrCents,
      currency: billing.currency,
      payingClients: billing.rows.filter((r) => r.mrrCents > 0).length,
    },
    pastDue: billing.pastDue.map((r) => ({ client: clientOf.get(r.id)!, status: r.subscriptionStatus })),
    performanceDrops,
    funnel,
  };
}
