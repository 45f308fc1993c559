import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import type { Tx } from '@/lib/db/with-rls';
import { findPerformanceDrops, performanceTrend, type PerformanceScores } from './performance-change';
import type { PerformanceGrade } from './performance-grade';

/** One scored run of one page. */
export type PerformanceRun = {
  measuredAt: Date;
  url: string;
  /** The page on the site: '/' for the home page, else a page the client pinned. */
  path: string;
  scores: PerformanceScores;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  grade: PerformanceGrade | null;
};

/** The latest two scored runs of one page (home or pinned), and whether the latest is a drop. */
export type PerformancePage = { path: string; url: string; latest: PerformanceRun; previous: PerformanceRun | null; dropped: boolean };

export type PerformanceSummary = {
  /** The home page's newest scored run before `to` (not bound by `from`: a weekly site keeps its grade). */
  latest: PerformanceRun | null;
  previous: PerformanceRun | null;
  /** The home page's performance score, latest against previous (±5 points is flat). */
  trend: 'up' | 'down' | 'flat' | null;
  /** A page's latest run dropped a score by ≥ 10 points or moved a Core Web Vital to poor. */
  dropped: boolean;
  /** Every scored run in [from, to), all pages, oldest first. */
  runs: PerformanceRun[];
  /** Each measured page's latest two runs, home page first. */
  pages: PerformancePage[];
  /** The home page's last run, failed or not, and its error (an error key) when it failed. */
  lastAttemptAt: Date | null;
  lastError: string | null;
};

export type PerformanceSummaryInput = { projectIds: readonly string[]; from: Date; to: Date };

const uuidList = z.array(z.uuid()).max(1000);

type RunRow = {
  project_id: string;
  path: string;
  url: string;
  measured_at: string | Date;
  performance_score: number | null;
  accessibility_score: number | null;
  best_practices_score: number | null;
  seo_score: number | null;
  lcp_ms: number | null;
  cls: number | null;
  tbt_ms: number | null;
  grade: PerformanceGrade | null;
};

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function toRun(r: RunRow): PerformanceRun {
  return {
    measuredAt: new Date(r.measured_at),
    url: r.url,
    path: r.path,
    scores: {
      performance: num(r.performance_score),
      accessibility: num(r.accessibility_score),
      bestPractices: num(r.best_practices_score),
      seo: num(r.seo_score),
    },
    lcpMs: num(r.lcp_ms),
    cls: num(r.cls),
    tbtMs: num(r.tbt_ms),
    grade: r.grade,
  };
}

const RUN_COLUMNS = sql.raw(
  'project_id::text, path, url, measured_at, performance_score, accessibility_score, best_practices_score, seo_score, lcp_ms, cls, tbt_ms, grade',
);

/**
 * The performance of each site: its home page's latest grade, trend and drop, every scored run in
 * [from, to) for the charts, and the latest runs of each page it measures. `tx` decides who is
 * asking: an RLS-bound transaction for a client's request (another client's sites come back
 * empty), the privileged connection in a job or the admin overview. Three queries for all sites.
 */
export async function getPerformanceSummary(tx: Tx | Db, input: PerformanceSummaryInput): Promise<Map<string, PerformanceSummary>> {
  const ids = uuidList.parse([...new Set(input.projectIds)]);
  const summaries = new Map<string, PerformanceSummary>(
    ids.map((id) => [
      id,
      { latest: null, previous: null, trend: null, dropped: false, runs: [], pages: [], lastAttemptAt: null, lastError: null },
    ]),
  );
  if (ids.length === 0) return summaries;
  const idArray = sql`${`{${ids.join(',')}}`}::uuid[]`;

  const inRange = rowsOf<RunRow>(
    await tx.execute(sql`
      select ${RUN_COLUMNS} from public.performance_metrics
      where project_id = any(${idArray}) and error_code is null
        and measured_at >= ${input.from.toISOString()}::timestamptz and measured_at < ${input.to.toISOString()}::timestamptz
      order by measured_at, path`),
  );
  for (const row of inRange) summaries.get(row.project_id)?.runs.push(toRun(row));

  const lastTwo = rowsOf<RunRow & { rn: number }>(
    await tx.execute(sql`
      select * from (
        select ${RUN_COLUMNS}, row_number() over (partition by project_id, path order by measured_at desc) as rn
        from public.performance_metrics
        where project_id = any(${idArray}) and error_code is null and measured_at < ${input.to.toISOString()}::timestamptz
      ) r where rn <= 2
      order by project_id, path = '/' desc, path, rn`),
  );
  for (const row of lastTwo) {
    const summary = summaries.get(row.project_id);
    if (!summary) continue;
    const run = toRun(row);
    if (Number(row.rn) === 1) summary.pages.push({ path: run.path, url: run.url, latest: run, previous: null, dropped: false });
    else {
      const page = summary.pages.find((p) => p.path === run.path);
      if (page) {
        page.previous = run;
        page.dropped = findPerformanceDrops(run, page.latest).length > 0;
      }
    }
  }

  const attempts = rowsOf<{ project_id: string; measured_at: string | Date; error_code: string | null }>(
    await tx.execute(sql`
      select distinct on (project_id) project_id::text, measured_at, error_code from public.performance_metrics
      where project_id = any(${idArray}) and path = '/' and measured_at < ${input.to.toISOString()}::timestamptz
      order by project_id, measured_at desc`),
  );
  for (const row of attempts) {
    const summary = summaries.get(row.project_id);
    if (!summary) continue;
    summary.lastAttemptAt = new Date(row.measured_at);
    summary.lastError = row.error_code;
  }

  for (const summary of summaries.values()) {
    const home = summary.pages.find((p) => p.path === '/');
    summary.latest = home?.latest ?? null;
    summary.previous = home?.previous ?? null;
    summary.trend = performanceTrend(summary.previous?.scores.performance, summary.latest?.scores.performance);
    summary.dropped = summary.pages.some((p) => p.dropped);
  }
  return summaries;
}
