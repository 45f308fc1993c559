import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { AnalysisResult } from '@/modules/analyzer/analysis-result';
import { getPerformanceSummary } from '@/modules/insights/get-performance-summary';
import { pinPerformancePage } from '@/modules/insights/pin-performance-page';
import { unsafeRunPerformanceChecks, type PerformanceRunner } from '@/modules/insights/unsafe-run-performance-checks';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { createProjectAsSystem, rowsOf } from '@tests/helpers/rls-matrix';

// The performance cron with a stand-in runner and a controllable clock (no Chromium): which pages
// are due by plan, the concurrency cap, what is stored, and when the client is told of a drop.
// Each test has a database of its own file, and checks only its own sites.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const HOUR = 3_600_000;

function analysis(url: string, o: { performance?: number; seo?: number; lcp?: number; cls?: number; tbt?: number } = {}): AnalysisResult {
  const lcp = o.lcp ?? 1500;
  const cls = o.cls ?? 0.02;
  const tbt = o.tbt ?? 100;
  return {
    url,
    finalUrl: url,
    formFactor: 'mobile',
    scores: { performance: o.performance ?? 92, accessibility: 96, 'best-practices': 100, seo: o.seo ?? 100 },
    metrics: [
      { id: 'lcp', value: lcp, rating: lcp <= 2500 ? 'good' : lcp > 4000 ? 'poor' : 'needs-improvement' },
      { id: 'cls', value: cls, rating: 'good' },
      { id: 'tbt', value: tbt, rating: 'good' },
    ],
    opportunities: [],
    screenshot: null,
    blockedRequests: 0,
    lighthouseVersion: '12.0.0',
    durationMs: 5000,
  };
}

async function liveSite(tier: 'free' | 'basic' | 'pro' | 'enterprise') {
  const owner = await createTestUser(handle, { tier });
  const projectId = await createProjectAsSystem(handle, owner.id);
  await handle.executor.query('update public.projects set is_published = true where id = $1', [projectId]);
  const [row] = await handle.executor.query<{ slug: string }>('select slug from public.projects where id = $1', [projectId]);
  return { owner, projectId, slug: row!.slug };
}

/** A runner that records what it measured and how many ran at once; answers come from `answer`. */
function recordingRunner(answer: (url: string) => AnalysisResult | Error = (url) => analysis(url)) {
  const urls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const runner: PerformanceRunner = async (url) => {
    urls.push(url);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // Yield a few times so every worker the cap allows has started before any finishes.
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    inFlight -= 1;
    const out = answer(url);
    if (out instanceof Error) throw out;
    return out;
  };
  return { runner, urls, maxInFlight: () => maxInFlight };
}

async function runsOf(projectId: string) {
  return rowsOf<{ path: string; performance_score: number | null; grade: string | null; error_code: string | null; lcp_ms: number | null }>(
    await handle.db.execute(
      sql`select path, performance_score, grade, error_code, lcp_ms from public.performance_metrics where project_id = ${projectId} order by measured_at, path`,
    ),
  );
}

async function dropNotices(projectId: string) {
  return rowsOf<{ metric: string; drop: string; previous: number | null; current: number }>(
    await handle.db.execute(
      sql`select payload ->> 'metric' as metric, payload ->> 'drop' as drop, (payload ->> 'previous')::numeric as previous, (payload ->> 'current')::numeric as current
          from public.notification_events where kind = 'site.performance_dropped' and payload ->> 'projectId' = ${projectId} order by created_at`,
    ),
  );
}

