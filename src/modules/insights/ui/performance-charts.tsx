'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ChartContainer, ChartLegend, ChartTooltip, ChartTooltipContent, type ChartConfig } from '@/lib/ui/chart';
import { METRIC_THRESHOLDS } from '@/modules/analyzer/web-vitals';
import type { PerformanceRun } from '../get-performance-summary';
import { PERFORMANCE_SCORES } from '../performance-change';
import { PERFORMANCE_VITALS, type PerformanceVital } from '../performance-grade';

/** Google's bands, as the analyzer shows them: green good, amber needs improvement, red poor. */
export const BAND_COLOURS = { good: '#16a34a', 'needs-improvement': '#d97706', poor: '#dc2626' } as const;
const SCORE_COLOURS = { performance: '#5b34f5', accessibility: '#0e7490', bestPractices: '#b45309', seo: '#0a7d3e' } as const;
/** Lighthouse's score bands (0–49 poor, 50–89 needs improvement, 90–100 good). */
const SCORE_BANDS = { good: 90, poor: 49 } as const;

function useRunLabel() {
  const format = useFormatter();
  return (at: number | string) =>
    format.dateTime(new Date(Number(at)), { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
}

/** The four scores over time, over Lighthouse's bands. */
export function ScoresChart({ runs }: { runs: PerformanceRun[] }) {
  const t = useTranslations('performance');
  const format = useFormatter();
  const label = useRunLabel();
  const config = Object.fromEntries(
    PERFORMANCE_SCORES.map((id) => [id, { label: t('score', { id }), color: SCORE_COLOURS[id] }]),
  ) satisfies ChartConfig;
  const data = runs.map((r) => ({ at: r.measuredAt.getTime(), ...r.scores }));
  const summary = t('scoresSummary', { count: runs.length, performance: runs.at(-1)?.scores.performance ?? '—' });
  return (
    <ChartContainer config={config} summary={summary} height={240}>
      <LineChart data={data} accessibilityLayer margin={{ left: 0, right: 8, top: 8 }}>
        <ReferenceArea y1={0} y2={SCORE_BANDS.poor} fill={BAND_COLOURS.poor} fillOpacity={0.08} ifOverflow="hidden" />
        <ReferenceArea
          y1={SCORE_BANDS.poor}
          y2={SCORE_BANDS.good}
          fill={BAND_COLOURS['needs-improvement']}
          fillOpacity={0.08}
          ifOverflow="hidden"
        />
        <ReferenceArea y1={SCORE_BANDS.good} y2={100} fill={BAND_COLOURS.good} fillOpacity={0.1} ifOverflow="hidden" />
        <CartesianGrid vertical={false} />
        <XAxis dataKey="at" tickFormatter={label} tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis domain={[0, 100]} ticks={[0, 50, 90, 100]} tickLine={false} axisLine={false} width={32} />
        <ChartTooltip content={<ChartTooltipContent formatLabel={label} formatValue={(v) => format.number(Number(v))} />} />
        <ChartLegend />
        {PERFORMANCE_SCORES.map((id) => (
          <Line
            key={id}
            dataKey={id}
            name={t('score', { id })}
            stroke={`var(--color-${id})`}
            strokeWidth={2}
            dot={runs.length < 20}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartContainer>
  );
}

export function formatVital(format: ReturnType<typeof useFormatter>, id: PerformanceVital, value: number): string {
  if (id === 'cls') return format.number(value, { maximumFractionDigits: 3 });
  if (id === 'lcp') return `${format.number(value / 1000, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} s`;
  return `${format.number(Math.round(value))} ms`;
}

/** One Core Web Vital over time, with Google's good / needs-improvement / poor bands and their lines. */
export function VitalChart({ id, runs }: { id: PerformanceVital; runs: PerformanceRun[] }) {
  const t = useTranslations('performance');
  const format = useFormatter();
  const label = useRunLabel();
  const key = id === 'lcp' ? 'lcpMs' : id === 'tbt' ? 'tbtMs' : 'cls';
  const data = runs.map((r) => ({ at: r.measuredAt.getTime(), [id]: r[key] }));
  const { good, poor } = METRIC_THRESHOLDS[id];
  const highest = Math.max(0, ...runs.map((r) => r[key] ?? 0));
  const top = Math.max(poor * 1.4, highest * 1.1);
  const config = { [id]: { label: t('vitalShort', { id }), color: '#1f2937' } } satisfies ChartConfig;
  const latest = runs.at(-1)?.[key];
  const summary = t('vitalSummary', {
    name: t('vital', { id }),
    count: runs.length,
    value: latest === null || latest === undefined ? '—' : formatVital(format, id, latest),
    good: formatVital(format, id, good),
    poor: formatVital(format, id, poor),
  });
  return (
    <ChartContainer config={config} summary={summary} height={160}>
      <LineChart data={data} accessibilityLayer margin={{ left: 0, right: 8, top: 8 }}>
        <ReferenceArea y1={0} y2={good} fill={BAND_COLOURS.good} fillOpacity={0.1} ifOverflow="hidden" />
        <ReferenceArea y1={good} y2={poor} fill={BAND_COLOURS['needs-improvement']} fillOpacity={0.1} ifOverflow="hidden" />
        <ReferenceArea y1={poor} y2={top} fill={BAND_COLOURS.poor} fillOpacity={0.08} ifOverflow="hidden" />
        <ReferenceLine y={good} stroke={BAND_COLOURS.good} strokeDasharray="4 3" />
        <ReferenceLine y={poor} stroke={BAND_COLOURS.poor} strokeDasharray="4 3" />
        <CartesianGrid vertical={false} />
        <XAxis dataKey="at" tickFormatter={label} tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis
          domain={[0, top]}
          ticks={[0, good, poor]}
          tickFormatter={(v: number) => formatVital(format, id, v)}
          tickLine={false}
          axisLine={false}
          // Wide enough that "600 ms" stays on one line.
          width={id === 'cls' ? 44 : 64}
        />
        <ChartTooltip content={<ChartTooltipContent formatLabel={label} formatValue={(v) => formatVital(format, id, Number(v))} />} />
        <Line
          dataKey={id}
          name={t('vitalShort', { id })}
          stroke={`var(--color-${id})`}
          strokeWidth={2}
          dot={runs.length < 20}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ChartContainer>
  );
}

export { PERFORMANCE_VITALS };
