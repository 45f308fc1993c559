/**
 * Measures "a typical Page Magic site" for the analyzer's side-by-side, once, with the analyzer's
 * own engine, and keeps the result in src/modules/analyzer/page-magic-reference.json (committed,
 * so the result page shows the same measured numbers to everyone and never runs a second
 * Lighthouse for it).
 *
 * The site: the vegan-bakery demo built by publishing's own `buildSite` (theme fonts included),
 * served the way production serves published files (tests/bench/host/site-file-server.ts: same
 * headers, compression and cache rules; its photo slots get placeholder images of their declared
 * sizes). Measured RUNS times by `runAnalysis` (mobile, simulated slow 4G, the same guard); the
 * run with the median performance score is kept. Re-run after renderer changes:
 *
 *   node tests/bench/analyzer/run-with-jiti.mjs tests/bench/analyzer/measure-page-magic-reference.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAnalysis } from '@/modules/analyzer/run-analysis';
import type { AnalysisResult } from '@/modules/analyzer/analysis-result';
import type { PageMagicReference } from '@/modules/analyzer/page-magic-reference';
import { veganBakeryPages } from '../host/bench-documents';
import { placeholderImages } from '../host/placeholder-image';
import { startStaticSiteServer } from '../host/site-file-server';

const RUNS = Number(process.env.REFERENCE_RUNS ?? 3);
const page = veganBakeryPages()[0]!;
const server = await startStaticSiteServer();
const files = page.build(server.origin);
server.setFiles(files, placeholderImages(files));
const results: AnalysisResult[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    results.push(await runAnalysis(`${server.origin}${page.path}`, { allowLoopback: true }));
    console.error(`run ${i + 1}: performance ${results.at(-1)!.scores.performance}`);
  }
} finally {
  await server.close();
}
results.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
const kept = results[Math.floor(results.length / 2)]!;
const reference: PageMagicReference = {
  site: page.name,
  measuredAt: new Date().toISOString().slice(0, 10),
  runs: RUNS,
  lighthouseVersion: kept.lighthouseVersion,
  scores: kept.scores,
  metrics: kept.metrics,
};
const out = path.resolve(import.meta.dirname, '../../../src/modules/analyzer/page-magic-reference.json');
writeFileSync(out, `${JSON.stringify(reference, null, 2)}\n`);
console.log(JSON.stringify(reference));