describe('the performance cron', () => {
  it('measures each plan on its schedule (Free weekly, Basic daily, Pro every 6 h), pinned pages too, never more than the cap at once', async () => {
    const free = await liveSite('free');
    const basic = await liveSite('basic');
    const pro = await liveSite('pro');
    const unpublished = await createProjectAsSystem(handle, (await createTestUser(handle, { tier: 'pro' })).id);
    await pinPerformancePage(pro.owner.claims, { projectId: pro.projectId, path: '/menu' });
    const mine = [free.projectId, basic.projectId, pro.projectId];
    const t0 = new Date('2026-12-01T10:00:00Z');
    const measuredAt = async (at: Date, concurrency = 2) => {
      const r = recordingRunner();
      const result = await unsafeRunPerformanceChecks({ now: () => at, runner: r.runner, concurrency, maxRuns: 50 });
      return { result, urls: r.urls, maxInFlight: r.maxInFlight() };
    };

    const first = await measuredAt(t0, 2);
    expect(first.urls.sort()).toEqual(
      [
        `http://${free.slug}.localhost:3000/`,
        `http://${basic.slug}.localhost:3000/`,
        `http://${pro.slug}.localhost:3000/`,
        `http://${pro.slug}.localhost:3000/menu`,
      ].sort(),
    );
    expect(first.maxInFlight).toBe(2); // the cap, reached and held
    expect(first.result).toMatchObject({ due: 4, measured: 4, failed: 0 });
    expect(await runsOf(unpublished)).toEqual([]);

    // 5 h 59 min later nothing is due; at 6 h only the Pro site's two pages.
    expect((await measuredAt(new Date(t0.getTime() + 6 * HOUR - 60_000))).urls).toEqual([]);
    const sixHours = await measuredAt(new Date(t0.getTime() + 6 * HOUR), 1);
    expect(sixHours.urls.sort()).toEqual([`http://${pro.slug}.localhost:3000/`, `http://${pro.slug}.localhost:3000/menu`]);
    expect(sixHours.maxInFlight).toBe(1);
    // A day in: Basic, and Pro again (last measured 6 h + 18 h ago).
    const day = await measuredAt(new Date(t0.getTime() + 24 * HOUR));
    expect(day.urls.filter((u) => u.includes(basic.slug))).toHaveLength(1);
    expect(day.urls.filter((u) => u.includes(free.slug))).toEqual([]);
    // A week in: Free too.
    const week = await measuredAt(new Date(t0.getTime() + 7 * 24 * HOUR));
    expect(week.urls.filter((u) => u.includes(free.slug))).toHaveLength(1);

    const counts = await Promise.all(mine.map(async (id) => (await runsOf(id)).length));
    expect(counts).toEqual([2, 3, 2 * (1 + 1 + 1 + 1)]);
  });

  it('takes the most overdue first when more are due than a tick may run, and the rest next tick', async () => {
    const sites = [await liveSite('enterprise'), await liveSite('enterprise'), await liveSite('enterprise')];
    const t0 = new Date('2026-12-02T10:00:00Z');
    const r1 = recordingRunner();
    expect(await unsafeRunPerformanceChecks({ now: () => t0, runner: r1.runner, concurrency: 1, maxRuns: 2 })).toMatchObject({ due: 2 });
    const r2 = recordingRunner();
    await unsafeRunPerformanceChecks({ now: () => new Date(t0.getTime() + 15 * 60_000), runner: r2.runner, concurrency: 1, maxRuns: 2 });
    // The site left out first is measured first at the next tick (never measured beats overdue).
    const left = sites.find((s) => !r1.urls.some((u) => u.includes(s.slug)))!;
    expect(r2.urls).toEqual([`http://${left.slug}.localhost:3000/`]);
  });

  it('stores the grade and the vitals; a failed run is stored with its error and waits for its next turn', async () => {
    const site = await liveSite('pro');
    const t0 = new Date('2026-12-03T10:00:00Z');
    const failing = recordingRunner(() => new AppError('UNAVAILABLE', 'errors.analyzer.timeout', { values: { seconds: 90 } }));
    await unsafeRunPerformanceChecks({ now: () => t0, runner: failing.runner, concurrency: 1 });
    expect(await runsOf(site.projectId)).toEqual([
      { path: '/', performance_score: null, grade: null, error_code: 'errors.analyzer.timeout', lcp_ms: null },
    ]);
    const again = recordingRunner();
    await unsafeRunPerformanceChecks({ now: () => new Date(t0.getTime() + HOUR), runner: again.runner, concurrency: 1 });
    expect(again.urls.filter((u) => u.includes(site.slug))).toEqual([]);
    await unsafeRunPerformanceChecks({
      now: () => new Date(t0.getTime() + 6 * HOUR),
      runner: recordingRunner((url) => analysis(url, { performance: 97, lcp: 1234.4 })).runner,
      concurrency: 1,
    });
    expect((await runsOf(site.projectId))[1]).toEqual({ path: '/', performance_score: 97, grade: 'A+', error_code: null, lcp_ms: 1234 });
  });

  it('tells the client once when a score drops by 10 points or a vital turns poor, not on a small dip', async () => {
    const site = await liveSite('pro');
    const t0 = new Date('2026-12-04T10:00:00Z');
    const at = (h: number) => () => new Date(t0.getTime() + h * HOUR);
    const answers = [
      analysis('', { performance: 90 }),
      analysis('', { performance: 81 }), // −9: no
      analysis('', { performance: 71 }), // −10 from the run before: yes
      analysis('', { performance: 72, lcp: 4500 }), // LCP good → poor: yes
      analysis('', { performance: 72, lcp: 5000 }), // still poor: no
    ];
    for (const [i, answer] of answers.entries()) {
      await unsafeRunPerformanceChecks({ now: at(i * 6), runner: recordingRunner((url) => ({ ...answer, url })).runner, concurrency: 1 });
    }
    expect(await dropNotices(site.projectId)).toEqual([
      { metric: 'performance', drop: 'score', previous: '81', current: '71' },
      { metric: 'lcp', drop: 'poor', previous: null, current: '4500' },
    ]);

    const summary = (await getPerformanceSummary(handle.db, { projectIds: [site.projectId], from: t0, to: at(100)() })).get(
      site.projectId,
    )!;
    expect(summary.runs.map((r) => r.scores.performance)).toEqual([90, 81, 71, 72, 72]);
    expect(summary.latest).toMatchObject({ path: '/', lcpMs: 5000, grade: 'C', scores: { performance: 72 } });
    expect(summary.previous).toMatchObject({ lcpMs: 4500 });
    expect(summary.trend).toBe('flat');
    expect(summary.dropped).toBe(false); // the latest run is no worse than the one before
  });
});

