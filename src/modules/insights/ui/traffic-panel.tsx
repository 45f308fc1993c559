'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { BarChart3 } from 'lucide-react';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/lib/ui/card';
import { ChartContainer, ChartLegend, ChartLegendContent, ChartTooltip, ChartTooltipContent, type ChartConfig } from '@/lib/ui/chart';
import { EmptyState } from '@/lib/ui/empty-state';
import { formatBytes } from '@/modules/storage/ui/format-bytes';
import type { TrafficSummary } from '../get-traffic-summary';

const CLASSES = ['2xx', '3xx', '4xx', '5xx'] as const;
// Keys without a leading digit: they become CSS variables (--color-<key>).
const SERIES = { '2xx': 's2xx', '3xx': 's3xx', '4xx': 's4xx', '5xx': 's5xx' } as const;
const COLORS = { s2xx: '#0a7d3e', s3xx: '#0e7490', s4xx: '#b45309', s5xx: '#b91c1c' } as const;

export type TrafficPanelProps = {
  /** getTrafficSummary's entry for the site (undefined: no data). */
  summary: TrafficSummary | undefined;
  /** Whether the site is published: only live sites are visited. */
  isLive: boolean;
  /** The reader's now: days after it (the rest of this month) are left out of the charts. */
  now?: Date;
};

/**
 * One site's traffic over the period: visits, requests, bandwidth and the busiest second; requests
 * per day by status class (answered, redirected, not found, server errors), bandwidth per day, the
 * most viewed pages and where visitors came from. Counted on our servers without cookies, so the
 * panel says so. Before the first visit it says when data will arrive. Every chart has a text
 * summary, and the lists carry the same figures as text.
 */
