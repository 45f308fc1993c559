/**
 * `npm run bench`: every benchmark, in order — generate (naive vs planned), compose (the embedded
 * composer on a long prompt vs a typical one), serve (build,
 * publish → live, throughput vs nginx), images (photo variants), Lighthouse, editor (keystroke to
 * paint in the canvas, autosave payload) — then one summary. Numbers are medians and
 * ratios measured in this run against baselines measured in this run; nothing here asserts a
 * time (that would make a flaky test), it prints what it measured.
 *
 *   npm run bench                       all three
 *   npm run bench -- --only serve       one of: generate | compose | serve | images | lighthouse | editor | metering | domains | analyzer | insights | api | app (repeatable, or comma-separated)
 */
import { cpus, loadavg } from 'node:os';
import { analyzerSummary, runAnalyzerBench, type AnalyzerBenchResult } from './analyzer/analyzer-bench';
import { apiSummary, runApiBench, type ApiBenchResult } from './api/api-bench';
import { appSummary, runAppBench, type AppBenchResult } from './app/app-bench';
import { composeSummary, runComposeBench, type ComposeBenchResult } from './compose/compose-bench';
import { domainsSummary, runDomainsBench, type DomainsBenchResult } from './domains/domains-bench';
import { editorGoalLine, runEditorBench, type EditorBenchResult } from './editor/editor-bench';
import { runGenerateBench, type GenerateBenchResult } from './generate/naive-vs-planned';
import { insightsSummary, runInsightsBench, type InsightsBenchResult } from './insights/insights-bench';
import { runImagesBench, type ImagesBenchResult } from './images/images-bench';
import { runLighthouseBench, type LighthouseBenchResult } from './host/lighthouse-bench';
import { runMeteringBench, type MeteringBenchResult } from './metering/metering-bench';
import { runServeBench, type ServeBenchResult } from './host/serve-bench';
import { kb, ms } from './host/stats';

const BENCHES = [
  'generate',
  'compose',
  'serve',
  'images',
  'lighthouse',
  'editor',
  'metering',
  'domains',
  'analyzer',
  'insights',
  'api',
  'app',
] as const;
type BenchName = (typeof BENCHES)[number];

function parseOnly(argv: readonly string[]): BenchName[] {
  const chosen: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--only') chosen.push(...(argv[++i] ?? '').split(','));
    else if (arg.startsWith('--only=')) chosen.push(...arg.slice('--only='.length).split(','));
    // Sizes of the metering bench, read by metering-bench.ts.
    else if (/^--(events|customers)=\d+$/.test(arg)) continue;
    else throw new Error(`unknown argument ${arg} (use --only ${BENCHES.join('|')})`);
  }
  const unknown = chosen.filter((name) => !(BENCHES as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`unknown bench ${unknown.join(', ')} (one of ${BENCHES.join(', ')})`);
  return chosen.length ? BENCHES.filter((name) => chosen.includes(name)) : [...BENCHES];
}

type Results = {
  generate?: GenerateBenchResult;
  compose?: ComposeBenchResult;
  serve?: ServeBenchResult;
  images?: ImagesBenchResult;
  lighthouse?: LighthouseBenchResult;
  editor?: EditorBenchResult;
  metering?: MeteringBenchResult;
  domains?: DomainsBenchResult;
  analyzer?: AnalyzerBenchResult;
  insights?: InsightsBenchResult;
  api?: ApiBenchResult;
  app?: AppBenchResult;
};

const seconds = (value: number) => `${(value / 1000).toFixed(0)} s`;

