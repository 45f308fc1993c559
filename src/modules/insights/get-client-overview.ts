import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { getBillingProfile } from '@/modules/billing/get-billing-profile';
import { listDomains } from '@/modules/domains/list-domains';
import { countLeadsByProject } from '@/modules/host/count-leads';
import { listSiteStates } from '@/modules/host/list-site-states';
import { listProjects } from '@/modules/projects/list-projects';
import { countMyOpenTickets } from '@/modules/tickets/count-my-open-tickets';
import { rankAttention, siteStatus, type AttentionItem, type SiteStatus } from './attention';
import { defaultMonitoringReaders } from './default-monitoring-readers';
import type { MonitoringReaders, PerformanceView, TrafficView, UptimeView } from './monitoring-readers';
import { monthRange } from './month-range';
import { areSitesMeasurable } from './are-sites-measurable';
import { performanceStatusOf, type PerformanceStatus } from './performance-status';

export type SiteOverview = {
  id: string;
  name: string;
  slug: string;
  role: 'owner' | 'editor' | 'viewer';
  createdAt: Date;
  status: SiteStatus;
  /** This month's uptime (0–100) from the checks; null before the first check. */
  uptimePercent: number | null;
  /** The latest performance grade (A+…F) and whether it went up or down since the run before; null before the first run. */
  grade: string | null;
  trend: PerformanceView['trend'];
  /** Where its performance testing stands (the Insights panel says the same, performance-status.ts). */
  performance: PerformanceStatus;
  visits: number;
  leads: number;
};

export type ClientOverview = {
  month: { from: Date; to: Date };
  sites: SiteOverview[];
  /** Most urgent first (see attention.ts). */
  attention: AttentionItem[];
  totals: { visits: number; leads: number; openTickets: number };
};

/**
 * The dashboard home of the signed-in person (or the client an admin is acting as): each of
 * their sites with status, uptime and visits this month, performance grade and trend, leads this
 * month, and what needs their attention first. Everything is read as the caller (RLS) and only
 * for the projects they are a member of; the monitoring readers are batched (one query per kind
 * for all the sites), so the cost grows with the data, not with round trips per site.
 */
export async function getClientOverview(
  claims: VerifiedClaims,
  options: { now?: Date; readers?: MonitoringReaders } = {},
): Promise<ClientOverview> {
  const now = options.now ?? new Date();
  const readers = options.readers ?? defaultMonitoringReaders;
  const month = monthRange(now);
  const projects = await listProjects(claims);
  const projectIds = projects.map((p) => p.id);
  const range = { projectIds, ...month, now };
  // Each read in a transaction of its own, side by side: one slow reader does not queue the others.
  const [states, leads, uptime, traffic, performance, domains, profile, tickets] = await Promise.all([
    withRls(claims, (tx) => listSiteStates(tx, { projectIds })),
    withRls(claims, (tx) => countLeadsByProject(tx, range)),
    projectIds.length ? withRls(claims, (tx) => readers.uptime(tx, range)) : new Map<string, UptimeView>(),
    projectIds.length ? withRls(claims, (tx) => readers.traffic(tx, range)) : new Map<string, TrafficView>(),
    projectIds.length ? withRls(claims, (tx) => readers.performance(tx, range)) : new Map<string, PerformanceView>(),
    // Domains are the owner's to fix: their own, not those of sites shared with them.
    listDomains(claims, { ownerId: claims.sub }),
    getBillingProfile(claims),
    countMyOpenTickets(claims),
  ]);

  const attention: AttentionItem[] = [];
  const nameOf = new Map(projects.map((p) => [p.id, p.name]));
  const insightsHref = (id: string) => `/dashboard/projects/${id}/insights`;
  const withProblem = new Set<string>();
  for (const domain of domains) {
    if (domain.status !== 'needs_attention' || !nameOf.has(domain.projectId)) continue;
    withProblem.add(domain.projectId);
    attention.push({
      kind: 'domain_problem',
      since: domain.failingSince,
      projectId: domain.projectId,
      projectName: nameOf.get(domain.projectId) ?? null,
      subject: domain.displayName,
      href: '/dashboard/domains',
    });
  }
  if (profile.subscriptionStatus === 'past_due' || profile.subscriptionStatus === 'unpaid') {
    attention.push({ kind: 'past_due', since: null, projectId: null, projectName: null, subject: null, href: '/dashboard/billing' });
  }
  if (tickets.waitingForClient > 0) {
    attention.push({
      kind: 'ticket_waiting',
      since: tickets.oldestWaitingSince,
      projectId: null,
      projectName: null,
      subject: null,
      count: tickets.waitingForClient,
      href: '/dashboard/tickets',
    });
  }

  const isMeasurable = areSitesMeasurable();
  const sites = projects.map((project): SiteOverview => {
    const state = states.get(project.id);
    const isPublished = state?.isPublished ?? false;
    const up = uptime.get(project.id);
    const perf = performance.get(project.id);
    const base = { projectId: project.id, projectName: project.name };
    const isDown = isPublished && up?.status === 'down';
    if (isDown) {
      const open = up.incidents.filter((i) => i.resolvedAt === null).sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())[0];
      attention.push({
        kind: 'site_down',
        since: open?.openedAt ?? null,
        ...base,
        subject: open?.host ?? null,
        href: insightsHref(project.id),
      });
    }
    if (isPublished && perf?.dropped && perf.latest) {
      withProblem.add(project.id);
      attention.push({
        kind: 'performance_drop',
        since: perf.latest.measuredAt,
        ...base,
        subject: perf.latest.grade,
        href: insightsHref(project.id),
      });
    }
    if (state?.lastDeployment?.status === 'failed') {
      withProblem.add(project.id);
      attention.push({
        kind: 'publish_failed',
        since: state.lastDeployment.createdAt,
        ...base,
        subject: null,
        href: `/dashboard/projects/${project.id}`,
      });
    }
    return {
      id: project.id,
      name: project.name,
      slug: project.slug,
      role: project.role,
      createdAt: project.createdAt,
      status: siteStatus({ isPublished, isDown, hasProblem: withProblem.has(project.id) }),
      uptimePercent: up?.uptimePercent ?? null,
      grade: perf?.latest?.grade ?? null,
      trend: perf?.trend ?? null,
      performance: performanceStatusOf({
        isLive: isPublished,
        areSitesMeasurable: isMeasurable,
        grade: perf?.latest?.grade,
        lastError: perf?.lastError,
      }),
      visits: traffic.get(project.id)?.totals.visits ?? 0,
      leads: leads.get(project.id) ?? 0,
    };
  });

  return {
    month,
    sites,
    attention: rankAttention(attention),
    totals: {
      visits: sites.reduce((sum, s) => sum + s.visits, 0),
      leads: sites.reduce((sum, s) => sum + s.leads, 0),
      openTickets: tickets.open,
    },
  };
}
