/**
 * `npm run bench:editor`: in Chromium, real keystrokes typed into the editor's canvas (the real
 * frame script in a sandboxed srcdoc frame; the app side as the editor runs it, harness-main.ts),
 * on an 8-section and a 30-section page. For each keystroke it times, from the keydown:
 *   painted   — the next frame after the text changed on screen (what the person sees);
 *   in sync   — the edit applied through the schema, the touched section re-rendered, diffed,
 *               the patch delivered to the canvas and the next frame drawn (the whole pipeline);
 *   baseline  — the same keystroke with a full re-render and srcdoc reload instead of a patch,
 *               until the reloaded frame has loaded and drawn (measured in the same run).
 *   before    — the same with the previous pipeline (every section rendered twice and diffed);
 *   floor     — an empty patch sent straight back, no edit: the browser's own round trip.
 * Plus the autosave request per edit: the operations since the saved version (what it sends
 * now) next to the whole draft + base version (what it sent before). Prints p50/p95 and ratios; asserts nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { applyEdit, applyEditInFull } from '@/modules/editor/apply-edit';
import { createCanvasDiffer, diffCanvasSections } from '@/modules/editor/render-canvas-html';
import { duplicateSection } from '@/modules/editor/duplicate-section';
import { median, ms, percentile } from '../host/stats';

const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Issue 12's goal: ≤ 50 ms p95 from a keystroke to the painted text on the 8-section page. */
const GOAL_P95_MS = 50;
const GOAL_SECTIONS = 8;
const WARMUP = 5;
const KEYSTROKES = Number(process.env.EDITOR_BENCH_KEYSTROKES ?? 40);

type Mode = 'patch' | 'diff-all' | 'reload' | 'floor';
type Timings = { p50: number; p95: number };
export type EditorBenchResult = {
  pages: {
    sections: number;
    painted: Timings;
    inSync: Timings;
    /** The previous pipeline (every section rendered twice and diffed), same keystrokes, same run. */
    diffAll: { painted: Timings; inSync: Timings };
    /** A keystroke answered with an empty patch and no work: what the browser and machine take anyway. */
    floor: Timings;
    /** The editor's own work per keystroke in Node (apply + canvas patch), now and before. */
    pipeline: { now: Timings; before: Timings };
    baseline: Timings;
    /** baseline p50 / in-sync p50. */
    speedup: number;
    documentBytes: number;
    operationBytes: number;
  }[];
  keystrokes: number;
};

const mainSections = (document: SiteDocument) =>
  document.pages[0]!.sections.filter((section) => section.type !== 'footer' && !section.hidden);

/** The vegan-bakery home page grown to `count` main sections by duplicating its sections in turn. */
function pageWithSections(count: number): SiteDocument {
  let document = veganBakery;
  for (let i = 0; mainSections(document).length < count; i++) {
    const sections = mainSections(document);
    const op = duplicateSection(document, document.pages[0]!.slug, sections[i % sections.length]!.id);
    const result = op ? applyEdit(document, op) : null;
    if (!result?.ok) throw new Error('could not grow the bench page');
    document = result.document;
  }
  while (mainSections(document).length > count) {
    const last = mainSections(document).at(-1)!;
    const result = applyEdit(document, { op: 'remove-section', page: document.pages[0]!.slug, sectionId: last.id });
    if (!result.ok) throw new Error('could not shrink the bench page');
    document = result.document;
  }
  return document;
}

async function bundleHarness(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'harness-main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]!.text;
}

function serve(script: string, inputs: Map<string, string>): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bench');
    if (url.pathname === '/harness.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
      return;
    }
    const input = inputs.get(url.searchParams.get('run') ?? '');
    if (!input) {
      response.writeHead(404).end();
      return;
    }
    // `<` escaped so the JSON cannot close its script element.
    const json = input.replaceAll('<', '\\u003c');
    response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html><body><script id="bench-input" type="application/json">${json}</script><script src="/harness.js"></script></body></html>`,
      );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Timestamps inside the canvas: keydown, the next frame after each input, the next frame after
 * each patch arrived. A string, not a function: tsx would add helpers the frame does not have.
 */
const INSTRUMENT = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  // After the next frame is drawn: rAF runs before paint, a task posted from it runs after.
  const afterNextPaint = (record) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record.push(now());
    channel.port2.postMessage(0);
  });
  const marks = { down: [], painted: [], patched: [] };
  window.marks = marks;
  document.addEventListener('keydown', (event) => marks.down.push(performance.timeOrigin + event.timeStamp), true);
  document.addEventListener('input', () => afterNextPaint(marks.painted), true);
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'patch') afterNextPaint(marks.patched);
  });
})()`;

