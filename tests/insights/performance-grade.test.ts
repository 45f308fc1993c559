import { describe, expect, it } from 'vitest';
import { gradePerformance, type GradeInput } from '@/modules/insights/performance-grade';
import { findPerformanceDrops, performanceTrend, type ComparableRun } from '@/modules/insights/performance-change';
import { nextPerformanceRunAt, pickDuePerformanceRuns, type PerformanceTarget } from '@/modules/insights/performance-plan';

// The rules written down in code: the grade (with every boundary), what counts as a drop, the
// trend, and which pages the cron picks when.

const goodVitals = { lcpMs: 1200, cls: 0.01, tbtMs: 50 };
const grade = (performance: number | null, vitals: Partial<GradeInput> = {}) => gradePerformance({ performance, ...goodVitals, ...vitals });

describe('gradePerformance', () => {
  it.each([
    [100, 'A+'],
    [95, 'A+'],
    [94, 'A'],
    [90, 'A'],
    [89, 'B'],
    [75, 'B'],
    [74, 'C'],
    [60, 'C'],
    [59, 'D'],
    [45, 'D'],
    [44, 'F'],
    [0, 'F'],
  ])('score %i with good vitals → %s', (score, expected) => {
    expect(grade(score)).toBe(expected);
  });

  it('A+ needs every vital good: one merely "needs improvement" (or unmeasured) makes it an A', () => {
    expect(grade(98, { lcpMs: 2500 })).toBe('A+'); // 2500 ms is still good (≤)
    expect(grade(98, { lcpMs: 2501 })).toBe('A');
    expect(grade(98, { cls: 0.11 })).toBe('A');
    expect(grade(98, { tbtMs: 201 })).toBe('A');
    expect(grade(98, { tbtMs: null })).toBe('A');
  });

  it('a poor vital caps the grade at C, and never raises a lower one', () => {
    expect(grade(97, { lcpMs: 4001 })).toBe('C');
    expect(grade(97, { lcpMs: 4000 })).toBe('A'); // 4000 ms is the last "needs improvement"
    expect(grade(80, { cls: 0.26 })).toBe('C');
    expect(grade(80, { cls: 0.25 })).toBe('B');
    expect(grade(91, { tbtMs: 601 })).toBe('C');
    expect(grade(50, { tbtMs: 900 })).toBe('D');
    expect(grade(10, { lcpMs: 9000 })).toBe('F');
  });

  it('no score, no grade', () => {
    expect(grade(null)).toBeNull();
    expect(grade(Number.NaN)).toBeNull();
  });
});

const run = (scores: Partial<ComparableRun['scores']> = {}, vitals: Partial<Omit<ComparableRun, 'scores'>> = {}): ComparableRun => ({
  scores: { performance: 90, accessibility: 95, bestPractices: 100, seo: 100, ...scores },
  ...goodVitals,
  ...vitals,
});

describe('findPerformanceDrops', () => {
  it('a score down by exactly 10 points is a drop, by 9 is not', () => {
    expect(findPerformanceDrops(run(), run({ performance: 80 }))).toEqual([
      { drop: 'score', metric: 'performance', previous: 90, current: 80 },
    ]);
    expect(findPerformanceDrops(run(), run({ performance: 81 }))).toEqual([]);
    expect(findPerformanceDrops(run(), run({ seo: 90 }))).toEqual([{ drop: 'score', metric: 'seo', previous: 100, current: 90 }]);
    expect(findPerformanceDrops(run(), run({ accessibility: 86 }))).toEqual([]);
  });

  it('a vital moving into "poor" is a drop; one that was already poor, or only got worse within its range, is not', () => {
    expect(findPerformanceDrops(run(), run({}, { lcpMs: 4001 }))).toEqual([{ drop: 'poor', metric: 'lcp', current: 4001 }]);
    expect(findPerformanceDrops(run(), run({}, { lcpMs: 4000 }))).toEqual([]);
    expect(findPerformanceDrops(run({}, { cls: 0.2 }), run({}, { cls: 0.3 }))).toEqual([{ drop: 'poor', metric: 'cls', current: 0.3 }]);
    expect(findPerformanceDrops(run({}, { tbtMs: 700 }), run({}, { tbtMs: 1500 }))).toEqual([]);
    expect(findPerformanceDrops(run({}, { tbtMs: null }), run({}, { tbtMs: 1500 }))).toEqual([]);
  });

  it('puts the performance score first, then vitals, then the other scores', () => {
    const drops = findPerformanceDrops(run(), run({ performance: 40, seo: 50 }, { lcpMs: 6000 }));
    expect(drops.map((d) => d.metric)).toEqual(['performance', 'lcp', 'seo']);
  });

  it('a better run or a missing score is no drop', () => {
    expect(findPerformanceDrops(run({ performance: 50 }), run({ performance: 99 }))).toEqual([]);
    expect(findPerformanceDrops(run({ performance: null }), run({ performance: 10 }))).toEqual([]);
  });
});

describe('performanceTrend', () => {
  it('±5 points is the line between a trend and flat', () => {
    expect(performanceTrend(80, 85)).toBe('up');
    expect(performanceTrend(80, 84)).toBe('flat');
    expect(performanceTrend(80, 76)).toBe('flat');
    expect(performanceTrend(80, 75)).toBe('down');
    expect(performanceTrend(null, 75)).toBeNull();
    expect(performanceTrend(80, undefined)).toBeNull();
  });
});

describe('the schedule by plan', () => {
  const now = new Date('2026-12-24T12:00:00Z');
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  const target = (projectId: string, tier: PerformanceTarget['tier'], lastAttemptAt: Date | null, path = '/'): PerformanceTarget => ({
    projectId,
    ownerId: 'o',
    tier,
    path,
    url: `https://${projectId}.example${path}`,
    lastAttemptAt,
  });

  it('Free weekly, Basic daily, Pro and Enterprise every 6 hours; never-measured pages first', () => {
    const targets = [
      target('free-6d', 'free', hoursAgo(6 * 24)),
      target('free-7d', 'free', hoursAgo(7 * 24)),
      target('basic-23h', 'basic', hoursAgo(23)),
      target('basic-25h', 'basic', hoursAgo(25)),
      target('pro-5h', 'pro', hoursAgo(5)),
      target('pro-6h', 'pro', hoursAgo(6)),
      target('ent-8h', 'enterprise', hoursAgo(8)),
      target('new', 'free', null),
    ];
    expect(pickDuePerformanceRuns(targets, now, 10).map((t) => t.projectId)).toEqual(['new', 'ent-8h', 'basic-25h', 'free-7d', 'pro-6h']);
    expect(pickDuePerformanceRuns(targets, now, 2).map((t) => t.projectId)).toEqual(['new', 'ent-8h']);
  });

  it('tells when the next run happens: the due time on a cron tick, never in the past', () => {
    expect(nextPerformanceRunAt('pro', null, now)).toEqual(new Date('2026-12-24T12:15:00Z'));
    expect(nextPerformanceRunAt('pro', hoursAgo(7), now)).toEqual(new Date('2026-12-24T12:15:00Z'));
    expect(nextPerformanceRunAt('basic', new Date('2026-12-24T09:05:00Z'), now)).toEqual(new Date('2026-12-25T09:15:00Z'));
    expect(nextPerformanceRunAt('free', hoursAgo(24), now)).toEqual(new Date('2026-12-30T12:00:00Z'));
  });
});
