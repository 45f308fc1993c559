import type { ReportData } from '@/modules/reports/report-data';
import { daysOfMonth, reportMonthBounds, type ReportMonth } from '@/modules/reports/report-month';

/**
 * A client's month as the report sees it, made up for the bench (and for looking at the layout):
 * `full` is a busy client (3 sites, every day of traffic, 4 performance runs a day, incidents,
 * tickets, usage); `empty` is a client whose month measured nothing — the baseline. `seed` varies
 * the figures so no two clients render the same document.
 */
export function sampleReportData(
  kind: 'full' | 'empty',
  seed = 1,
  month: ReportMonth = '2026-11-01',
  locale: 'en' | 'pt-BR' = 'en',
): ReportData {
  const timeZone = 'America/Sao_Paulo';
  const { from, to } = reportMonthBounds(month, timeZone);
  const days = daysOfMonth(month);
  const rnd = mulberry32(seed);
  const sites = [
    { id: `s1-${seed}`, name: 'Padaria Lisboa', slug: 'padaria' },
    { id: `s2-${seed}`, name: 'Porto Shop', slug: 'porto' },
    { id: `s3-${seed}`, name: 'Café Central', slug: 'cafe' },
  ];
  const base = {
    month,
    timeZone,
    from,
    to,
    client: { id: `client-${seed}`, name: `Client ${seed}`, email: `client-${seed}@example.com`, locale, tier: 'pro' as const },
    tickets: { opened: 0, averageFirstResponseMinutes: null, withinSlaRatio: null },
    usage: [
      { metric: 'page_generate' as const, used: 0, included: 1000 },
      { metric: 'ai_token' as const, used: 0, included: 10_000_000 },
      { metric: 'container_hours' as const, used: 0, included: 7440 },
      { metric: 'storage_gb' as const, used: 0, included: 100 },
    ],
    invoice: { source: 'estimate' as const, totalCents: 89_700, currency: 'brl', planCents: 89_700, overageCents: 0 },
    nfse: [],
  };
  if (kind === 'empty') {
    return {
      ...base,
      sites: sites.slice(0, 1),
      leads: {
        total: 0,
        contacts: 0,
        signUps: 0,
        days: days.map((day) => ({ day, count: 0 })),
        bySite: [{ name: sites[0]!.name, count: 0 }],
      },
      traffic: null,
      performance: null,
      uptime: null,
    };
  }
  const trafficDays = days.map((day) => {
    const visits = Math.round(200 + rnd() * 800);
    return { day, visits, requests: visits * 6 };
  });
  const visits = trafficDays.reduce((s, d) => s + d.visits, 0);
  const leadDays = days.map((day) => ({ day, count: Math.floor(rnd() * 4) }));
  const leads = leadDays.reduce((s, d) => s + d.count, 0);
  const span = to.getTime() - from.getTime();
  return {
    ...base,
    sites,
    leads: {
      total: leads,
      contacts: leads - Math.floor(leads / 4),
      signUps: Math.floor(leads / 4),
      days: leadDays,
      bySite: sites.map((s, i) => ({ name: s.name, count: Math.floor(leads / 3) + (i === 0 ? leads % 3 : 0) })),
    },
    traffic: {
      totals: {
        requests: visits * 6,
        visits,
        bytes: visits * 1_450_000,
        peakRps: 12.4,
        byClass: { '2xx': visits * 5, '3xx': Math.round(visits * 0.6), '4xx': Math.round(visits * 0.35), '5xx': 12 },
      },
      days: trafficDays,
      topPages: ['/', '/menu', '/contact', '/about', '/blog/sourdough'].map((path, i) => ({
        site: sites[0]!.name,
        path,
        requests: Math.round(visits / (i + 1.5)),
      })),
      countries: ['BR', 'PT', 'US', 'unknown', 'DE'].map((country, i) => ({ country, requests: Math.round(visits / (i + 1.2)) })),
    },
    performance: sites.map((s, i) => {
      const runs = Array.from({ length: 120 }, (_, j) => ({
        measuredAt: new Date(from.getTime() + (j / 120) * span),
        performance: Math.max(20, Math.min(100, Math.round(70 + i * 8 + Math.sin(j / 9 + i) * 12 + rnd() * 6))),
      }));
      const last = runs[runs.length - 1]!.performance;
      return {
        siteId: s.id,
        name: s.name,
        grade: last >= 95 ? 'A+' : last >= 90 ? 'A' : last >= 75 ? 'B' : 'C',
        scores: { performance: last, accessibility: 96, bestPractices: 100, seo: 92 },
        lcpMs: 1800 + i * 400,
        cls: 0.02 * (i + 1),
        tbtMs: 120 + i * 60,
        trend: (['up', 'flat', 'down'] as const)[i]!,
        runs,
      };
    }),
    uptime: sites.map((s, i) => ({
      siteId: s.id,
      name: s.name,
      uptimePercent: i === 1 ? 99.87 : 100,
      checks: 8640,
      incidents:
        i === 1
          ? [
              {
                host: 'porto.pagemagic.site',
                openedAt: new Date(from.getTime() + 9 * 86_400_000 + 3_600_000 * 3),
                resolvedAt: new Date(from.getTime() + 9 * 86_400_000 + 3_600_000 * 3 + 35 * 60_000),
                durationMs: 35 * 60_000,
                cause: 'http_status',
                statusCode: 502,
              },
              {
                host: 'porto.com.br',
                openedAt: new Date(from.getTime() + 20 * 86_400_000),
                resolvedAt: new Date(from.getTime() + 20 * 86_400_000 + 2 * 3_600_000 + 5 * 60_000),
                durationMs: (2 * 60 + 5) * 60_000,
                cause: 'timeout',
                statusCode: null,
              },
            ]
          : [],
    })),
    tickets: { opened: 4, averageFirstResponseMinutes: 95, withinSlaRatio: 0.75 },
    usage: [
      { metric: 'page_generate', used: 14, included: 1000 },
      { metric: 'ai_token', used: 1_234_567, included: 10_000_000 },
      { metric: 'container_hours', used: 2160, included: 7440 },
      { metric: 'storage_gb', used: 3.4, included: 100 },
    ],
  };
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
