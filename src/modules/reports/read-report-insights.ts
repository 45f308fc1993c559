import type { Tx } from '@/lib/db/with-rls';
import { getPerformanceSummary } from '@/modules/insights/get-performance-summary';
import { getTrafficSummary } from '@/modules/insights/get-traffic-summary';
import { getUptimeSummary } from '@/modules/insights/get-uptime-summary';
import type { ReportPerformanceSite, ReportSite, ReportTraffic, ReportUptimeSite } from './report-data';
import { daysOfMonth, type ReportMonth } from './report-month';

export type ReportInsights = {
  traffic: ReportTraffic | null;
  performance: ReportPerformanceSite[] | null;
  uptime: ReportUptimeSite[] | null;
};

/**
 * The month's monitoring figures of these sites, from the insights module's readers (one query per
 * kind for all the sites). Traffic and uptime are counted per UTC day by their owners, so they are
 * asked for the month's UTC days (the calendar month; the few hours between UTC and the agency's
 * midnight are the only difference). A kind with nothing measured in the month is `null`, and the
 * report says plainly that no data was collected for it — never a zero that looks measured.
 * Performance runs are instants, so they are asked for the month itself (agency time zone); the
 * trend chart is the home page's performance score over the month's runs.
 */
export async function readReportInsights(
  tx: Tx,
  input: { sites: readonly ReportSite[]; month: ReportMonth; from: Date; to: Date },
): Promise<ReportInsights> {
  if (input.sites.length === 0) return { traffic: null, performance: null, uptime: null };
  const projectIds = input.sites.map((s) => s.id);
  const [year, mon] = input.month.split('-').map(Number) as [number, number];
  const utc = { from: new Date(Date.UTC(year, mon - 1, 1)), to: new Date(Date.UTC(year, mon, 1)) };
  const traffic = await getTrafficSummary(tx, { projectIds, ...utc });
  const uptime = await getUptimeSummary(tx, { projectIds, ...utc });
  const performance = await getPerformanceSummary(tx, { projectIds, from: input.from, to: input.to });
  return {
    traffic: reportTraffic(input.sites, input.month, traffic),
    performance: reportPerformance(input.sites, performance),
    uptime: reportUptime(input.sites, uptime),
  };
}

type PerformanceMap = Awaited<ReturnType<typeof getPerformanceSummary>>;

function reportPerformance(sites: readonly ReportSite[], bySite: PerformanceMap): ReportPerformanceSite[] | null {
  const rows = sites.map((site) => {
    const p = bySite.get(site.id);
    const latest = p?.latest ?? null;
    return {
      siteId: site.id,
      name: site.name,
      grade: latest?.grade ?? null,
      scores: latest ? latest.scores : null,
      lcpMs: latest?.lcpMs ?? null,
      cls: latest?.cls ?? null,
      tbtMs: latest?.tbtMs ?? null,
      trend: p?.trend ?? null,
      runs: (p?.runs ?? [])
        .filter((r) => r.path === '/' && r.scores.performance !== null)
        .map((r) => ({ measuredAt: r.measuredAt, performance: r.scores.performance! })),
    };
  });
  return rows.some((r) => r.runs.length > 0) ? rows : null;
}

type TrafficMap = Awaited<ReturnType<typeof getTrafficSummary>>;
type UptimeMap = Awaited<ReturnType<typeof getUptimeSummary>>;

function reportTraffic(sites: readonly ReportSite[], month: ReportMonth, bySite: TrafficMap): ReportTraffic | null {
  const days = new Map(daysOfMonth(month).map((day) => [day, { day, visits: 0, requests: 0 }]));
  const totals: ReportTraffic['totals'] = {
    requests: 0,
    visits: 0,
    bytes: 0,
    peakRps: 0,
    byClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
  };
  const pages: ReportTraffic['topPages'] = [];
  const countries = new Map<string, number>();
  for (const site of sites) {
    const t = bySite.get(site.id);
    if (!t) continue;
    for (const d of t.days) {
      const day = days.get(d.day);
      if (!day) continue;
      day.visits += d.visits;
      day.requests += d.requests;
      totals.requests += d.requests;
      totals.visits += d.visits;
      totals.bytes += d.bytes;
      totals.peakRps = Math.max(totals.peakRps, d.peakRps);
      for (const cls of ['2xx', '3xx', '4xx', '5xx'] as const) totals.byClass[cls] += d.byClass[cls];
    }
    for (const p of t.topPages) pages.push({ site: site.name, path: p.path, requests: p.requests });
    for (const c of t.countries) countries.set(c.country, (countries.get(c.country) ?? 0) + c.requests);
  }
  if (totals.requests === 0) return null;
  return {
    totals,
    days: [...days.values()],
    topPages: pages.sort((a, b) => b.requests - a.requests).slice(0, 10),
    countries: [...countries]
      .map(([country, requests]) => ({ country, requests }))
      .sort((a, b) => b.requests - a.requests)
      .slice(0, 10),
  };
}

function reportUptime(sites: readonly ReportSite[], bySite: UptimeMap): ReportUptimeSite[] | null {
  const rows = sites.map((site) => {
    const u = bySite.get(site.id);
    return {
      siteId: site.id,
      name: site.name,
      uptimePercent: u?.uptimePercent ?? null,
      checks: u?.checks ?? 0,
      incidents: (u?.incidents ?? [])
        .map((i) => ({
          host: i.host,
          openedAt: i.openedAt,
          resolvedAt: i.resolvedAt,
          durationMs: i.durationMs,
          cause: i.cause,
          statusCode: i.statusCode,
        }))
        .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime()),
    };
  });
  return rows.some((r) => r.checks > 0 || r.incidents.length > 0) ? rows : null;
}
