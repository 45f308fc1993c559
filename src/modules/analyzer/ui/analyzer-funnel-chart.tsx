'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { ChartContainer, ChartLegend, ChartTooltip, ChartTooltipContent, type ChartConfig } from '@/lib/ui/chart';
import type { FunnelWeek } from '../get-analyzer-funnel';

const STEPS = ['analyses', 'emails', 'signups', 'paying'] as const;
const COLORS: Record<(typeof STEPS)[number], string> = { analyses: '#5b34f5', emails: '#0e7490', signups: '#b45309', paying: '#0a7d3e' };

/**
 * The funnel by week as grouped bars, one per step that has data (steps still unknown are left
 * out, not drawn as zero). The text summary is the chart's accessible description; the same
 * numbers are in the table under it.
 */
export function AnalyzerFunnelChart({ weeks }: { weeks: FunnelWeek[] }) {
  const t = useTranslations('adminAnalyzer');
  const format = useFormatter();
  const known = STEPS.filter((step) => weeks.some((week) => week[step] !== null));
  const config = Object.fromEntries(known.map((step) => [step, { label: t('step', { step }), color: COLORS[step] }])) satisfies ChartConfig;
  const label = (value: string | number) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const total = (step: (typeof STEPS)[number]) => weeks.reduce((sum, week) => sum + (week[step] ?? 0), 0);
  const summary = t('chartSummary', {
    weeks: weeks.length,
    analyses: total('analyses'),
    emails: total('emails'),
    signups: total('signups'),
    paying: total('paying'),
    hasLeads: known.includes('emails') ? 'yes' : 'no',
  });
  return (
    <div className="space-y-2">
      <ChartContainer config={config} summary={summary} height={240}>
        <BarChart data={weeks} accessibilityLayer margin={{ left: 0, right: 8, top: 8 }}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="week" tickFormatter={label} tickLine={false} axisLine={false} minTickGap={12} />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={40} />
          <ChartTooltip
            cursor={false}
            content={<ChartTooltipContent formatLabel={label} formatValue={(value) => format.number(Number(value))} />}
          />
          <ChartLegend />
          {known.map((step) => (
            <Bar key={step} dataKey={step} name={t('step', { step })} fill={`var(--color-${step})`} radius={[4, 4, 0, 0]} />
          ))}
        </BarChart>
      </ChartContainer>
      <p className="text-xs text-muted">{summary}</p>
    </div>
  );
}