type Marks = { down: number[]; painted: number[]; patched: number[] };
type ParentState = { ready: boolean; reloaded: number[]; documentBytes: number[]; operationBytes: number[] };

async function typeAndMeasure(page: Page, base: string, run: string, mode: Mode) {
  await page.goto(`${base}/?run=${run}`);
  await page.waitForFunction(() => (window as unknown as { bench?: ParentState }).bench?.ready === true);
  const frame = await (await page.$('iframe'))!.contentFrame();
  if (!frame) throw new Error('no canvas frame');
  await frame.locator('main h1 [data-pm-key]').first().click();
  await frame.locator('.pm-editing').waitFor();
  await page.keyboard.press('End');
  // Installed after End: its keydown has no input, so counting it would pair each keystroke's
  // paint with the previous keystroke's keydown and time Playwright's round trip instead.
  await frame.evaluate(INSTRUMENT);
  const total = WARMUP + KEYSTROKES;
  for (let i = 0; i < total; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    // One keystroke at a time: the next is typed once this one is in sync (or reloaded).
    if (mode !== 'reload') await frame.waitForFunction((n) => (window as unknown as { marks: Marks }).marks.patched.length >= n, i + 1);
    else await page.waitForFunction((n) => (window as unknown as { bench: ParentState }).bench.reloaded.length >= n, i + 1);
  }
  await frame.waitForFunction((n) => (window as unknown as { marks: Marks }).marks.painted.length >= n, total);
  const marks = await frame.evaluate(() => (window as unknown as { marks: Marks }).marks);
  const parent = await page.evaluate(() => (window as unknown as { bench: ParentState }).bench);
  const done = mode !== 'reload' ? marks.patched : parent.reloaded;
  const since = (ends: number[]) => ends.slice(WARMUP, total).map((end, index) => end - marks.down[WARMUP + index]!);
  return {
    painted: since(marks.painted),
    done: since(done),
    documentBytes: median(parent.documentBytes),
    operationBytes: median(parent.operationBytes),
  };
}

const timings = (samples: number[]): Timings => ({ p50: median(samples), p95: percentile(samples, 95) });

/**
 * The editor's own work per keystroke, in Node (no browser, so the machine's scheduling noise
 * is mostly out): apply the text edit and work out the canvas patch — now (text shortcut + the
 * per-section render cache) and before (clone-apply-parse + every section rendered twice).
 */
function pipelineCost(document: SiteDocument, keystrokes: number) {
  const view = { pageSlug: document.pages[0]!.slug, locale: document.i18n.defaultLocale };
  const key = 'hero.title';
  const run = (isNow: boolean) => {
    const differ = createCanvasDiffer();
    differ.show({ ...view, document });
    let shown = document;
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + keystrokes; i++) {
      const start = performance.now();
      const op = { op: 'set-text', locale: view.locale, key, value: `Fresh bread ${'x'.repeat(i)}` } as const;
      const result = isNow ? applyEdit(shown, op) : applyEditInFull(shown, op);
      if (!result.ok) throw new Error('bench edit refused');
      const after = { ...view, document: result.document };
      const change = isNow ? differ.change(after) : diffCanvasSections({ ...view, document: shown }, after);
      if (change?.type !== 'patch' || change.sections.length !== 1) throw new Error('expected a one-section patch');
      shown = result.document;
      if (i >= WARMUP) samples.push(performance.now() - start);
    }
    return timings(samples);
  };
  const before = run(false);
  const now = run(true);
  return { now, before };
}

/**
 * The goal line, printed by this bench and in `npm run bench`'s summary. Judged on both ends a
 * person could call "the painted text": the keystroke's own echo painted in the canvas (painted)
 * and the edit applied through the schema, patched into the canvas and drawn (in sync). It is
 * met only when both p95s are within the goal; each is printed, so a miss says which one.
 */
