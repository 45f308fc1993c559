import { Document, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { createTranslator } from 'next-intl';
import { emailIntl } from '@/lib/email/email-intl';
import { AGENCY_BRAND as B } from '../agency-brand';
import type { ReportData } from '../report-data';
import { formatUsageQuantity } from '@/modules/metering/format-usage-quantity';
import { reportFormat } from '../report-format';
import { AgencyLogo, DailyBars, SERIES_COLORS, ScoreLines, StackedShare } from './report-charts';

/**
 * A client's monthly report as a PDF (A4, @react-pdf/renderer): the agency's logo and colours, a
 * summary, then traffic, leads, performance, uptime and incidents, support, usage and the invoice,
 * with page numbers. In the client's language; numbers, money and dates by that locale, dates in
 * the agency's time zone. A section without measurements says so — no figure is invented.
 */
const s = StyleSheet.create({
  page: { paddingTop: 32, paddingHorizontal: 36, paddingBottom: 52, fontSize: 9.5, fontFamily: 'Helvetica', color: B.ink },
  header: { flexDirection: 'row', alignItems: 'center', borderBottom: `2pt solid ${B.primary}`, paddingBottom: 10, marginBottom: 12 },
  brand: { fontSize: 13, fontFamily: 'Helvetica-Bold', color: B.primary, marginLeft: 8 },
  headRight: { marginLeft: 'auto', alignItems: 'flex-end' },
  title: { fontSize: 16, lineHeight: 1.3, fontFamily: 'Helvetica-Bold' },
  muted: { fontSize: 9.5, color: B.muted, lineHeight: 1.3 },
  h2: { fontSize: 12, lineHeight: 1.3, fontFamily: 'Helvetica-Bold', color: B.primaryDark, marginTop: 14, marginBottom: 5 },
  h3: { fontSize: 9.5, fontFamily: 'Helvetica-Bold', marginTop: 6, marginBottom: 3 },
  tiles: { flexDirection: 'row', gap: 8, marginTop: 4 },
  tile: { flex: 1, backgroundColor: B.tint, borderRadius: 6, padding: 8 },
  tileValue: { fontSize: 17, lineHeight: 1.2, fontFamily: 'Helvetica-Bold', color: B.primaryDark },
  tileLabel: { fontSize: 8, color: B.muted },
  row: { flexDirection: 'row', borderBottom: `0.5pt solid ${B.line}`, paddingVertical: 3 },
  cellName: { flex: 3 },
  cell: { flex: 2, textAlign: 'right' },
  head: { fontFamily: 'Helvetica-Bold', color: B.muted },
  two: { flexDirection: 'row', gap: 16 },
  none: { color: B.muted, fontFamily: 'Helvetica-Oblique', marginVertical: 2 },
  line: { fontSize: 9.5, lineHeight: 1.35 },
  total: { fontSize: 15, fontFamily: 'Helvetica-Bold', color: B.primaryDark },
  footer: {
    position: 'absolute',
    bottom: 22,
    left: 36,
    right: 36,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7.5,
    color: B.muted,
    borderTop: `0.5pt solid ${B.line}`,
    paddingTop: 5,
  },
});

function Row({ name, value, bold }: { name: string; value: string; bold?: boolean }) {
  return (
    <View style={s.row}>
      <Text style={bold ? [s.cellName, s.head] : s.cellName}>{name}</Text>
      <Text style={bold ? [s.cell, s.head] : s.cell}>{value}</Text>
    </View>
  );
}

export function MonthlyReportPdf({ data }: { data: ReportData }) {
  const t = createTranslator({ ...emailIntl(data.client.locale), namespace: 'reports.pdf' });
  const tNfse = createTranslator({ ...emailIntl(data.client.locale), namespace: 'billing.nfse' });
  const f = reportFormat(data.client.locale, data.timeZone);
  const month = f.month(data.month);
  const lastDay = new Date(data.to.getTime() - 1);
  const days = data.leads.days.map((d) => d.day);
  const dayLabels: [string, string, string] = [f.day(days[0]!), f.day(days[Math.floor(days.length / 2)]!), f.day(days[days.length - 1]!)];

  const uptimeSites = data.uptime?.filter((u) => u.uptimePercent !== null) ?? [];
  const uptimeSummary = uptimeSites.length ? f.percent(Math.min(...uptimeSites.map((u) => u.uptimePercent!)) / 100, 2) : t('notMeasured');
  const graded = data.performance?.filter((p) => p.grade) ?? [];
  const gradeSummary = graded.length ? graded.map((p) => p.grade).join(' / ') : t('notMeasured');
  const cause = (incident: { cause: string; statusCode: number | null }) =>
    t('cause', { cause: incident.cause, status: String(incident.statusCode ?? '') });
  const minutes = (value: number) =>
    value >= 120 ? t('hours', { value: f.number(value / 60, 1) }) : t('minutes', { value: f.number(value) });

  return (
    <Document title={t('documentTitle', { month })} author={B.name} language={data.client.locale}>
      <Page size="A4" style={s.page}>
        <View style={s.header} fixed>
          <AgencyLogo />
          <Text style={s.brand}>{B.name}</Text>
          <View style={s.headRight}>
            <Text style={s.title}>{`${t('title')} · ${month}`}</Text>
            <Text style={s.muted}>{t('preparedFor', { name: data.client.name })}</Text>
          </View>
        </View>

        <Text style={s.muted}>{t('period', { from: f.date(data.from), to: f.date(lastDay), timeZone: data.timeZone })}</Text>
        <Text style={s.muted}>
          {t('sites', { count: data.sites.length, names: data.sites.map((site) => site.name).join(', ') || '-' })}
        </Text>

        <View style={s.tiles}>
          <View style={s.tile}>
            <Text style={s.tileValue}>{data.traffic ? f.number(data.traffic.totals.visits) : '-'}</Text>
            <Text style={s.tileLabel}>{data.traffic ? t('summaryVisits') : `${t('summaryVisits')}: ${t('notMeasured')}`}</Text>
          </View>
          <View style={s.tile}>
            <Text style={s.tileValue}>{f.number(data.leads.total)}</Text>
            <Text style={s.tileLabel}>{t('summaryLeads')}</Text>
          </View>
          <View style={s.tile}>
            <Text style={s.tileValue}>{uptimeSites.length ? uptimeSummary : '-'}</Text>
            <Text style={s.tileLabel}>{uptimeSites.length ? t('summaryUptime') : `${t('summaryUptime')}: ${t('notMeasured')}`}</Text>
          </View>
          <View style={s.tile}>
            <Text style={s.tileValue}>{graded.length ? gradeSummary : '-'}</Text>
            <Text style={s.tileLabel}>{graded.length ? t('summaryGrade') : `${t('summaryGrade')}: ${t('notMeasured')}`}</Text>
          </View>
        </View>

        <Text style={s.h2}>{t('trafficTitle')}</Text>
        {data.traffic ? (
          <View>
            <Text style={s.h3}>{t('visitsPerDay')}</Text>
            <DailyBars
              values={data.traffic.days.map((d) => d.visits)}
              dayLabels={dayLabels}
              maxLabel={f.number(Math.max(0, ...data.traffic.days.map((d) => d.visits)))}
            />
            <View style={[s.two, { marginTop: 6 }]}>
              <View style={{ flex: 1 }}>
                <Row name={t('visits')} value={f.number(data.traffic.totals.visits)} />
                <Row name={t('requests')} value={f.number(data.traffic.totals.requests)} />
                <Row name={t('bandwidth')} value={f.bytes(data.traffic.totals.bytes)} />
                <Row name={t('peakRps')} value={f.number(data.traffic.totals.peakRps, 1)} />
              </View>
              <View style={{ flex: 1 }}>
                <Text style={s.h3}>{t('byClass')}</Text>
                <StackedShare
                  width={250}
                  parts={(['2xx', '3xx', '4xx', '5xx'] as const).map((cls, i) => ({
                    label: `${cls}: ${f.number(data.traffic!.totals.byClass[cls])}`,
                    value: data.traffic!.totals.byClass[cls],
                    color: [B.good, '#0e7490', B.warn, B.bad][i]!,
                  }))}
                />
              </View>
            </View>
            {data.traffic.topPages.length + data.traffic.countries.length > 0 ? (
              <View style={s.two}>
                <View style={{ flex: 1 }}>
                  <Text style={s.h3}>{t('topPages')}</Text>
                  {data.traffic.topPages.slice(0, 5).map((p) => (
                    <Row
                      key={`${p.site}${p.path}`}
                      name={data.sites.length > 1 ? `${p.site} ${p.path}` : p.path}
                      value={f.number(p.requests)}
                    />
                  ))}
                </View>
                <View style={{ flex: 1 }}>
                  <Text style={s.h3}>{t('countries')}</Text>
                  {data.traffic.countries.slice(0, 5).map((c) => (
                    <Row key={c.country} name={c.country === 'unknown' ? t('countryUnknown') : c.country} value={f.number(c.requests)} />
                  ))}
                </View>
              </View>
            ) : null}
          </View>
        ) : (
          <Text style={s.none}>{t('trafficNone')}</Text>
        )}

        <View wrap={false}>
          <Text style={s.h2}>{t('leadsTitle')}</Text>
          <Text style={s.line}>
            {t('leadsLine', { total: data.leads.total, contacts: f.number(data.leads.contacts), signUps: f.number(data.leads.signUps) })}
          </Text>
          {data.leads.total > 0 ? (
            <View>
              <Text style={s.h3}>{t('leadsPerDay')}</Text>
              <DailyBars
                values={data.leads.days.map((d) => d.count)}
                dayLabels={dayLabels}
                maxLabel={f.number(Math.max(0, ...data.leads.days.map((d) => d.count)))}
                color="#0e7490"
                height={60}
              />
              {data.sites.length > 1 ? (
                <Text style={[s.muted, { marginTop: 3 }]}>
                  {data.leads.bySite.map((b) => t('leadsBySite', { site: b.name, count: f.number(b.count) })).join(' · ')}
                </Text>
              ) : null}
            </View>
          ) : null}
        </View>

        <View wrap={false}>
          <Text style={s.h2}>{t('performanceTitle')}</Text>
          {data.performance && data.performance.some((p) => p.runs.length > 0) ? (
            <View>
              <Text style={s.h3}>{t('performanceTrend')}</Text>
              <ScoreLines
                series={data.performance.map((p) => ({
                  name: p.name,
                  points: p.runs.map((r) => ({ at: r.measuredAt, value: r.performance })),
                }))}
                from={data.from}
                to={data.to}
                axisLabels={[f.date(data.from), f.date(lastDay)]}
              />
              {data.performance.map((p, i) => (
                <View key={p.siteId} style={{ marginTop: 4 }}>
                  <Text style={[s.line, { fontFamily: 'Helvetica-Bold', color: SERIES_COLORS[i % SERIES_COLORS.length] }]}>
                    {[p.name, p.grade ? t('grade', { grade: p.grade }) : null, p.trend ? t('trend', { trend: p.trend }) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  {p.scores ? (
                    <View>
                      <Text style={s.line}>
                        {t('scores', {
                          performance: p.scores.performance ?? '-',
                          accessibility: p.scores.accessibility ?? '-',
                          bestPractices: p.scores.bestPractices ?? '-',
                          seo: p.scores.seo ?? '-',
                        })}
                      </Text>
                      <Text style={s.line}>
                        {t('vitals', {
                          lcp: p.lcpMs === null ? '-' : t('seconds', { value: f.number(p.lcpMs / 1000, 1) }),
                          cls: p.cls === null ? '-' : f.number(p.cls, 2),
                          tbt: p.tbtMs === null ? '-' : t('ms', { value: f.number(p.tbtMs) }),
                        })}
                      </Text>
                    </View>
                  ) : (
                    <Text style={s.none}>{t('noRunYet')}</Text>
                  )}
                </View>
              ))}
            </View>
          ) : (
            <Text style={s.none}>{t('performanceNone')}</Text>
          )}
        </View>

        <View wrap={false}>
          <Text style={s.h2}>{t('uptimeTitle')}</Text>
          {data.uptime && data.uptime.some((u) => u.checks > 0) ? (
            data.uptime.map((u) => (
              <View key={u.siteId} style={{ marginBottom: 4 }}>
                <Text style={[s.line, { fontFamily: 'Helvetica-Bold' }]}>
                  {`${u.name}: ${
                    u.uptimePercent === null
                      ? t('uptimeUnknown')
                      : t('uptimeLine', { percent: f.percent(u.uptimePercent / 100, 2), checks: u.checks })
                  }`}
                </Text>
                {u.incidents.length === 0 ? <Text style={s.muted}>{t('noIncidents')}</Text> : null}
                {u.incidents.map((incident) => (
                  <Text key={`${incident.host}${incident.openedAt.toISOString()}`} style={s.line}>
                    {incident.resolvedAt && incident.durationMs !== null
                      ? `- ${t('incident', { host: incident.host, openedAt: f.dateTime(incident.openedAt), duration: f.duration(incident.durationMs), cause: cause(incident) })}`
                      : `- ${t('incidentOpen', { host: incident.host, openedAt: f.dateTime(incident.openedAt), cause: cause(incident) })}`}
                  </Text>
                ))}
              </View>
            ))
          ) : (
            <Text style={s.none}>{t('uptimeNone')}</Text>
          )}
        </View>

        <View style={s.two} wrap={false}>
          <View style={{ flex: 1 }}>
            <Text style={s.h2}>{t('supportTitle')}</Text>
            <Row name={t('ticketsOpened')} value={f.number(data.tickets.opened)} />
            <Row
              name={t('firstResponse')}
              value={data.tickets.averageFirstResponseMinutes === null ? t('none') : minutes(data.tickets.averageFirstResponseMinutes)}
            />
            <Row name={t('withinSla')} value={data.tickets.withinSlaRatio === null ? t('none') : f.percent(data.tickets.withinSlaRatio)} />
          </View>
          <View style={{ flex: 1 }}>
            <Text style={s.h2}>{t('invoiceTitle')}</Text>
            <Text style={s.muted}>{t('invoiceTotal')}</Text>
            <Text style={s.total}>{f.money(data.invoice.totalCents, data.invoice.currency)}</Text>
            <Text style={[s.muted, { marginTop: 3 }]}>
              {data.invoice.source === 'stripe'
                ? t('invoiceStripe')
                : data.invoice.source === 'estimate'
                  ? t('invoiceEstimate', { plan: data.client.tier })
                  : t('invoiceNone', { plan: data.client.tier })}
            </Text>
          </View>
        </View>

        <View wrap={false}>
          <Text style={s.h2}>{tNfse('report.title')}</Text>
          {data.nfse.length === 0 ? (
            <Text style={s.none}>{tNfse('report.none')}</Text>
          ) : (
            data.nfse.map((n, i) => (
              <View key={i} style={s.row}>
                <Text style={s.cellName}>{f.date(n.paidAt)}</Text>
                {n.pdfUrl && n.xmlUrl ? (
                  <Text style={s.cell}>
                    {n.number ? `${tNfse('number', { number: n.number })}  ` : ''}
                    <Link src={n.pdfUrl}>PDF</Link>
                    {'  '}
                    <Link src={n.xmlUrl}>XML</Link>
                  </Text>
                ) : (
                  <Text style={s.cell}>{tNfse('status', { status: n.status })}</Text>
                )}
              </View>
            ))
          )}
        </View>

        <View wrap={false}>
          <Text style={s.h2}>{t('usageTitle')}</Text>
          <Row name=" " value={`${t('used')}  /  ${t('included')}`} bold />
          {data.usage.map((u) => (
            <Row
              key={u.metric}
              name={t('usageMetric', { metric: u.metric })}
              value={`${formatUsageQuantity(f.formatNumber, u.metric, u.used)}  /  ${
                u.included === null ? t('unlimited') : formatUsageQuantity(f.formatNumber, u.metric, u.included)
              }`}
            />
          ))}
        </View>

        <View style={s.footer} fixed>
          <Text>{t('footer', { agency: B.name, client: data.client.name, month })}</Text>
          <Text render={({ pageNumber, totalPages }) => t('page', { page: pageNumber, total: totalPages })} />
        </View>
      </Page>
    </Document>
  );
}
