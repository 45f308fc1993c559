/**
 * Benchmark: one big "write the whole site as HTML" request (naive) against
 * the real generation engine, `generateSite` (planned): a short plan call,
 * then 8 section calls in parallel with the real section schemas, each
 * section shown as soon as it is merged. Both run on the fake
 * OpenAI-compatible server set to a GPU-like profile: 500 ms to first token,
 * 30 tokens/s per stream, 400 tokens/s shared by all streams. The fake
 * answers the planned arm's calls with valid instances of the exact schemas
 * the engine sends (synthesized, then padded to a realistic size: plan ~150
 * tokens, sections 150–250 tokens), so the engine's own parsing, repair,
 * merging and validation are part of the measured time.
 *
 * At those rates the naive run alone takes ~2 minutes, so the servers run
 * faster by a time scale and every time is reported back in model seconds
 * (measured × scale). The two arms get their own scale: one stream at ×10
 * is still measured accurately, but 8 parallel streams at ×10 (2,400 SSE
 * chunks/s through the AI SDK in this one process) make the client CPU the
 * bottleneck and would flatter the naive arm; at ×3 they stay within a few
 * percent of the theoretical time. A warm-up run on each server keeps
 * first-request costs (module loading, JIT) out of the numbers.
 *
 * "First section" is the first visible section: `</section>` in the naive
 * HTML stream, the first `section` event of the engine (its page frame, the
 * `skeleton` event, comes earlier still and is logged per run).
 *
 * Run: npx tsx tests/bench/generate/naive-vs-planned.ts [repetitions] [--planned-scale=N] [--naive-scale=N]
 */
import { availableParallelism, loadavg } from 'node:os';
import { createOpenAI } from '@ai-sdk/openai';
import { streamText } from 'ai';
import { type z } from 'zod';
import type { ProviderConfig } from '../../../src/lib/ai/providers';
import { generateSite } from '../../../src/modules/generate/engine/generate-site';
import type { OfflineComposer } from '../../../src/modules/generate/engine/generation-types';
import { extractSiteBrief } from '../../../src/modules/generate/extract-site-brief';
import { startFakeOpenAI, type ChatCompletionRequestBody } from '../../fakes/openai/server';
import { LOCALES, NAIVE_TOKENS, PLAN, briefJson, naiveHtml, planJson, sectionJsonFor } from './bench-answers';

const PROFILE = { timeToFirstTokenMs: 500, tokensPerSecond: 30, aggregateTokensPerSecond: 400 };
const SECTION_COUNT = PLAN.length;
const PROMPT = 'Padaria artesanal em São Paulo: pães de fermentação natural, doces, café; encomendas pelo WhatsApp.';