export function TrafficPanel({ summary, isLive, now = new Date() }: TrafficPanelProps) {
  const t = useTranslations('insightsTraffic');
  const format = useFormatter();
  const locale = useLocale();

  if (!summary || summary.totals.requests === 0) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>{t('title')}</CardTitle>
        </CardHeader>
        <CardContent>
          <EmptyState icon={BarChart3} title={t('empty.title')} headingLevel="h3">
            {isLive ? t('empty.live') : t('empty.notLive')}
          </EmptyState>
        </CardContent>
      </Card>
    );
  }

  const { totals } = summary;
  const today = now.toISOString().slice(0, 10);
  const past = summary.days.filter((d) => d.day <= today);
  const days = past.length > 0 ? past : summary.days;
  const dayLabel = (value: string | number) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const number = (value: number) => format.number(value);
  const bytes = (value: number) => formatBytes(format, value);
  const data = days.map((d) => ({
    day: d.day,
    s2xx: d.byClass['2xx'],
    s3xx: d.byClass['3xx'],
    s4xx: d.byClass['4xx'],
    s5xx: d.byClass['5xx'],
    bytes: d.bytes,
  }));
  const classConfig = Object.fromEntries(
    CLASSES.map((c) => [SERIES[c], { label: t('class', { class: c }), color: COLORS[SERIES[c]] }]),
  ) satisfies ChartConfig;
  const bytesConfig = { bytes: { label: t('bandwidth'), color: '#5b34f5' } } satisfies ChartConfig;
  const busiest = days.reduce((best, d) => (d.requests > best.requests ? d : best), days[0]!);
  const requestsSummary = t('requestsSummary', {
    days: days.length,
    requests: totals.requests,
    ok: totals.byClass['2xx'],
    redirects: totals.byClass['3xx'],
    notFound: totals.byClass['4xx'],
    errors: totals.byClass['5xx'],
    busiestDay: dayLabel(busiest.day),
    busiest: busiest.requests,
  });
  const bytesSummary = t('bandwidthSummary', { days: days.length, total: bytes(totals.bytes) });
  const regions = regionNames(locale);
  const countryName = (code: string) => (code === 'unknown' ? t('countryUnknown') : (regions?.of(code) ?? code));
  const pageName = (path: string) => (path === 'other' ? t('otherPages') : path);
  const topPageViews = summary.topPages[0]?.requests ?? 0;
  const topCountry = summary.countries[0]?.requests ?? 0;

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Figure label={t('visits')} value={number(totals.visits)} />
          <Figure label={t('requests')} value={number(totals.requests)} />
          <Figure label={t('bandwidth')} value={bytes(totals.bytes)} />
          <Figure label={t('peak')} value={t('perSecond', { value: totals.peakRps })} />
        </dl>

        <section aria-labelledby="traffic-requests-heading" className="space-y-2">
          <h3 id="traffic-requests-heading" className="text-sm font-semibold">
            {t('requestsByClass')}
          </h3>
          <ChartContainer config={classConfig} summary={requestsSummary} height={260}>
            <BarChart data={data} accessibilityLayer margin={{ left: 0, right: 8, top: 8 }}>
              <CartesianGrid vertical={false} />
              <XAxis dataKey="day" tickFormatter={dayLabel} tickLine={false} axisLine={false} minTickGap={16} />
              <YAxis
                allowDecimals={false}
                tickLine={false}
                axisLine={false}
                width={56}
                tickFormatter={(value: number) => format.number(value, { notation: 'compact' })}
              />
              <ChartTooltip
                cursor={false}
                content={<ChartTooltipContent formatLabel={dayLabel} formatValue={(v) => number(Number(v))} />}
              />
              {/* In the classes' order (Recharts sorts by label otherwise), in ink rather than coloured text. */}
              <ChartLegend content={<ChartLegendContent />} itemSorter="dataKey" />
              {CLASSES.map((c) => (
                <Bar
                  key={c}
                  dataKey={SERIES[c]}
                  name={t('class', { class: c })}
                  stackId="requests"
                  fill={`var(--color-${SERIES[c]})`}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ChartContainer>
          <p className="text-xs text-muted">{requestsSummary}</p>
        </section>

        <section aria-labelledby="traffic-bandwidth-heading" className="space-y-2">
          <h3 id="traffic-bandwidth-heading" className="text-sm font-semibold">
            {t('bandwidthPerDay')}
          </h3>
          <ChartContainer config={bytesConfig} summary={bytesSummary} height={160}>
            <AreaChart data={data} accessibilityLayer margin={{ left: 0, right: 8, top: 8 }}>
              <CartesianGrid vertical={false} />
              <XAxis dataKey="day" tickFormatter={dayLabel} tickLine={false} axisLine={false} minTickGap={16} />
              <YAxis tickLine={false} axisLine={false} width={64} tickFormatter={(value: number) => bytes(value)} />
              <ChartTooltip cursor={false} content={<ChartTooltipContent formatLabel={dayLabel} formatValue={(v) => bytes(Number(v))} />} />
              <Area
                dataKey="bytes"
                name={t('bandwidth')}
                type="linear"
                stroke="var(--color-bytes)"
                fill="var(--color-bytes)"
                fillOpacity={0.2}
                isAnimationActive={false}
              />
            </AreaChart>
          </ChartContainer>
          <p className="text-xs text-muted">{bytesSummary}</p>
        </section>

        <div className="grid gap-6 md:grid-cols-2">
          <RankedList
            id="traffic-pages-heading"
            title={t('topPages')}
            empty={t('noPageViews')}
            unit={(value) => t('views', { count: value })}
            items={summary.topPages.map((p) => ({ key: p.path, label: pageName(p.path), value: p.requests, max: topPageViews }))}
          />
          <RankedList
            id="traffic-countries-heading"
            title={t('countries')}
            empty={t('noCountries')}
            unit={(value) => t('requestsCount', { count: value })}
            items={summary.countries.map((c) => ({ key: c.country, label: countryName(c.country), value: c.requests, max: topCountry }))}
          />
        </div>
      </CardContent>
    </Card>
  );
}

function regionNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    return null;
  }
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="truncate text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

function RankedList({
  id,
  title,
  empty,
  unit,
  items,
}: {
  id: string;
  title: string;
  empty: string;
  unit: (value: number) => string;
  items: Array<{ key: string; label: string; value: number; max: number }>;
}) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-2">
      <h3 id={id} className="text-sm font-semibold">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ol className="space-y-1.5">
          {items.map((item) => (
            <li key={item.key} className="relative overflow-hidden rounded-lg px-2 py-1 text-sm">
              {/* The bar is decoration; the figure is in the text next to it. */}
              <span
                aria-hidden="true"
                className="absolute inset-y-0 left-0 bg-brand-50"
                style={{ width: `${item.max > 0 ? Math.max(2, (item.value / item.max) * 100) : 0}%` }}
              />
              <span className="relative flex items-baseline justify-between gap-3">
                <span className="min-w-0 break-all">{item.label}</span>
                <span className="shrink-0 text-muted tabular-nums">{unit(item.value)}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
