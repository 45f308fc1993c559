/**
 * Lighthouse bench: builds sample documents with the real `buildSite`, serves the files from a
 * loopback server that answers like production (headers, CSP, br/gzip; see site-file-server.ts),
 * and runs Lighthouse 12 (default mobile config: emulated Moto G Power, simulated slow 4G; all
 * four categories) in Debian's Chromium. Prints scores, transfer sizes and — most useful — every
 * audit that costs points, with the elements it names.
 *
 * - Images under /images/ are answered with placeholders (placeholder-image.ts), so the scores
 *   measure our markup and CSS, not missing files.
 * - Accessibility, best practices and SEO are deterministic; performance depends on this
 *   machine's CPU (Lighthouse scales observed main-thread time by 4). So a blank control page
 *   is scored first (PERF_RUNS times), showing what the machine alone costs any page in this
 *   run, and a page whose performance is below both 100 and the control's is measured again
 *   (performance only, at most PERF_RUNS runs in all); the median run is reported.
 *
 * Run alone: npx tsx tests/bench/host/lighthouse-bench.ts
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { brotliCompressSync } from 'node:zlib';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import type { Result } from 'lighthouse';
import type { BuiltFile } from '@/modules/build/types';
import { lighthouseBenchPages, photoPages, type BenchPage } from './bench-documents';
import {
  CATEGORIES,
  categoryScores,
  failingAudits,
  transferSizes,
  type Category,
  type FailingAudit,
  type TransferSizes,
} from './lighthouse-audits';
import { runLighthouseCli } from './lighthouse-cli';
import { printFailures, printLighthouseTable } from './lighthouse-report';
import { placeholderImages } from './placeholder-image';
import { startStaticSiteServer } from './site-file-server';
import { kb, median } from './stats';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];
const PERF_RUNS = 3;
const STATIC_CATEGORIES = CATEGORIES.filter((category) => category !== 'performance');
const TYPICAL_BUDGET_BYTES = 30 * 1024;

export type LighthouseRow = {
  name: string;
  path: string;
  isTypical: boolean;
  isControl: boolean;
  scores: Record<Category, number | null>;
  /** Every performance score measured (the reported one is their median run). */
  performanceRuns: number[];
  benchmarkIndex: number | null;
  sizes: TransferSizes;
  /** HTML + CSS + JS + icon + manifest of this page, brotli-compressed as production serves them (no headers). */
  brotliBytes: number;
  failing: FailingAudit[];
  error?: string;
};

export type LighthouseBenchResult = {
  skipped?: string;
  rows: LighthouseRow[];
  /** Every score of every document page (the control page excluded) is 100. */
  isEveryScore100: boolean;
  /** Largest page transfer (excl. images, incl. headers) among the typical 8-section pages. */
  typicalPageBytes: number | null;
  isTypicalUnder30KB: boolean | null;
  acceptEncodings: string[];
  durationMs: number;
};

/** What a first visit to `path` downloads from the build, compressed the way production does (bodies only). */
function brotliPageBytes(files: readonly BuiltFile[], path: string): number {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const html = byPath.get(`${path.replace(/^\/+/, '')}index.html`);
  if (!html) return 0;
  // Web fonts are measured on their own (their own budget), like images (uploaded photos' variants too).
  const linked = [...new TextDecoder().decode(html.body).matchAll(/(?:href|src)="\/(assets\/[^"]+|manifest\.webmanifest)"/g)]
    .filter((match) => !match[1]!.endsWith('.woff2') && !match[1]!.startsWith('assets/photos/'))
    .map((match) => byPath.get(match[1]!));
  const compressed = (file: BuiltFile) => (file.size < 512 ? file.size : brotliCompressSync(file.body).byteLength);
  return [html, ...new Set(linked)].reduce((sum, file) => (file ? sum + compressed(file) : sum), 0);
}

/** The run with the median performance score (ties: the first measured). */
function medianRun(runs: readonly Result[]): Result {
  const sorted = [...runs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** `floor`: re-measure while the median performance score is below this (0–1). */
async function scorePage(chrome: LaunchedChrome, page: BenchPage, acceptEncodings: Set<string>, floor: number): Promise<LighthouseRow> {
  const base = { name: page.name, path: page.path, isTypical: page.isTypical, isControl: page.isControl ?? false };
  // A new origin per page: no service worker or cache from the previous page can interfere.
  const server = await startStaticSiteServer();
  try {
    const files = page.build(server.origin);
    server.setFiles(files, placeholderImages(files));
    const url = `${server.origin}${page.path}`;
    const full = await runLighthouseCli(url, chrome.port);
    const perfRuns = [full];
    // The control page always gets every run: its median is the noise floor the others are held to.
    const wantsMore = () => page.isControl || (medianRun(perfRuns).categories.performance?.score ?? 0) < floor;
    while (perfRuns.length < PERF_RUNS && wantsMore()) {
      perfRuns.push(await runLighthouseCli(url, chrome.port, ['performance']));
    }
    const perf = medianRun(perfRuns);
    for (const encoding of server.acceptEncodings) acceptEncodings.add(encoding);
    return {
      ...base,
      scores: { ...categoryScores(full), performance: categoryScores(perf).performance },
      performanceRuns: perfRuns.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100)),
      benchmarkIndex: median(perfRuns.map((run) => run.environment.benchmarkIndex)),
      sizes: transferSizes(full),
      brotliBytes: brotliPageBytes(files, page.path),
      failing: [
        ...failingAudits(full).filter((audit) => audit.category !== 'performance'),
        ...failingAudits(perf).filter((audit) => audit.category === 'performance'),
      ],
    };
  } catch (error) {
    const scores = { performance: null, accessibility: null, 'best-practices': null, seo: null };
    const sizes = { pageBytes: 0, fontBytes: 0, imageBytes: 0, requests: 0 };
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, scores, performanceRuns: [], benchmarkIndex: null, sizes, brotliBytes: 0, failing: [], error: message };
  } finally {
    await server.close();
  }
}

