'use client';

import { useId } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { Activity, AlertTriangle, CheckCircle2, CircleHelp } from 'lucide-react';
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { Badge } from '@/lib/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/lib/ui/card';
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from '@/lib/ui/chart';
import { EmptyState } from '@/lib/ui/empty-state';
import type { UptimeIncident, UptimeSummary } from '../get-uptime-summary';

const DAY_MS = 86_400_000;

/** The UTC days of [from, to): the history's axis shows days without checks too (as gaps). */
export function daysOfPeriod(from: Date, to: Date): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t < to.getTime(); t += DAY_MS) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** Green at 99.9 % or more, amber from 99 %, red below: the thresholds uptime SLAs are sold at. */
function colourOf(percent: number): string {
  if (percent >= 99.9) return '#0a7d3e';
  if (percent >= 99) return '#b45309';
  return '#b91c1c';
}

export type UptimePanelProps = {
  /** getUptimeSummary's entry for the site; undefined when it has none (no checks yet). */
  summary: UptimeSummary | undefined;
  /** The period shown, [from, to) (usually this month). */
  from: Date;
  to: Date;
  /** How often the site is checked on its plan (uptime-plan.ts), for the text and the empty state. */
  intervalMinutes: number;
  /** Whether the site is published: only live sites are checked. */
  isLive: boolean;
  /** The person's "now", for an open incident's duration so far. */
  now?: Date;
};

/**
 * One site's uptime: its status now, the period's uptime computed from the checks, a bar per day
 * (days without checks left empty, not drawn as 100 %), and the incident timeline. Before the
 * first check it says when the first data will arrive. The chart has a text summary, and every
 * figure in it is also in words below, so nothing depends on seeing the bars.
 */
export function UptimePanel({ summary, from, to, intervalMinutes, isLive, now = new Date() }: UptimePanelProps) {
  const t = useTranslations('insightsUptime');
  const format = useFormatter();
  const incidentsHeading = useId();
  const hasData = Boolean(summary && summary.checks > 0);

  if (!hasData) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>{t('title')}</CardTitle>
        </CardHeader>
        <EmptyState icon={Activity} title={t('empty.title')} headingLevel="h3">
          {isLive ? t('empty.live', { minutes: intervalMinutes }) : t('empty.notLive')}
        </EmptyState>
      </Card>
    );
  }
  const s = summary!;
  const percent = (value: number) => format.number(value / 100, { style: 'percent', maximumFractionDigits: 2 });
  const byDay = new Map(s.days.map((d) => [d.day, d]));
  const data = daysOfPeriod(from, to).map((day) => ({ day, uptime: byDay.get(day)?.uptimePercent ?? null }));
  const dayLabel = (value: string | number) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const lowest = s.days.reduce<(typeof s.days)[number] | null>(
    (min, d) => (d.uptimePercent !== null && (min === null || d.uptimePercent < (min.uptimePercent ?? 100)) ? d : min),
    null,
  );
  const summaryText = t('chartSummary', {
    days: s.days.length,
    uptime: percent(s.uptimePercent ?? 0),
    hasLowest: lowest && (lowest.uptimePercent ?? 100) < 100 ? 'yes' : 'no',
    lowestDay: lowest ? dayLabel(lowest.day) : '',
    lowest: lowest ? percent(lowest.uptimePercent ?? 0) : '',
  });
  const config = { uptime: { label: t('uptime'), color: '#0a7d3e' } } satisfies ChartConfig;
  const minShown = Math.max(0, Math.floor(Math.min(99, ...s.days.map((d) => d.uptimePercent ?? 100)) - 1));
  // Whole-percent ticks, at most five: Recharts' own split of a narrow range (97–100) gives
  // 97.75 / 98.5 / 99.25, which the axis width cuts to nonsense such as "7.75%".
  const tickStep = Math.max(1, Math.ceil((100 - minShown) / 4));
  const yTicks = Array.from({ length: Math.floor((100 - minShown) / tickStep) + 1 }, (_, i) => minShown + i * tickStep);
  if (yTicks.at(-1) !== 100) yTicks.push(100);

  return (
    <Card>
      <CardHeader className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-1">
          <CardTitle>{t('title')}</CardTitle>
          <CardDescription>{t('checkedEvery', { minutes: intervalMinutes })}</CardDescription>
        </div>
        <StatusBadge status={s.status} />
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <div>
            <dt className="text-xs text-muted">{t('period')}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{percent(s.uptimePercent ?? 0)}</dd>
          </div>
          <div>
            <dt className="text-xs text-muted">{t('checks')}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{format.number(s.checks)}</dd>
          </div>
          <div>
            <dt className="text-xs text-muted">{t('incidentCount')}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{format.number(s.incidents.length)}</dd>
          </div>
        </dl>
        <ChartContainer config={config} summary={summaryText} height={180}>
          <BarChart data={data} accessibilityLayer margin={{ left: 0, right: 8, top: 8 }}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="day" tickFormatter={dayLabel} tickLine={false} axisLine={false} minTickGap={16} />
            <YAxis
              domain={[minShown, 100]}
              ticks={yTicks}
              allowDecimals={false}
              tickFormatter={(v: number) => `${format.number(v)}%`}
              tickLine={false}
              axisLine={false}
              width={48}
            />
            <ChartTooltip
              cursor={false}
              content={<ChartTooltipContent formatLabel={dayLabel} formatValue={(value) => percent(Number(value))} />}
            />
            <Bar dataKey="uptime" name={t('uptime')} radius={[3, 3, 0, 0]} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.day} fill={d.uptime === null ? 'transparent' : colourOf(d.uptime)} />
              ))}
            </Bar>
          </BarChart>
        </ChartContainer>
        <p className="text-xs text-muted">{summaryText}</p>
        <section aria-labelledby={incidentsHeading} className="space-y-2">
          <h3 id={incidentsHeading} className="text-sm font-semibold">
            {t('incidents.title')}
          </h3>
          {s.incidents.length === 0 ? (
            <p className="text-sm text-muted">{t('incidents.none')}</p>
          ) : (
            <ol className="space-y-2">
              {s.incidents.map((incident) => (
                <IncidentItem key={incident.id} incident={incident} now={now} />
              ))}
            </ol>
          )}
        </section>
      </CardContent>
    </Card>
  );
}

