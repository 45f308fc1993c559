import { PERFORMANCE_VITALS, vitalRatings, type PerformanceVital } from './performance-grade';

export const PERFORMANCE_SCORES = ['performance', 'accessibility', 'bestPractices', 'seo'] as const;
export type PerformanceScoreId = (typeof PERFORMANCE_SCORES)[number];
export type PerformanceScores = Record<PerformanceScoreId, number | null>;

export type ComparableRun = { scores: PerformanceScores; lcpMs: number | null; cls: number | null; tbtMs: number | null };

/** A score falling by this many points (or more) from one run to the next is a drop. */
export const SCORE_DROP_POINTS = 10;
/** The performance score moving by this many points (or more) is a trend; less is flat. */
export const TREND_POINTS = 5;

export type PerformanceDrop =
  | { drop: 'score'; metric: PerformanceScoreId; previous: number; current: number }
  | { drop: 'poor'; metric: PerformanceVital; current: number };

/**
 * What got worse between two runs of the same page, most important first: a score down by ≥ 10
 * points (performance first), or a Core Web Vital that was not "poor" and now is. A vital already
 * poor last time is no news; a score or vital missing on either side compares nothing.
 */
export function findPerformanceDrops(previous: ComparableRun, current: ComparableRun): PerformanceDrop[] {
  const drops: PerformanceDrop[] = [];
  const before = vitalRatings(previous);
  const now = vitalRatings(current);
  const value: Record<PerformanceVital, number | null> = { lcp: current.lcpMs, cls: current.cls, tbt: current.tbtMs };
  const scoreDrop = (id: PerformanceScoreId): PerformanceDrop | null => {
    const a = previous.scores[id];
    const b = current.scores[id];
    return a !== null && b !== null && a - b >= SCORE_DROP_POINTS ? { drop: 'score', metric: id, previous: a, current: b } : null;
  };
  const perf = scoreDrop('performance');
  if (perf) drops.push(perf);
  for (const id of PERFORMANCE_VITALS) {
    if (now[id] === 'poor' && before[id] !== null && before[id] !== 'poor') drops.push({ drop: 'poor', metric: id, current: value[id]! });
  }
  for (const id of PERFORMANCE_SCORES) {
    if (id === 'performance') continue;
    const d = scoreDrop(id);
    if (d) drops.push(d);
  }
  return drops;
}

/** The performance score's direction from the previous run; null without two scored runs. */
export function performanceTrend(previous: number | null | undefined, current: number | null | undefined): 'up' | 'down' | 'flat' | null {
  if (previous === null || previous === undefined || current === null || current === undefined) return null;
  const delta = current - previous;
  if (delta >= TREND_POINTS) return 'up';
  if (delta <= -TREND_POINTS) return 'down';
  return 'flat';
}