export function editorGoalLine(result: EditorBenchResult): string {
  const row = result.pages.find((page) => page.sections === GOAL_SECTIONS);
  if (!row) return `goal ≤ ${GOAL_P95_MS} ms p95 keystroke → painted text on the ${GOAL_SECTIONS}-section page: not measured`;
  const within = (value: number) => (value <= GOAL_P95_MS ? 'within' : 'OVER');
  const isMet = row.painted.p95 <= GOAL_P95_MS && row.inSync.p95 <= GOAL_P95_MS;
  return (
    `goal ≤ ${GOAL_P95_MS} ms p95 from a keystroke to the painted text on the ${GOAL_SECTIONS}-section page: ${isMet ? 'met' : 'NOT met'} — ` +
    `painted p95 ${ms(row.painted.p95)} (${within(row.painted.p95)}), in sync (applied, patched, drawn) p95 ${ms(row.inSync.p95)} (${within(row.inSync.p95)}); ` +
    `${result.keystrokes} keystrokes`
  );
}

export async function runEditorBench(log: (line: string) => void = console.log): Promise<EditorBenchResult> {
  const sizes = [8, 30];
  const inputs = new Map<string, string>();
  for (const sections of sizes) {
    const document = pageWithSections(sections);
    for (const mode of ['patch', 'diff-all', 'reload', 'floor'] as const)
      inputs.set(`${sections}-${mode}`, JSON.stringify({ document, mode }));
  }
  const server = await serve(await bundleHarness(), inputs);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const pages: EditorBenchResult['pages'] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const sections of sizes) {
      const patched = await typeAndMeasure(page, base, `${sections}-patch`, 'patch');
      const diffAll = await typeAndMeasure(page, base, `${sections}-diff-all`, 'diff-all');
      const reloaded = await typeAndMeasure(page, base, `${sections}-reload`, 'reload');
      const floor = await typeAndMeasure(page, base, `${sections}-floor`, 'floor');
      const row = {
        sections,
        painted: timings(patched.painted),
        inSync: timings(patched.done),
        diffAll: { painted: timings(diffAll.painted), inSync: timings(diffAll.done) },
        floor: timings(floor.done),
        pipeline: pipelineCost(pageWithSections(sections), 200),
        baseline: timings(reloaded.done),
        speedup: median(reloaded.done) / median(patched.done),
        documentBytes: patched.documentBytes,
        operationBytes: patched.operationBytes,
      };
      pages.push(row);
      log(
        `editor ${sections} sections: keystroke → painted p50 ${ms(row.painted.p50)}, p95 ${ms(row.painted.p95)}; ` +
          `→ in sync (patch) p50 ${ms(row.inSync.p50)}, p95 ${ms(row.inSync.p95)}; ` +
          `before (every section rendered twice) painted p50 ${ms(row.diffAll.painted.p50)}, p95 ${ms(row.diffAll.painted.p95)}, ` +
          `in sync p50 ${ms(row.diffAll.inSync.p50)}, p95 ${ms(row.diffAll.inSync.p95)} ` +
          `(painted p95 ${(row.diffAll.painted.p95 / row.painted.p95).toFixed(1)}×, in sync p50 ${(row.diffAll.inSync.p50 / row.inSync.p50).toFixed(1)}×); ` +
          `floor (empty patch, no work) p50 ${ms(row.floor.p50)}, p95 ${ms(row.floor.p95)}; ` +
          `baseline full srcdoc reload p50 ${ms(row.baseline.p50)}, p95 ${ms(row.baseline.p95)} (${row.speedup.toFixed(1)}× slower)`,
      );
      log(
        `       editor work per keystroke (Node, 200 keystrokes): now p50 ${row.pipeline.now.p50.toFixed(2)} ms, p95 ${row.pipeline.now.p95.toFixed(2)} ms; ` +
          `before p50 ${row.pipeline.before.p50.toFixed(2)} ms, p95 ${row.pipeline.before.p95.toFixed(2)} ms ` +
          `(${(row.pipeline.before.p50 / row.pipeline.now.p50).toFixed(1)}× less work)`,
      );
      log(
        `       autosave payload per edit: ${row.operationBytes} B (the operations, sent now) vs ${row.documentBytes} B (whole draft, before): ` +
          `${(row.documentBytes / row.operationBytes).toFixed(0)}×`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  const result = { pages, keystrokes: KEYSTROKES };
  log(`editor ${editorGoalLine(result)}`);
  return result;
}