function StatusBadge({ status }: { status: UptimeSummary['status'] }) {
  const t = useTranslations('insightsUptime');
  if (status === 'up') {
    return (
      <Badge variant="success">
        <CheckCircle2 aria-hidden="true" />
        {t('status', { status })}
      </Badge>
    );
  }
  if (status === 'down') {
    return (
      <Badge variant="danger">
        <AlertTriangle aria-hidden="true" />
        {t('status', { status })}
      </Badge>
    );
  }
  return (
    <Badge variant="neutral">
      <CircleHelp aria-hidden="true" />
      {t('status', { status })}
    </Badge>
  );
}

function IncidentItem({ incident, now }: { incident: UptimeIncident; now: Date }) {
  const t = useTranslations('insightsUptime');
  const format = useFormatter();
  const isOpen = incident.resolvedAt === null;
  const ms = incident.durationMs ?? Math.max(0, now.getTime() - incident.openedAt.getTime());
  const totalMinutes = Math.max(1, Math.round(ms / 60_000));
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, u: 'hour' | 'minute') => format.number(value, { style: 'unit', unit: u, unitDisplay: 'short' });
  const duration = hours > 0 ? `${unit(hours, 'hour')}${minutes ? ` ${unit(minutes, 'minute')}` : ''}` : unit(minutes, 'minute');
  return (
    <li className="rounded-xl border border-gray-200 p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant={isOpen ? 'danger' : 'neutral'}>
          {t('incidents.state', { state: isOpen ? 'open' : (incident.resolution ?? 'recovered') })}
        </Badge>
        <span className="min-w-0 font-medium break-all">{incident.host}</span>
      </div>
      <p className="mt-1 text-muted">{t('incidents.cause', { cause: incident.cause, statusCode: incident.statusCode ?? 0 })}</p>
      <p className="mt-1">
        <time dateTime={incident.openedAt.toISOString()}>
          {format.dateTime(incident.openedAt, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
        {' · '}
        {isOpen ? t('incidents.ongoing', { duration }) : t('incidents.lasted', { duration })}
      </p>
    </li>
  );
}
