/**
 * The measuring half of report-bench.ts, run in a child process through jiti (see
 * run-with-jiti-jsx.mjs): renders `--clients` busy and empty months, prints one JSON line.
 * `--write=<dir>` also saves one busy report in each language there (to look at).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderMonthlyReport } from '@/modules/reports/render-monthly-report';
import { median, percentile } from '../host/stats';
import { sampleReportData } from './report-sample';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const clients = Number(arg('clients') ?? 40);
const writeDir = arg('write');

async function measure(kind: 'full' | 'empty') {
  const times: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < clients; i++) {
    const data = sampleReportData(kind, i + 1, '2026-11-01', i % 2 ? 'pt-BR' : 'en');
    const started = performance.now();
    const pdf = await renderMonthlyReport(data);
    times.push(performance.now() - started);
    sizes.push(pdf.byteLength);
  }
  return { times, medianBytes: median(sizes) };
}

async function main() {
  if (writeDir) {
    mkdirSync(writeDir, { recursive: true });
    for (const locale of ['en', 'pt-BR'] as const) {
      writeFileSync(
        path.join(writeDir, `report-full-${locale}.pdf`),
        await renderMonthlyReport(sampleReportData('full', 7, '2026-11-01', locale)),
      );
      writeFileSync(
        path.join(writeDir, `report-empty-${locale}.pdf`),
        await renderMonthlyReport(sampleReportData('empty', 7, '2026-11-01', locale)),
      );
    }
  }
  // Warm-up: fonts, the layout engine and the JIT, so the first measured client is not a cold start.
  for (let i = 0; i < 3; i++) await renderMonthlyReport(sampleReportData('full', 1000 + i));
  // Empty, busy, empty: a machine getting busier mid-run weighs on both sides alike.
  const emptyA = await measure('empty');
  const full = await measure('full');
  const emptyB = await measure('empty');
  const empty = [...emptyA.times, ...emptyB.times];
  const result = {
    clients,
    full: { medianMs: median(full.times), p95Ms: percentile(full.times, 95), medianBytes: full.medianBytes },
    empty: { medianMs: median(empty), p95Ms: percentile(empty, 95), medianBytes: emptyA.medianBytes },
  };
  console.log(JSON.stringify({ ...result, ratio: result.full.medianMs / result.empty.medianMs }));
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
