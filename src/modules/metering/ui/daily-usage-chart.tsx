'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from '@/lib/ui/chart';
import type { DailyUsage } from '../get-daily-usage';

type Metric = 'generations' | 'aiTokens';

/**
 * One metric per day of the usage period, as bars. The text summary (total, busiest day) is the
 * chart's accessible description, and the numbers are also on the meters above it.
 */
export function DailyUsageChart({ data, metric }: { data: DailyUsage[]; metric: Metric }) {
  const t = useTranslations('usage.daily');
  const format = useFormatter();
  const config = { [metric]: { label: t(metric), color: metric === 'generations' ? '#5b34f5' : '#0e7490' } } satisfies ChartConfig;
  const day = (value: string | number) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const total = data.reduce((sum, entry) => sum + entry[metric], 0);
  const busiest = data.reduce<DailyUsage | undefined>((best, entry) => (entry[metric] > (best?.[metric] ?? 0) ? entry : best), undefined);
  const summary =
    total === 0 ? t('summaryNone', { metric }) : t('summary', { metric, total, busiest: day(busiest!.day), most: busiest![metric] });
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">{t(metric)}</h3>
      <ChartContainer config={config} summary={summary} height={200}>
        <BarChart data={data} accessibilityLayer margin={{ left: 0, right: 8, top: 8 }}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="day" tickFormatter={day} tickLine={false} axisLine={false} minTickGap={16} />
          <YAxis
            allowDecimals={false}
            tickLine={false}
            axisLine={false}
            width={48}
            tickFormatter={(value: number) => format.number(value, { notation: 'compact' })}
          />
          <ChartTooltip
            cursor={false}
            content={<ChartTooltipContent formatLabel={day} formatValue={(value) => format.number(Number(value))} />}
          />
          <Bar dataKey={metric} fill={`var(--color-${metric})`} radius={[4, 4, 0, 0]} />
        </BarChart>
      </ChartContainer>
      <p className="text-xs text-muted">{summary}</p>
    </div>
  );
}