function summary(results: Results, durations: Partial<Record<BenchName, number>>, totalMs: number): string[] {
  const lines = [
    '',
    '════════ bench summary ════════',
    `machine: ${cpus().length} CPUs, load average now ${loadavg()
      .map((v) => v.toFixed(1))
      .join(' / ')}`,
  ];
  const { generate, compose, serve, images, lighthouse, editor, metering, domains, analyzer, insights, api, app } = results;
  if (generate) {
    const { medians, ratios } = generate;
    lines.push(
      `generate   first section: naive ${medians.naive.firstSectionS.toFixed(1)} s vs planned ${medians.planned.firstSectionS.toFixed(1)} s (${ratios.firstSection.toFixed(2)}×); ` +
        `complete: ${medians.naive.completeS.toFixed(1)} s vs ${medians.planned.completeS.toFixed(1)} s (${ratios.complete.toFixed(2)}×); ` +
        `planned first complete section ${medians.planned.firstCompleteS?.toFixed(2) ?? '?'} s (goal ≤ 5 s)`,
    );
  }
  if (compose) lines.push(...composeSummary(compose));
  if (serve) {
    const { build, publishToLive, throughput } = serve;
    lines.push(
      `build      vegan-bakery (8 sections, 2 locales): median ${ms(build.medianMs)}, p90 ${ms(build.p90Ms)} (${build.runs} runs)`,
    );
    lines.push(
      `publish    requestPublish → 200 on the live host: median ${ms(publishToLive.medianMs)}, p90 ${ms(publishToLive.p90Ms)} (${publishToLive.runs} runs, ${publishToLive.database})`,
    );
    const nginx = throughput.nginx
      ? `nginx ${throughput.nginx.requestsPerSecond.toFixed(0)} req/s (p50 ${ms(throughput.nginx.p50Ms)}, p99 ${ms(throughput.nginx.p99Ms)}); ours/nginx ${throughput.oursOverNginx!.toFixed(2)}`
      : `nginx skipped: ${throughput.nginxSkipped}`;
    lines.push(
      `serve      ours ${throughput.ours.requestsPerSecond.toFixed(0)} req/s (p50 ${ms(throughput.ours.p50Ms)}, p99 ${ms(throughput.ours.p99Ms)}); ${nginx}`,
    );
    lines.push(
      throughput.next
        ? `           through next start ${throughput.next.requestsPerSecond.toFixed(0)} req/s (p50 ${ms(throughput.next.p50Ms)}, p99 ${ms(throughput.next.p99Ms)})` +
            `${throughput.nextOverNginx === null ? '' : `; next start/nginx ${throughput.nextOverNginx.toFixed(2)}`}`
        : `           through next start: skipped (${throughput.nextSkipped})`,
    );
    for (const [name, result, ratio, p99, skipped] of [
      ["npm start's front", throughput.front, throughput.frontOverNginx, throughput.frontP99OverNginx, throughput.frontSkipped],
      ['Caddy → site server', throughput.caddy, throughput.caddyOverNginx, throughput.caddyP99OverNginx, throughput.caddySkipped],
    ] as const) {
      lines.push(
        result
          ? `           self-hosted via ${name} ${result.requestsPerSecond.toFixed(0)} req/s (p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)})` +
              `${ratio === null || p99 === null ? '' : `; /nginx ${ratio.toFixed(2)}× req/s (goal ≥ 0.8), p99 ${p99.toFixed(2)}× (goal ≤ 2)`}`
          : `           self-hosted via ${name}: skipped (${skipped})`,
      );
    }
    if (throughput.caddyOverCaddyToNginx !== null && throughput.caddyP99OverCaddyToNginx !== null)
      lines.push(
        `           behind the same Caddy hop: site server/nginx ${throughput.caddyOverCaddyToNginx.toFixed(2)}× req/s (goal ≥ 0.8), p99 ${throughput.caddyP99OverCaddyToNginx.toFixed(2)}× (goal ≤ 2)`,
      );
    if (serve.headerParity.length)
      lines.push(`           WARNING: bench server and serveSiteFile differ (${serve.headerParity.length} differences)`);
  }
  if (images) {
    // A saving is printed as the change in bytes: 0.23 → "−23%", −0.37 (bigger) → "+37%".
    const change = (saving: number) => `${saving >= 0 ? '−' : '+'}${Math.abs(saving * 100).toFixed(0)}%`;
    lines.push(
      `images     ${images.photos} photos of 3–6 MP: median ${ms(images.medianMsPerMegapixel)}/MP for 12 hero variants; ` +
        `AVIF ${change(images.avifSavingVsOriginal)}, WebP ${change(images.webpSavingVsOriginal)} vs original; ` +
        `${change(images.avifSavingVsJpeg)} / ${change(images.webpSavingVsJpeg)} vs JPEG at the same width; republish encoded ${images.republishMadeVariants}`,
    );
  }
  if (lighthouse) {
    if (lighthouse.skipped) lines.push(`lighthouse skipped: ${lighthouse.skipped}`);
    else {
      const ours = lighthouse.rows.filter((row) => !row.isControl);
      const worst = (category: 'performance' | 'accessibility' | 'best-practices' | 'seo') =>
        Math.min(...ours.map((row) => row.scores[category] ?? 0));
      const control = lighthouse.rows.find((row) => row.isControl);
      lines.push(
        `lighthouse ${ours.length} pages, lowest scores: perf ${worst('performance')}, a11y ${worst('accessibility')}, best-practices ${worst('best-practices')}, seo ${worst('seo')}` +
          `${control ? ` (blank control page: perf ${control.scores.performance ?? '—'})` : ''}; every score 100: ${lighthouse.isEveryScore100 ? 'yes' : 'no'}`,
      );
      const failing = [...new Set(ours.flatMap((row) => row.failing.filter((audit) => audit.weight > 0).map((audit) => audit.id)))];
      if (failing.length) lines.push(`           audits costing points: ${failing.join(', ')}`);
      lines.push(
        `           typical 8-section page: ${lighthouse.typicalPageBytes === null ? '—' : kb(lighthouse.typicalPageBytes)} excl. images (< 30 KB: ${lighthouse.isTypicalUnder30KB ? 'yes' : 'no'})`,
      );
    }
  }
  if (editor) {
    for (const row of editor.pages) {
      lines.push(
        `editor     ${row.sections} sections, keystroke → painted p95 ${ms(row.painted.p95)}, → in sync p50 ${ms(row.inSync.p50)} / p95 ${ms(row.inSync.p95)} ` +
          `(before, every section rendered twice: painted p95 ${ms(row.diffAll.painted.p95)}, in sync p50 ${ms(row.diffAll.inSync.p50)} / p95 ${ms(row.diffAll.inSync.p95)}) ` +
          `(floor, an empty patch and no work: p50 ${ms(row.floor.p50)} / p95 ${ms(row.floor.p95)}); ` +
          `editor work per keystroke p50 ${row.pipeline.now.p50.toFixed(2)} ms vs ${row.pipeline.before.p50.toFixed(2)} ms before ` +
          `vs full reload p50 ${ms(row.baseline.p50)} (${row.speedup.toFixed(1)}×); autosave ${row.operationBytes} B per edit (operations) vs ${kb(row.documentBytes)} (whole draft, before)`,
      );
    }
    lines.push(`           ${editorGoalLine(editor)}`);
  }
  lines.push(
    ...(metering
      ? [
          `metering   recording adds ${metering.overhead.addedP99Ms.toFixed(2)} ms at p99 to an autosave request (goal ≤ 2 ms: ` +
            `${metering.overhead.addedP99Ms <= 2 ? 'met' : 'not met'}); ` +
            `ingest ${metering.ingest.eventsPerSecond.toFixed(0)} usage events/s (${metering.events} events, ${metering.database}; ` +
            `${(metering.ingest.eventsPerSecond / metering.ingest.baselineEventsPerSecond).toFixed(2)}× the VALUES-list baseline); ` +
            `drain ${metering.drain.calls} Stripe calls in ${metering.drain.seconds.toFixed(1)} s for ${metering.customers} customers, ` +
            `ratio to the floor ${metering.drain.ratioToFloor.toFixed(3)} (${metering.drain.floor} customer·meter·minute buckets)`,
        ]
      : []),
    ...(domains ? domainsSummary(domains) : []),
    ...(analyzer ? analyzerSummary(analyzer) : []),
    ...(insights ? insightsSummary(insights) : []),
    ...(api ? apiSummary(api) : []),
    ...(app ? appSummary(app) : []),
    `time       ${BENCHES.filter((name) => durations[name] !== undefined)
      .map((name) => `${name} ${seconds(durations[name]!)}`)
      .join(', ')}; total ${seconds(totalMs)}`,
  );
  return lines;
}