export async function runLighthouseBench(
  options: { log?: (line: string) => void; pages?: BenchPage[] } = {},
): Promise<LighthouseBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const startedAt = performance.now();
  const pages = options.pages ?? [...lighthouseBenchPages(), ...(await photoPages())];
  if (!existsSync(CHROMIUM_PATH)) {
    log(`lighthouse bench: SKIPPED — no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROME_PATH).`);
    const skipped = `no Chromium at ${CHROMIUM_PATH}`;
    return {
      skipped,
      rows: [],
      isEveryScore100: false,
      typicalPageBytes: null,
      isTypicalUnder30KB: null,
      acceptEncodings: [],
      durationMs: performance.now() - startedAt,
    };
  }
  log(
    `lighthouse bench: ${pages.length} pages, Lighthouse 12 mobile (emulated Moto G Power, simulated slow 4G), ${CHROMIUM_PATH}; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  log("  Images under /images/ get placeholder SVGs of the declared size (the fixtures' image files are not part of a build),");
  log('  so scores measure our markup and CSS. "page xfer" = bytes on the wire incl. headers, excluding images.');
  log(`  Performance depends on this machine's CPU: a blank control page is scored first, and pages below 100 and below it`);
  log(`  are re-measured (up to ${PERF_RUNS} runs, median reported).`);
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent', maxConnectionRetries: 100 });
  const rows: LighthouseRow[] = [];
  const acceptEncodings = new Set<string>();
  try {
    let floor = 1;
    for (const page of pages) {
      const pageStartedAt = performance.now();
      const row = await scorePage(chrome, page, acceptEncodings, floor);
      rows.push(row);
      // Our pages are re-measured only while they score below what a blank page scores here.
      if (row.isControl && row.scores.performance !== null) floor = Math.min(1, row.scores.performance / 100);
      const runs = row.performanceRuns.length > 1 ? ` (performance runs ${row.performanceRuns.join('/')})` : '';
      log(
        `  scored ${page.name} in ${((performance.now() - pageStartedAt) / 1000).toFixed(1)} s${runs}${row.error ? ` — ERROR: ${row.error}` : ''}`,
      );
    }
  } finally {
    chrome.kill();
  }

  log('');
  printLighthouseTable(rows, log);
  log('');
  printFailures(rows, log);
  const ours = rows.filter((row) => !row.isControl);
  const isEveryScore100 =
    ours.length > 0 && ours.every((row) => !row.error && CATEGORIES.every((category) => row.scores[category] === 100));
  const typical = ours.filter((row) => row.isTypical && !row.error);
  const typicalPageBytes = typical.length ? Math.max(...typical.map((row) => row.sizes.pageBytes)) : null;
  const isTypicalUnder30KB = typicalPageBytes === null ? null : typicalPageBytes < TYPICAL_BUDGET_BYTES;
  log('');
  log(`Chromium's Accept-Encoding on page requests: ${[...acceptEncodings].join(' | ') || '(none seen)'}`);
  const isStaticAll100 =
    ours.length > 0 && ours.every((row) => !row.error && STATIC_CATEGORIES.every((category) => row.scores[category] === 100));
  const control = rows.find((row) => row.isControl && !row.error);
  log(`Every score 100 (all ${ours.length} document pages, 4 categories): ${isEveryScore100 ? 'YES' : 'NO'}`);
  log(`  accessibility, best practices, SEO 100 on every page: ${isStaticAll100 ? 'YES' : 'NO'}`);
  if (control && (control.scores.performance ?? 0) < 100) {
    log(
      `  performance: the blank control page scored ${control.scores.performance} here too (cpu idx ${control.benchmarkIndex?.toFixed(0)}, load average ${loadavg()[0]!.toFixed(1)}):`,
    );
    log('  this machine was too busy to tell a 100 from a 9x; judge performance only on a quiet machine (control at 100).');
  }
  log(
    `Typical 8-section page (vegan-bakery home, en and pt-BR) under 30 KB excluding images: ${isTypicalUnder30KB === null ? 'n/a' : isTypicalUnder30KB ? 'YES' : 'NO'} (${typicalPageBytes === null ? '—' : kb(typicalPageBytes)} on the wire incl. headers)`,
  );
  return {
    rows,
    isEveryScore100,
    typicalPageBytes,
    isTypicalUnder30KB,
    acceptEncodings: [...acceptEncodings],
    durationMs: performance.now() - startedAt,
  };
}

if (process.argv[1]?.endsWith('lighthouse-bench.ts')) {
  runLighthouseBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
