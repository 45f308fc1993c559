/** Printing the Lighthouse bench: the score table and the audits that cost points. */
import type { FailingAudit } from './lighthouse-audits';
import type { LighthouseRow } from './lighthouse-bench';
import { kb } from './stats';

const NAME_WIDTH = 46;

export function printLighthouseTable(rows: readonly LighthouseRow[], log: (line: string) => void): void {
  const header =
    `${'document'.padEnd(NAME_WIDTH)} ${'perf'.padStart(4)} ${'a11y'.padStart(4)} ${'b-p'.padStart(4)} ${'seo'.padStart(4)}` +
    `  ${'page xfer'.padStart(9)}  ${'fonts'.padStart(8)}  ${'images'.padStart(9)}  ${'br bodies'.padStart(9)}  ${'reqs'.padStart(4)}  ${'cpu idx'.padStart(7)}  perf runs`;
  log(header);
  log('-'.repeat(header.length));
  const cell = (score: number | null) => (score === null ? '—' : String(score)).padStart(4);
  for (const row of rows) {
    if (row.error) {
      log(`${row.name.padEnd(NAME_WIDTH)} ERROR: ${row.error}`);
      continue;
    }
    const s = row.scores;
    log(
      `${row.name.padEnd(NAME_WIDTH)} ${cell(s.performance)} ${cell(s.accessibility)} ${cell(s['best-practices'])} ${cell(s.seo)}` +
        `  ${kb(row.sizes.pageBytes).padStart(9)}  ${kb(row.sizes.fontBytes).padStart(8)}  ${kb(row.sizes.imageBytes).padStart(9)}  ${kb(row.brotliBytes).padStart(9)}  ${String(row.sizes.requests).padStart(4)}` +
        `  ${(row.benchmarkIndex === null ? '—' : row.benchmarkIndex.toFixed(0)).padStart(7)}  ${row.performanceRuns.join('/')}`,
    );
  }
  log('  page xfer: Lighthouse transfer size of everything but /images/ and web fonts (incl. response headers, ~0.6 KB each with');
  log('  the CSP); fonts: the web fonts transferred (budget 60 KB); images: pictures transferred (stock placeholders or the');
  log('  AVIF/WebP variants of uploaded photos the browser chose, lazy ones below the fold included only if loaded);');
  log("  br bodies: the same files' bodies brotli-compressed, from the build; cpu idx: Lighthouse benchmarkIndex (higher = faster host).");
}

type Grouped = Map<string, { audit: FailingAudit; pages: string[] }>;

function group(rows: readonly LighthouseRow[], isScoring: boolean): Grouped {
  // Same audit on several pages → one block listing the pages, so the fix list stays short.
  const byAudit: Grouped = new Map();
  for (const row of rows) {
    for (const audit of row.failing) {
      if (audit.weight > 0 !== isScoring) continue;
      const key = `${audit.category}/${audit.id}`;
      const entry = byAudit.get(key) ?? { audit, pages: [] };
      entry.pages.push(`${row.name} (${audit.displayValue ?? `score ${audit.score}`})`);
      byAudit.set(key, entry);
    }
  }
  return byAudit;
}

export function printFailures(rows: readonly LighthouseRow[], log: (line: string) => void): void {
  const ours = rows.filter((row) => !row.isControl && !row.error);
  const control = rows.find((row) => row.isControl && !row.error);
  const scoring = group(ours, true);
  if (scoring.size === 0) log('Audits that cost points on our pages: none.');
  else log(`Audits that cost points on our pages (${scoring.size}; weight > 0, score < 1; performance from the median run):`);
  for (const [key, { audit, pages }] of scoring) {
    log(`  ✗ ${key} — ${audit.title} [weight ${audit.weight}]`);
    log(`      on: ${pages.join('; ')}`);
    for (const item of audit.items) log(`      · ${item}`);
  }
  if (control) {
    const lost = control.failing.filter((audit) => audit.weight > 0).map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
    log(
      `  Control page (no CSS, no JS): performance ${control.performanceRuns.join('/')}${lost.length ? `; it too lost points on ${lost.join(', ')}` : ''}.`,
    );
  }
  const informative = group(ours, false);
  if (informative.size > 0) {
    log(`Also flagged, weight 0 (diagnostics and insights; they do not move a score):`);
    for (const [key, { audit, pages }] of informative) {
      const first = audit.items.find((item) => item.startsWith('http')) ?? audit.items[0];
      log(`  · ${key} — ${audit.title} on ${pages.length} page(s), e.g. ${pages[0]}${first ? `; ${first.slice(0, 140)}` : ''}`);
    }
  }
}