async function main(): Promise<void> {
  const only = parseOnly(process.argv.slice(2));
  const startedAt = performance.now();
  const results: Results = {};
  const durations: Partial<Record<BenchName, number>> = {};
  const runners: Record<BenchName, () => Promise<void>> = {
    generate: async () => void (results.generate = await runGenerateBench()),
    compose: async () => void (results.compose = await runComposeBench()),
    serve: async () => void (results.serve = await runServeBench()),
    images: async () => void (results.images = await runImagesBench()),
    lighthouse: async () => void (results.lighthouse = await runLighthouseBench()),
    editor: async () => void (results.editor = await runEditorBench()),
    metering: async () => void (results.metering = await runMeteringBench()),
    domains: async () => void (results.domains = await runDomainsBench()),
    analyzer: async () => void (results.analyzer = await runAnalyzerBench()),
    insights: async () => void (results.insights = await runInsightsBench()),
    api: async () => void (results.api = await runApiBench()),
    app: async () => void (results.app = await runAppBench()),
  };
  for (const name of only) {
    const benchStartedAt = performance.now();
    console.log(`\n──── ${name} ────`);
    await runners[name]();
    durations[name] = performance.now() - benchStartedAt;
  }
  for (const line of summary(results, durations, performance.now() - startedAt)) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
