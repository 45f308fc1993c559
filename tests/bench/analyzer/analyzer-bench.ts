/**
 * bench:analyzer — median wall time of a fresh analysis of a local test site (goal ≤ 20 s) and,
 * as the baseline measured in the same run, a plain Lighthouse run of the same site without the
 * SSRF guard (the ratio is what the guard costs); the median cached answer (goal ≤ 100 ms, and
 * its ratio to a fresh analysis); and throughput with 10 analyses queued at the configured
 * concurrency, in runs/min, against the ideal of back-to-back fresh runs measured in the same run.
 * Runs in a child process through jiti (see run-with-jiti.mjs for why not tsx).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export type AnalyzerBenchResult = {
  runs: number;
  freshMedianMs: number;
  baselineMedianMs: number;
  fresh: number[];
  baseline: number[];
  performanceScore: number | null;
  cachedMedianMs: number;
  cachedRuns: number;
  queued: number;
  queuedDone: number;
  queuedWallMs: number;
  concurrency: number;
};

export const FRESH_GOAL_MS = 20_000;
export const CACHED_GOAL_MS = 100;

export function runAnalyzerBench(): Promise<AnalyzerBenchResult> {
  const here = import.meta.dirname;
  // Many requests from a handful of made-up client addresses in a few minutes: the per-IP and
  // per-host limits are not what is measured here.
  const env: NodeJS.ProcessEnv = { ...process.env, ANALYZER_TEST_LOOPBACK: '1', NODE_ENV: 'test', RATE_LIMIT_SCALE: '100' };
  delete env.NODE_OPTIONS;
  // The bench's database is its own (createTestDb: TEST_DATABASE_URL, else PGlite); an app
  // database in the shell would also switch the loopback allow-list off (test-loopback.ts).
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, 'run-with-jiti.mjs'), path.join(here, 'analyzer-measure.ts')], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`analyzer bench exited with ${code}`));
      try {
        resolve(JSON.parse(line) as AnalyzerBenchResult);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

export function analyzerSummary(result: AnalyzerBenchResult): string[] {
  const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
  return [
    `analyzer fresh analysis median ${s(result.freshMedianMs)} over ${result.runs} runs (goal ≤ ${s(FRESH_GOAL_MS)}: ${result.freshMedianMs <= FRESH_GOAL_MS ? 'met' : 'MISSED'}), ` +
      `unguarded Lighthouse baseline ${s(result.baselineMedianMs)} → guard costs ×${(result.freshMedianMs / result.baselineMedianMs).toFixed(2)}; performance score ${result.performanceScore ?? '–'}`,
    `analyzer cached answer median ${result.cachedMedianMs.toFixed(1)} ms over ${result.cachedRuns} (goal ≤ ${CACHED_GOAL_MS} ms: ${result.cachedMedianMs <= CACHED_GOAL_MS ? 'met' : 'MISSED'}), ` +
      `×${(result.cachedMedianMs / result.freshMedianMs).toFixed(4)} of a fresh analysis`,
    `analyzer throughput ${(result.queuedDone / (result.queuedWallMs / 60_000)).toFixed(2)} runs/min with ${result.queued} queued at concurrency ${result.concurrency} ` +
      `(${result.queuedDone}/${result.queued} done in ${s(result.queuedWallMs)}); back-to-back fresh runs would give ${((60_000 / result.freshMedianMs) * result.concurrency).toFixed(2)} runs/min → ×${(result.queuedDone / (result.queuedWallMs / 60_000) / ((60_000 / result.freshMedianMs) * result.concurrency)).toFixed(2)}`,
  ];
}
