import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, CardTitle } from '@/lib/ui/card';
import { AnalyzerFunnelChart } from '@/modules/analyzer/ui/analyzer-funnel-chart';
import type { AgencyOverview, ClientRef } from '../get-agency-overview';

/**
 * The agency overview at the top of /admin: the figures first (sites live and down, open
 * incidents, SLA breaches this month, MRR, payments past due), then who is behind each problem,
 * each linking to the client's page and to acting as the client (the reason is asked there, and
 * the session is audited), then the analyzer's funnel.
 */
export async function AgencyOverviewPanel({ overview, now }: { overview: AgencyOverview; now: Date }) {
  const [t, format] = await Promise.all([getTranslations('agencyOverview'), getFormatter()]);
  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency: overview.revenue.currency });
  const figures = [
    { key: 'live', label: t('sitesLive'), value: format.number(overview.sites.up), tone: '' },
    { key: 'down', label: t('sitesDown'), value: format.number(overview.sites.down), tone: overview.sites.down ? 'text-red-700' : '' },
    {
      key: 'incidents',
      label: t('openIncidents'),
      value: format.number(overview.openIncidents.length),
      tone: overview.openIncidents.length ? 'text-red-700' : '',
    },
    {
      key: 'breaches',
      label: t('slaBreaches'),
      value: format.number(overview.slaBreaches.count),
      tone: overview.slaBreaches.count ? 'text-amber-800' : '',
    },
    { key: 'mrr', label: t('mrr'), value: money(overview.revenue.mrrCents), tone: '' },
    {
      key: 'past-due',
      label: t('pastDue'),
      value: format.number(overview.pastDue.length),
      tone: overview.pastDue.length ? 'text-amber-800' : '',
    },
  ];
  return (
    <div className="space-y-4" data-testid="agency-overview">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {figures.map((f) => (
          <div key={f.key} className="min-w-0 rounded-xl border border-gray-200 bg-white px-3 py-2">
            <dt className="text-xs break-words text-muted">{f.label}</dt>
            <dd className={`truncate text-xl font-bold tabular-nums ${f.tone}`} data-testid={`overview-${f.key}`}>
              {f.value}
            </dd>
          </div>
        ))}
      </dl>
      {overview.sites.unknown > 0 ? <p className="text-sm text-muted">{t('notCheckedYet', { count: overview.sites.unknown })}</p> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <ListCard id="overview-incidents" title={t('incidentsTitle')} empty={t('incidentsEmpty')}>
          {overview.openIncidents.map((i) => (
            <Row key={i.incidentId} id={`incident-${i.incidentId}`} client={i.client} t={t}>
              {t('incidentLine', { site: i.projectName, host: i.host, when: format.relativeTime(i.openedAt, now) })}
            </Row>
          ))}
        </ListCard>
        <ListCard id="overview-drops" title={t('dropsTitle')} empty={t('dropsEmpty')}>
          {overview.performanceDrops.map((d) => (
            <Row key={d.projectId} id={`drop-${d.projectId}`} client={d.client} t={t}>
              {t('dropLine', { site: d.projectName, grade: d.grade ?? '—', previous: d.previousGrade ?? '—' })}
            </Row>
          ))}
        </ListCard>
        <ListCard id="overview-past-due" title={t('pastDueTitle')} empty={t('pastDueEmpty')}>
          {overview.pastDue.map((p) => (
            <Row key={p.client.id} id={`past-due-${p.client.id}`} client={p.client} t={t}>
              {t('pastDueLine', { status: p.status })}
            </Row>
          ))}
        </ListCard>
        <ListCard id="overview-breaches" title={t('breachesTitle')} empty={t('breachesEmpty')}>
          {overview.slaBreaches.byClient.map((b) => (
            <Row key={b.client.id} id={`breach-${b.client.id}`} client={b.client} t={t}>
              {t('breachLine', { count: b.count, when: format.relativeTime(b.lastAt, now) })}
            </Row>
          ))}
        </ListCard>
      </div>
      <Card className="space-y-3">
        <CardTitle>{t('funnelTitle', { weeks: overview.funnel.length })}</CardTitle>
        <AnalyzerFunnelChart weeks={overview.funnel} />
        <Link
          href="/admin/analyzer"
          className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          {t('funnelMore')}
        </Link>
      </Card>
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'agencyOverview'>>>;

function ListCard({ id, title, empty, children }: { id: string; title: string; empty: string; children: React.ReactNode[] }) {
  return (
    <Card className="min-w-0">
      <section aria-labelledby={id} className="space-y-2">
        <CardTitle id={id} as="h3" className="text-base">
          {title}
        </CardTitle>
        {children.length === 0 ? <p className="text-sm text-muted">{empty}</p> : <ul className="divide-y divide-gray-100">{children}</ul>}
      </section>
    </Card>
  );
}

function Row({ id, client, t, children }: { id: string; client: ClientRef; t: T; children: React.ReactNode }) {
  // The links' names stay "Open" / "Act as"; whose it is, is their description (the line and the
  // email), so a search for a link named after the client finds the clients list's, not these.
  const describedBy = `${id}-what ${id}-who`;
  return (
    <li className="flex flex-col gap-1 py-2 text-sm sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p id={`${id}-what`} className="font-medium break-words">
          {children}
        </p>
        <p id={`${id}-who`} className="break-all text-muted">
          {client.email}
        </p>
      </div>
      <div className="flex shrink-0 gap-3">
        <Link
          href={`/admin/clients/${client.id}`}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          {t('openClient')}
        </Link>
        <Link
          href={`/admin/clients/${client.id}#reason`}
          aria-describedby={describedBy}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          {t('actAs')}
        </Link>
      </div>
    </li>
  );
}
