import { Circle, G, Line, Path, Polyline, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { AGENCY_BRAND } from '../agency-brand';

/**
 * The report's charts, drawn as vector graphics with react-pdf's Svg primitives (they stay sharp
 * when printed or zoomed). Labels arrive formatted by the caller; the charts only lay out.
 */

/** The agency's logo: its app icon (a sparkle on the brand colour) as vector paths. */
export function AgencyLogo({ size = 28 }: { size?: number }) {
  return (
    <Svg width={size} height={size} viewBox="0 0 100 100">
      <Rect x={0} y={0} width={100} height={100} rx={22} ry={22} fill={AGENCY_BRAND.primary} />
      <Path d="M46 18 C50 44 56 52 82 56 C56 60 50 68 46 94 C42 68 36 60 10 56 C36 52 42 44 46 18 Z" fill="#ffffff" />
      <Path d="M74 14 C75.5 22 78 24.5 86 26 C78 27.5 75.5 30 74 38 C72.5 30 70 27.5 62 26 C70 24.5 72.5 22 74 14 Z" fill="#ffffff" />
    </Svg>
  );
}

const small = { fontSize: 7, color: AGENCY_BRAND.muted };

/** One bar per day; the day axis is labelled at its first, middle and last day. */
export function DailyBars({
  values,
  dayLabels,
  maxLabel,
  color = AGENCY_BRAND.primary,
  width = 520,
  height = 90,
}: {
  values: readonly number[];
  dayLabels: [string, string, string];
  maxLabel: string;
  color?: string;
  width?: number;
  height?: number;
}) {
  const max = Math.max(1, ...values);
  const slot = width / Math.max(1, values.length);
  const bar = Math.max(1, slot * 0.7);
  return (
    <View>
      <Text style={small}>{maxLabel}</Text>
      <Svg width={width} height={height}>
        <Line x1={0} y1={0.5} x2={width} y2={0.5} stroke={AGENCY_BRAND.line} strokeWidth={0.5} />
        <Line x1={0} y1={height / 2} x2={width} y2={height / 2} stroke={AGENCY_BRAND.line} strokeWidth={0.5} />
        {values.map((value, i) => {
          const h = value > 0 ? Math.max(1.5, (value / max) * (height - 2)) : 0;
          return <Rect key={i} x={i * slot + (slot - bar) / 2} y={height - 1 - h} width={bar} height={h} fill={color} />;
        })}
        <Line x1={0} y1={height - 0.5} x2={width} y2={height - 0.5} stroke={AGENCY_BRAND.muted} strokeWidth={0.75} />
      </Svg>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', width }}>
        {dayLabels.map((label, i) => (
          <Text key={i} style={small}>
            {label}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** One horizontal bar split by share (e.g. answers by status class), with its legend. */
export function StackedShare({
  parts,
  width = 520,
}: {
  parts: ReadonlyArray<{ label: string; value: number; color: string }>;
  width?: number;
}) {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  let x = 0;
  return (
    <View>
      <Svg width={width} height={12}>
        <Rect x={0} y={0} width={width} height={12} fill={AGENCY_BRAND.line} />
        {total > 0
          ? parts.map((part) => {
              const w = (part.value / total) * width;
              const rect = <Rect key={part.label} x={x} y={0} width={w} height={12} fill={part.color} />;
              x += w;
              return rect;
            })
          : null}
      </Svg>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginTop: 3 }}>
        {parts.map((part) => (
          <View key={part.label} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 10 }}>
            <Svg width={7} height={7}>
              <Rect x={0} y={0} width={7} height={7} fill={part.color} />
            </Svg>
            <Text style={{ ...small, marginLeft: 3 }}>{part.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

export const SERIES_COLORS = [AGENCY_BRAND.primary, '#0e7490', '#c2410c', '#15803d', '#a21caf'] as const;

/**
 * Scores (0–100) over the month, one line per site, with Lighthouse's rating bands drawn: 90 and
 * above is good, below 50 poor.
 */
export function ScoreLines({
  series,
  from,
  to,
  axisLabels,
  width = 520,
  height = 110,
}: {
  series: ReadonlyArray<{ name: string; points: ReadonlyArray<{ at: Date; value: number }> }>;
  from: Date;
  to: Date;
  axisLabels: [string, string];
  width?: number;
  height?: number;
}) {
  const span = Math.max(1, to.getTime() - from.getTime());
  const px = (at: Date) => ((at.getTime() - from.getTime()) / span) * width;
  const py = (value: number) => height - (value / 100) * height;
  return (
    <View>
      <Svg width={width} height={height}>
        <Rect x={0} y={0} width={width} height={py(90)} fill="#ecfdf3" />
        <Rect x={0} y={py(50)} width={width} height={height - py(50)} fill="#fef2f2" />
        <Line x1={0} y1={py(90)} x2={width} y2={py(90)} stroke={AGENCY_BRAND.good} strokeWidth={0.5} strokeDasharray="3,2" />
        <Line x1={0} y1={py(50)} x2={width} y2={py(50)} stroke={AGENCY_BRAND.bad} strokeWidth={0.5} strokeDasharray="3,2" />
        {series.map((s, i) => {
          const color = SERIES_COLORS[i % SERIES_COLORS.length]!;
          const points = s.points.map((p) => `${px(p.at).toFixed(1)},${py(p.value).toFixed(1)}`).join(' ');
          return (
            <G key={s.name}>
              {s.points.length > 1 ? <Polyline points={points} stroke={color} strokeWidth={1.5} fill="none" /> : null}
              {s.points.map((p, j) => (
                <Circle key={j} cx={px(p.at)} cy={py(p.value)} r={2} fill={color} />
              ))}
            </G>
          );
        })}
        <Line x1={0} y1={height - 0.5} x2={width} y2={height - 0.5} stroke={AGENCY_BRAND.muted} strokeWidth={0.75} />
      </Svg>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', width }}>
        <Text style={small}>{axisLabels[0]}</Text>
        <Text style={small}>{axisLabels[1]}</Text>
      </View>
    </View>
  );
}
