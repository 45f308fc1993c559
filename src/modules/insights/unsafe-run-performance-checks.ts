import { and, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getEnv } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { unsafeGetEntitlements } from '@/modules/billing/get-entitlements';
import type { AnalysisResult } from '@/modules/analyzer/analysis-result';
import { runAnalysis } from '@/modules/analyzer/run-analysis';
import { unsafeListLiveSites } from '@/modules/host/unsafe-list-live-sites';
import { emitNotification } from '@/modules/notifications/emit-notification';
import { findPerformanceDrops, type ComparableRun } from './performance-change';
import { gradePerformance } from './performance-grade';
import { pickDuePerformanceRuns, tierConcurrency, type PerformanceTarget, type Tier } from './performance-plan';
import { performanceMetrics, performancePinnedPages } from './performance-schema';

/** One Lighthouse mobile run of a URL: the analyzer's engine, or a stand-in in tests. */
export type PerformanceRunner = (url: string) => Promise<AnalysisResult>;

export type RunPerformanceChecksOptions = {
  now?: () => Date;
  runner?: PerformanceRunner;
  /** Runs at once; defaults to ANALYZER_CONCURRENCY (the analyzer's Chromium budget). */
  concurrency?: number;
  /** Runs per tick; the rest stay due for the next tick. Defaults to 8 × concurrency. */
  maxRuns?: number;
};

export type PerformanceChecksResult = { due: number; measured: number; failed: number; notified: number };

/** The analyzer's engine, as the visitor's analysis runs it (SSRF guard and time budget included). */
// Background priority: a visitor's analysis waiting for a Chromium slot goes first.
const analyzerRunner: PerformanceRunner = (url) => runAnalysis(url, { priority: 'background' });

/**
 * The performance cron's tick: every live site's home page and the pages its client pinned, each
 * measured when its plan's interval has passed since its last run (performance-plan.ts), most
 * overdue first, at most `concurrency` runs at once and at most its plan's share of them
 * (tierConcurrency). Each run is stored (a failed one too, with its
 * error code, so it waits for its next turn); a run that shows a score down by ≥ 10 points or a
 * Core Web Vital newly "poor" against the page's previous scored run notifies the site's client
 * (`site.performance_dropped`, once per run).
 * The plan is read through accounts' entitlements; a suspended account's sites are not measured.
 * System code: a cron has no session and measures every client's sites.
 */
export async function unsafeRunPerformanceChecks(options: RunPerformanceChecksOptions = {}): Promise<PerformanceChecksResult> {
  const clock = options.now ?? (() => new Date());
  const runner = options.runner ?? analyzerRunner;
  const concurrency = Math.max(1, options.concurrency ?? getEnv().ANALYZER_CONCURRENCY);
  const maxRuns = options.maxRuns ?? concurrency * 8;
  const db = await unsafeSystemDb('the performance cron measures every client’s live sites');

  const sites = await unsafeListLiveSites();
  if (sites.length === 0) return { due: 0, measured: 0, failed: 0, notified: 0 };
  const tiers = new Map<string, Tier | null>();
  for (const ownerId of new Set(sites.map((s) => s.ownerId))) {
    const entitlements = await unsafeGetEntitlements(db, ownerId).catch(() => null);
    tiers.set(ownerId, entitlements && !entitlements.isSuspended ? entitlements.tier : null);
  }
  const projectIds = sites.map((s) => s.projectId);
  const pinned = await db
    .select({ projectId: performancePinnedPages.projectId, path: performancePinnedPages.path })
    .from(performancePinnedPages)
    .where(inArray(performancePinnedPages.projectId, projectIds));
  const last = await db
    .select({
      projectId: performanceMetrics.projectId,
      path: performanceMetrics.path,
      at: sql<Date>`max(${performanceMetrics.measuredAt})`.mapWith(performanceMetrics.measuredAt),
    })
    .from(performanceMetrics)
    .where(inArray(performanceMetrics.projectId, projectIds))
    .groupBy(performanceMetrics.projectId, performanceMetrics.path);
  const lastAt = new Map(last.map((r) => [`${r.projectId} ${r.path}`, r.at]));

  const targets: PerformanceTarget[] = [];
  for (const site of sites) {
    const tier = tiers.get(site.ownerId);
    if (!tier) continue;
    const paths = ['/', ...pinned.filter((p) => p.projectId === site.projectId).map((p) => p.path)];
    for (const path of paths) {
      targets.push({
        projectId: site.projectId,
        ownerId: site.ownerId,
        tier,
        path,
        url: new URL(path, site.origin).toString(),
        lastAttemptAt: lastAt.get(`${site.projectId} ${path}`) ?? null,
      });
    }
  }
  const due = pickDuePerformanceRuns(targets, clock(), maxRuns);

  const result: PerformanceChecksResult = { due: due.length, measured: 0, failed: 0, notified: 0 };
  // Most overdue first, skipping past a plan whose share is taken until one of its runs ends.
  const waiting = [...due];
  const inFlight = new Map<Tier, number>();
  let running = 0;
  // An error storing a run (not a failed measurement: those are stored) fails the tick once all
  // runs in flight have ended, so the job retries it.
  let storeError: unknown;
  await new Promise<void>((done, fail) => {
    const start = () => {
      for (let i = 0; i < waiting.length && running < concurrency;) {
        const target = waiting[i]!;
        const ofTier = inFlight.get(target.tier) ?? 0;
        if (ofTier >= tierConcurrency(target.tier, concurrency)) {
          i += 1;
          continue;
        }
        waiting.splice(i, 1);
        running += 1;
        inFlight.set(target.tier, ofTier + 1);
        void measure(target, runner, clock)
          .then(
            (outcome) => {
              if (outcome.failed) result.failed += 1;
              else result.measured += 1;
              if (outcome.notified) result.notified += 1;
            },
            (error: unknown) => {
              storeError ??= error;
              waiting.length = 0;
            },
          )
          .finally(() => {
            running -= 1;
            inFlight.set(target.tier, (inFlight.get(target.tier) ?? 1) - 1);
            start();
          });
      }
      if (running === 0) {
        if (storeError === undefined) done();
        else fail(storeError);
      }
    };
    start();
  });
  return result;
}