describe('the performance cron shares the browsers by plan', () => {
  it('gives each plan its share of the runs at once (Free a quarter, Pro three quarters), never more than the cap, and measures everything due', async () => {
    const sites = [
      ...(await Promise.all(Array.from({ length: 6 }, () => liveSite('free')))),
      ...(await Promise.all(Array.from({ length: 3 }, () => liveSite('pro')))),
    ];
    // Every live site in this file's database, with its plan (earlier tests' sites are due too).
    const plans = new Map(
      rowsOf<{ slug: string; tier: string }>(
        await handle.db.execute(
          sql`select p.slug, u.tier::text as tier from public.projects p join public.user_profiles u on u.id = p.owner_id where p.is_published`,
        ),
      ).map((row) => [row.slug, row.tier]),
    );
    const inFlight = new Map<string, number>();
    const most = new Map<string, number>();
    let total = 0;
    let mostTotal = 0;
    const runner: PerformanceRunner = async (url) => {
      const tier = plans.get(new URL(url).hostname.split('.')[0]!) ?? 'unknown';
      inFlight.set(tier, (inFlight.get(tier) ?? 0) + 1);
      most.set(tier, Math.max(most.get(tier) ?? 0, inFlight.get(tier)!));
      mostTotal = Math.max(mostTotal, ++total);
      for (let i = 0; i < 8; i++) await new Promise((r) => setImmediate(r));
      inFlight.set(tier, inFlight.get(tier)! - 1);
      total -= 1;
      return analysis(url);
    };
    const result = await unsafeRunPerformanceChecks({ now: () => new Date('2027-06-01T10:00:00Z'), runner, concurrency: 4, maxRuns: 100 });

    expect(result.failed).toBe(0);
    expect(result.measured).toBe(result.due);
    for (const site of sites) expect((await runsOf(site.projectId)).length).toBeGreaterThanOrEqual(1);
    expect(most.get('free')).toBe(1);
    expect(most.get('pro')).toBe(3);
    expect(mostTotal).toBe(4);
  });
});
