/**
 * bench:analyzer — median wall time of a fresh analysis of a local test site (goal ≤ 20 s) and,
 * as the baseline measured in the same run, a plain Lighthouse run of the same site without the
 * SSRF guard (the ratio is what the guard costs). Runs in a child process through jiti (see
 * run-with-jiti.mjs for why not tsx).
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
};

export const FRESH_GOAL_MS = 20_000;

export function runAnalyzerBench(): Promise<AnalyzerBenchResult> {
  const here = import.meta.dirname;
  const env: NodeJS.ProcessEnv = { ...process.env, ANALYZER_TEST_LOOPBACK: '1', NODE_ENV: 'test' };
  delete env.NODE_OPTIONS;
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
  ];
}