async function measure(
  target: PerformanceTarget,
  runner: PerformanceRunner,
  clock: () => Date,
): Promise<{ failed: boolean; notified: boolean }> {
  const db = await unsafeSystemDb('the performance cron stores a run of a client’s site');
  let analysis: AnalysisResult | null = null;
  let errorCode: string | null = null;
  try {
    analysis = await runner(target.url);
  } catch (error) {
    errorCode = (isAppError(error) ? error.key : 'errors.common.internal').slice(0, 100);
  }
  const measuredAt = clock();
  if (!analysis) {
    await db.insert(performanceMetrics).values({ projectId: target.projectId, path: target.path, url: target.url, measuredAt, errorCode });
    return { failed: true, notified: false };
  }
  const metric = (id: 'lcp' | 'cls' | 'tbt') => analysis.metrics.find((m) => m.id === id)?.value ?? null;
  const run: ComparableRun = {
    scores: {
      performance: analysis.scores.performance,
      accessibility: analysis.scores.accessibility,
      bestPractices: analysis.scores['best-practices'],
      seo: analysis.scores.seo,
    },
    lcpMs: roundOrNull(metric('lcp')),
    cls: metric('cls'),
    tbtMs: roundOrNull(metric('tbt')),
  };
  const [previous] = await db
    .select()
    .from(performanceMetrics)
    .where(
      and(
        eq(performanceMetrics.projectId, target.projectId),
        eq(performanceMetrics.path, target.path),
        isNull(performanceMetrics.errorCode),
        lt(performanceMetrics.measuredAt, measuredAt),
      ),
    )
    .orderBy(desc(performanceMetrics.measuredAt))
    .limit(1);
  const [stored] = await db
    .insert(performanceMetrics)
    .values({
      projectId: target.projectId,
      path: target.path,
      url: target.url,
      measuredAt,
      performanceScore: run.scores.performance,
      accessibilityScore: run.scores.accessibility,
      bestPracticesScore: run.scores.bestPractices,
      seoScore: run.scores.seo,
      lcpMs: run.lcpMs,
      cls: run.cls,
      tbtMs: run.tbtMs,
      grade: gradePerformance({ performance: run.scores.performance, lcpMs: run.lcpMs, cls: run.cls, tbtMs: run.tbtMs }),
      lighthouseVersion: analysis.lighthouseVersion.slice(0, 40),
      durationMs: Math.max(0, Math.round(analysis.durationMs)),
    })
    .returning({ id: performanceMetrics.id });
  if (!previous || !stored) return { failed: false, notified: false };
  const [drop] = findPerformanceDrops(
    {
      scores: {
        performance: previous.performanceScore,
        accessibility: previous.accessibilityScore,
        bestPractices: previous.bestPracticesScore,
        seo: previous.seoScore,
      },
      lcpMs: previous.lcpMs,
      cls: previous.cls,
      tbtMs: previous.tbtMs,
    },
    run,
  );
  if (!drop) return { failed: false, notified: false };
  await emitNotification({
    kind: 'site.performance_dropped',
    eventId: `site.performance_dropped:${stored.id}`,
    projectId: target.projectId,
    metric: drop.metric,
    drop: drop.drop,
    ...(drop.drop === 'score' ? { previous: drop.previous } : {}),
    current: drop.current,
    url: target.url,
  });
  return { failed: false, notified: true };
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}
