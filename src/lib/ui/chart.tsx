'use client';

import * as React from 'react';
import * as RechartsPrimitive from 'recharts';
import type { LegendPayload, TooltipContentProps } from 'recharts';
import { cn } from './cn';

/**
 * Charts for usage, traffic and performance pages, shaped like shadcn/ui's: a config names each
 * series (label + colour); the container turns colours into CSS variables (`var(--color-<key>)`)
 * so series, tooltip and legend agree, and every chart carries a text summary for people who
 * can't see it (a chart is never the only place a number appears).
 */
export type ChartConfig = Record<string, { label: React.ReactNode; color: string }>;

const ChartContext = React.createContext<ChartConfig | null>(null);

function useChartConfig(): ChartConfig {
  const config = React.useContext(ChartContext);
  if (!config) throw new Error('Chart parts must be used inside <ChartContainer>.');
  return config;
}

/** Only safe CSS identifiers become variable names: keys come from code, but stay defensive. */
const cssKey = (key: string) => key.replace(/[^a-zA-Z0-9_-]/g, '-');

export function ChartContainer({
  config,
  summary,
  className,
  children,
  height = 280,
  style,
  ...props
}: Omit<React.ComponentProps<'figure'>, 'children'> & {
  config: ChartConfig;
  /** What the chart shows, in words ("Generations per day, 1–30 Nov: 42 in total, most on 12 Nov"). */
  summary: React.ReactNode;
  /** One Recharts chart (LineChart, BarChart, AreaChart…). */
  children: React.ComponentProps<typeof RechartsPrimitive.ResponsiveContainer>['children'];
  height?: number;
}) {
  const summaryId = React.useId();
  const colours = Object.fromEntries(Object.entries(config).map(([key, item]) => [`--color-${cssKey(key)}`, item.color]));
  return (
    <ChartContext.Provider value={config}>
      <figure
        data-slot="chart"
        aria-describedby={summaryId}
        className={cn(
          // overflow-hidden: until its first measure the chart is drawn at initialDimension (640 px),
          // which would widen a phone's page for a moment; tooltips stay inside the chart anyway.
          'w-full min-w-0 overflow-hidden text-xs [&_.recharts-cartesian-axis-tick_text]:fill-muted [&_.recharts-cartesian-grid_line]:stroke-gray-200 [&_.recharts-surface]:outline-none',
          className,
        )}
        style={{ ...colours, ...style }}
        {...props}
      >
        <RechartsPrimitive.ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
          {children}
        </RechartsPrimitive.ResponsiveContainer>
        <figcaption id={summaryId} className="sr-only">
          {summary}
        </figcaption>
      </figure>
    </ChartContext.Provider>
  );
}

export const ChartTooltip = RechartsPrimitive.Tooltip;
export const ChartLegend = RechartsPrimitive.Legend;

/** Tooltip body: the label, then one row per series with its colour, name and formatted value. */
export function ChartTooltipContent({
  active,
  payload,
  label,
  formatValue = (value) => String(value),
  formatLabel = (value) => String(value),
}: Partial<Pick<TooltipContentProps<number, string>, 'active' | 'payload' | 'label'>> & {
  formatValue?: (value: number | string) => React.ReactNode;
  formatLabel?: (label: string | number) => React.ReactNode;
}) {
  const config = useChartConfig();
  if (!active || !payload?.length) return null;
  return (
    <div className="min-w-32 rounded-lg border border-gray-200 bg-white px-3 py-2 text-xs shadow-lg">
      {label !== undefined ? <p className="mb-1 font-semibold">{formatLabel(label)}</p> : null}
      <ul className="space-y-1">
        {payload.map((item) => {
          const key = String(item.dataKey ?? item.name ?? '');
          const raw = item.value;
          const value = Array.isArray(raw) ? raw.join('–') : (raw as string | number | undefined);
          return (
            <li key={key} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="size-2.5 rounded-sm"
                style={{ background: item.color ?? `var(--color-${cssKey(key)})` }}
              />
              <span className="text-muted">{config[key]?.label ?? item.name}</span>
              <span className="ml-auto font-mono font-medium tabular-nums">{value === undefined ? '' : formatValue(value)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Legend body: the configured labels with their colours. */
export function ChartLegendContent({ payload }: { payload?: ReadonlyArray<LegendPayload> }) {
  const config = useChartConfig();
  if (!payload?.length) return null;
  return (
    <ul className="flex flex-wrap items-center justify-center gap-4 pt-3">
      {payload.map((item) => {
        const key = String(item.dataKey ?? item.value ?? '');
        return (
          <li key={key} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="size-2.5 rounded-sm" style={{ background: item.color ?? `var(--color-${cssKey(key)})` }} />
            {config[key]?.label ?? item.value}
          </li>
        );
      })}
    </ul>
  );
}