/** The planned arm must be served by the model end to end; an offline part would make the numbers meaningless. */
const noOffline: OfflineComposer = {
  composeSite: () => {
    throw new Error('the bench must not fall back to offline');
  },
  composeSection: () => {
    throw new Error('the bench must not fall back to offline');
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface GenerateBenchOptions {
  repetitions?: number;
  /** The naive arm's server runs this many times faster than PROFILE; times are scaled back. Default 10. */
  naiveTimeScale?: number;
  /** Same for the planned arm. Default 3 (see the header for why it is lower). */
  plannedTimeScale?: number;
  /**
   * @deprecated Ignored: the planned arm now runs `generateSite` with the real section schemas.
   * Kept so existing callers still compile.
   */
  sectionSchema?: z.ZodType<unknown>;
  log?: (line: string) => void;
}

export interface GenerateBenchRun {
  /** The page frame (planned arm only): the first visible content. */
  frameS?: number;
  /**
   * The first painted section content: `</section>` in the naive HTML stream; the engine's first
   * `section-draft` (a section's first decoded fields) or `section`, whichever comes first.
   */
  firstSectionS: number;
  /** Planned arm only: the first section complete (its `section` event). */
  firstCompleteS?: number;
  completeS: number;
  outputTokens: number;
}

export interface GenerateBenchResult {
  naive: GenerateBenchRun[];
  planned: GenerateBenchRun[];
  medians: { naive: GenerateBenchRun; planned: GenerateBenchRun };
  /** naive ÷ planned: above 1 means planned is faster. */
  ratios: { firstSection: number; complete: number };
}

export async function runGenerateBench(options: GenerateBenchOptions = {}): Promise<GenerateBenchResult> {
  const repetitions = options.repetitions ?? 3;
  const naiveScale = options.naiveTimeScale ?? 10;
  const plannedScale = options.plannedTimeScale ?? 3;
  const log = options.log ?? ((line: string) => console.log(line));
  const toModelSeconds = (ms: number, scale: number) => (ms * scale) / 1000;

  const html = naiveHtml();
  const plan = planJson();
  const brief = briefJson();
  const responder = (request: ChatCompletionRequestBody) => {
    const format = request.response_format;
    if (format?.type !== 'json_schema') {
      const lastMessage = request.messages?.at(-1)?.content;
      return lastMessage === 'warm-up' ? 'ok' : html;
    }
    const name = format.json_schema.name ?? '';
    if (name === 'site_plan') return plan;
    if (name === 'site_brief') return brief;
    const type = PLAN.find((candidate) => name === `section_${candidate}`);
    if (!type) throw new Error(`unexpected call ${name}`);
    return sectionJsonFor(type);
  };
  const startServer = (scale: number) =>
    startFakeOpenAI({
      model: 'bench-model',
      timeToFirstTokenMs: PROFILE.timeToFirstTokenMs / scale,
      tokensPerSecond: PROFILE.tokensPerSecond * scale,
      aggregateTokensPerSecond: PROFILE.aggregateTokensPerSecond * scale,
      responder,
    });
  const naiveServer = await startServer(naiveScale);
  const plannedServer = await startServer(plannedScale);
  const chain: ProviderConfig[] = [{ kind: 'vllm', baseURL: plannedServer.url, model: 'bench-model' }];
  const openai = createOpenAI({ baseURL: naiveServer.url, apiKey: 'EMPTY' });

  async function naiveRun(prompt = 'Write the complete 8-section website for a bakery as HTML.'): Promise<GenerateBenchRun> {
    const startedAt = performance.now();
    let firstSectionAt: number | null = null;
    let text = '';
    const result = streamText({
      model: openai.chat('bench-model'),
      system: 'You build websites.',
      prompt,
      maxOutputTokens: NAIVE_TOKENS + 500,
      maxRetries: 0,
    });
    for await (const delta of result.textStream) {
      text += delta;
      if (firstSectionAt === null && text.includes('</section>')) firstSectionAt = performance.now();
    }
    const usage = await result.totalUsage;
    return {
      firstSectionS: toModelSeconds((firstSectionAt ?? performance.now()) - startedAt, naiveScale),
      completeS: toModelSeconds(performance.now() - startedAt, naiveScale),
      outputTokens: usage.outputTokens ?? 0,
    };
  }

  // Without a brief the engine has nothing to start sections from before their plan line: the
  // engine as it was before sections started from the brief (fields still stream as drafts).
  async function plannedRun(withBrief = true): Promise<GenerateBenchRun & { skeletonS: number; firstCompleteS: number }> {
    const startedAt = performance.now();
    let skeletonAt: number | null = null;
    let firstSectionAt: number | null = null;
    let firstCompleteAt: number | null = null;
    // Generous limits: at this profile a section takes ~8 model seconds, and timeouts are wall-clock.
    const engine = generateSite({
      prompt: PROMPT,
      locales: LOCALES,
      chain,
      offline: noOffline,
      // As the generate route does: the brief read from the prompt (the studio's, when it sends one).
      ...(withBrief ? { brief: { ...extractSiteBrief({ prompt: PROMPT, fallbackLocales: LOCALES }), languages: [...LOCALES] } } : {}),
      timeouts: { planMs: 600_000, sectionMs: 600_000, firstTokenMs: 600_000 },
    });
    for (;;) {
      const step = await engine.next();
      if (step.done) {
        const result = step.value;
        if (result.providers.join() !== 'vllm') throw new Error(`unexpected providers: ${result.providers.join(',')}`);
        if (result.document.pages[0].sections.length !== SECTION_COUNT) throw new Error('the document is missing sections');
        return {
          skeletonS: toModelSeconds((skeletonAt ?? startedAt) - startedAt, plannedScale),
          firstSectionS: toModelSeconds((firstSectionAt ?? performance.now()) - startedAt, plannedScale),
          firstCompleteS: toModelSeconds((firstCompleteAt ?? performance.now()) - startedAt, plannedScale),
          completeS: toModelSeconds(performance.now() - startedAt, plannedScale),
          outputTokens: result.usage.outputTokens,
        };
      }
      const event = step.value;
      if (event.type === 'skeleton') skeletonAt ??= performance.now();
      if (event.type === 'section' || event.type === 'section-draft') firstSectionAt ??= performance.now();
      if (event.type === 'section') firstCompleteAt ??= performance.now();
      if (event.type === 'section-failed') throw new Error(`section ${event.sectionId} failed: ${event.reason}`);
    }
  }

  const naive: GenerateBenchRun[] = [];
  const planned: GenerateBenchRun[] = [];
  const planLinesOnly: GenerateBenchRun[] = [];
  try {
    await naiveRun('warm-up');
    await plannedRun();
    log(
      `generate bench: ${repetitions} runs, profile TTFT ${PROFILE.timeToFirstTokenMs} ms, ${PROFILE.tokensPerSecond} tok/s per stream, ` +
        `${PROFILE.aggregateTokensPerSecond} tok/s aggregate (servers ×${naiveScale} naive, ×${plannedScale} planned; times in model seconds)`,
    );
    for (let i = 0; i < repetitions; i++) {
      naive.push(await naiveRun());
      const p = await plannedRun();
      planned.push({
        frameS: p.skeletonS,
        firstSectionS: p.firstSectionS,
        firstCompleteS: p.firstCompleteS,
        completeS: p.completeS,
        outputTokens: p.outputTokens,
      });
      const b = await plannedRun(false);
      planLinesOnly.push({
        frameS: b.skeletonS,
        firstSectionS: b.firstSectionS,
        firstCompleteS: b.firstCompleteS,
        completeS: b.completeS,
        outputTokens: b.outputTokens,
      });
      const n = naive.at(-1)!;
      log(
        `  run ${i + 1}: naive first ${n.firstSectionS.toFixed(1)} s / all ${n.completeS.toFixed(1)} s; ` +
          `planned frame ${p.skeletonS.toFixed(1)} s / first content ${p.firstSectionS.toFixed(1)} s / first complete ${p.firstCompleteS.toFixed(1)} s / all ${p.completeS.toFixed(1)} s; ` +
          `plan lines only: first complete ${b.firstCompleteS.toFixed(1)} s / all ${b.completeS.toFixed(1)} s`,
      );
    }
  } finally {
    await Promise.all([naiveServer.close(), plannedServer.close()]);
  }

  const summarize = (runs: GenerateBenchRun[]): GenerateBenchRun => ({
    ...(runs.every((r) => r.frameS !== undefined) ? { frameS: median(runs.map((r) => r.frameS ?? 0)) } : {}),
    ...(runs.every((r) => r.firstCompleteS !== undefined) ? { firstCompleteS: median(runs.map((r) => r.firstCompleteS ?? 0)) } : {}),
    firstSectionS: median(runs.map((r) => r.firstSectionS)),
    completeS: median(runs.map((r) => r.completeS)),
    outputTokens: median(runs.map((r) => r.outputTokens)),
  });
  const medians = { naive: summarize(naive), planned: summarize(planned) };
  const linesOnly = summarize(planLinesOnly);
  const ratios = {
    firstSection: medians.naive.firstSectionS / medians.planned.firstSectionS,
    complete: medians.naive.completeS / medians.planned.completeS,
  };

  log('');
  log('                     first section   complete   output tokens');
  for (const [name, m] of [
    ['naive (baseline)', medians.naive],
    ['planned', medians.planned],
  ] as const) {
    log(
      `  ${name.padEnd(18)} ${`${m.firstSectionS.toFixed(1)} s`.padStart(13)}   ${`${m.completeS.toFixed(1)} s`.padStart(8)}   ${String(Math.round(m.outputTokens)).padStart(13)}`,
    );
  }
  log(
    `  plan lines only    first complete ${linesOnly.firstCompleteS?.toFixed(1) ?? '?'} s, complete ${linesOnly.completeS.toFixed(1)} s ` +
      `(sections start when their plan line is written; with the brief: ${(linesOnly.completeS / medians.planned.completeS).toFixed(2)}× faster to complete)`,
  );
  log(`  ratio naive/planned ${`${ratios.firstSection.toFixed(2)}×`.padStart(12)}   ${`${ratios.complete.toFixed(2)}×`.padStart(8)}`);
  // Issue 9's goals: first visible content ≤ 2 s, first complete section ≤ 5 s, complete site ≤ 9 s.
  const verdict = (value: number | null | undefined, goal: number) =>
    `goal ≤ ${goal} s: ${value !== null && value !== undefined && value <= goal ? 'met' : 'NOT met'}`;
  log(
    `  planned: page frame ${medians.planned.frameS?.toFixed(1) ?? '?'} s, first section content ${medians.planned.firstSectionS.toFixed(1)} s (${verdict(medians.planned.firstSectionS, 2)}), ` +
      `first complete section ${medians.planned.firstCompleteS?.toFixed(1) ?? '?'} s (${verdict(medians.planned.firstCompleteS, 5)}), ` +
      `complete ${medians.planned.completeS.toFixed(1)} s (${verdict(medians.planned.completeS, 9)}), ${Math.round(medians.planned.outputTokens)} output tokens per site`,
  );
  return { naive, planned, medians, ratios };
}

/** `--planned-scale=1` and `--naive-scale=N`: a loaded machine measures the planned arm's 8 streams truthfully only at ×1 (real time). */
function scaleArg(name: string): number | undefined {
  const value = Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

if (process.argv[1]?.endsWith('naive-vs-planned.ts')) {
  const repetitions = Number(process.argv[2]);
  // The machine's load beside the figures: the planned arm's client work is scaled up with its time.
  console.log(
    `load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')} on ${availableParallelism()} cores`,
  );
  runGenerateBench({
    repetitions: Number.isInteger(repetitions) && repetitions > 0 ? repetitions : undefined,
    plannedTimeScale: scaleArg('planned-scale'),
    naiveTimeScale: scaleArg('naive-scale'),
  })
    .then(() =>
      console.log(
        `load average ${loadavg()
          .map((load) => load.toFixed(2))
          .join(', ')} at the end`,
      ),
    )
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
