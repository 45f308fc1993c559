/**
 * bench:insights (reports part) — how long one client's monthly report takes to render to PDF: a
 * busy month (3 sites, every day of traffic, 120 performance runs per site, incidents, tickets,
 * usage) against, as the baseline measured in the same run, an empty month (nothing measured:
 * every section says so). Median and p95 per client, and the ratio busy/empty. Rendering only —
 * the figures are made up (report-sample.ts); the database reads are a handful of indexed queries.
 * Prints what it measured; asserts nothing. The rendering runs in a child process through jiti
 * (run-with-jiti-jsx.mjs says why not tsx).
 *
 *   npx tsx tests/bench/insights/report-bench.ts [--clients=40] [--write=<dir>]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { kb, ms } from '../host/stats';

export type ReportBenchResult = {
  clients: number;
  full: { medianMs: number; p95Ms: number; medianBytes: number };
  empty: { medianMs: number; p95Ms: number; medianBytes: number };
  /** busy median / empty median */
  ratio: number;
};

export function runReportBench(options: { clients?: number; writeDir?: string } = {}): Promise<ReportBenchResult> {
  const here = import.meta.dirname;
  const args = [`--clients=${options.clients ?? 40}`, ...(options.writeDir ? [`--write=${options.writeDir}`] : [])];
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, 'run-with-jiti-jsx.mjs'), path.join(here, 'report-measure.ts'), ...args], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`report bench exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as ReportBenchResult);
      } catch (err) {
        reject(err);
      }
    });
  });
}

export function reportBenchSummary(r: ReportBenchResult): string {
  return [
    `monthly report rendering (${r.clients} clients each):`,
    `  busy month   median ${ms(r.full.medianMs)}  p95 ${ms(r.full.p95Ms)}  (${kb(r.full.medianBytes)})`,
    `  empty month  median ${ms(r.empty.medianMs)}  p95 ${ms(r.empty.p95Ms)}  (${kb(r.empty.medianBytes)})  baseline`,
    `  busy / empty ${r.ratio.toFixed(2)}x`,
  ].join('\n');
}

if (process.argv[1] && /report-bench\.ts$/.test(process.argv[1])) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  runReportBench({ clients: arg('clients') ? Number(arg('clients')) : undefined, writeDir: arg('write') })
    .then((r) => console.log(reportBenchSummary(r)))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
