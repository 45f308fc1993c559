/**
 * Benchmark: one big "write the whole site as HTML" request (naive) against a
 * short plan followed by 8 section requests in parallel (planned), on the
 * fake OpenAI-compatible server set to a GPU-like profile: 500 ms to first
 * token, 30 tokens/s per stream, 400 tokens/s shared by all streams.
 *
 * At those rates the naive run alone takes ~2 minutes, so the servers run
 * faster by a time scale and every time is reported back in model seconds
 * (measured × scale). The two arms get their own scale: one stream at ×10
 * is still measured accurately, but 8 parallel streams at ×10 (2,400 SSE
 * chunks/s through the AI SDK in this one process) make the client CPU the
 * bottleneck and would flatter the naive arm; at ×3 they stay within a few
 * percent of the theoretical time. A warm-up request on each server keeps
 * first-request costs (module loading, JIT) out of the numbers.
 *
 * Run: npx tsx tests/bench/generate/naive-vs-planned.ts [repetitions]
 */
import { createOpenAI } from '@ai-sdk/openai';
import { streamText } from 'ai';
import { z } from 'zod';
import { generateStructured } from '../../../src/lib/ai/generate-structured';
import type { ProviderConfig } from '../../../src/lib/ai/providers';
import { startFakeOpenAI, type ChatCompletionRequestBody } from '../../fakes/openai/server';
import { synthesizeFromSchema } from '../../fakes/openai/synthesize-from-schema';

const PROFILE = { timeToFirstTokenMs: 500, tokensPerSecond: 30, aggregateTokensPerSecond: 400 };
const SECTION_COUNT = 8;
// Target sizes in tokens (the fake counts ~4 characters per token).
const NAIVE_TOKENS = 3_500;
const PLAN_TOKENS = 150;
const SECTION_TOKENS = 180;

/** Stand-in for the real site-document section schema; pass `sectionSchema` to bench the real one. */
export const PlaceholderSectionSchema = z.object({
  id: z.string(),
  kind: z.enum(['hero', 'about', 'services', 'gallery', 'testimonials', 'faq', 'contact', 'footer']),
  heading: z.string(),
  body: z.string(),
  items: z.array(z.object({ title: z.string(), text: z.string() })).max(6),
});

const PlanSchema = z.object({
  title: z.string(),
  theme: z.string(),
  sections: z.array(z.object({ id: z.string(), kind: z.string(), brief: z.string() })).length(SECTION_COUNT),
});
type Plan = z.infer<typeof PlanSchema>;

const KINDS = ['hero', 'about', 'services', 'gallery', 'testimonials', 'faq', 'contact', 'footer'] as const;
const LOREM = 'Pães artesanais de fermentação natural, assados todas as manhãs no forno a lenha do bairro. ';

function fill(chars: number): string {
  return LOREM.repeat(Math.ceil(chars / LOREM.length)).slice(0, chars).trim();
}

function naiveHtml(): string {
  const perSection = Math.floor((NAIVE_TOKENS * 4) / SECTION_COUNT);
  return KINDS.map((kind, i) => {
    const open = `<section id="s${i + 1}" class="section section--${kind}">\n  <h2>${kind}</h2>\n  <p>`;
    const close = `</p>\n</section>\n`;
    return open + fill(perSection - open.length - close.length) + close;
  }).join('');
}

function planJson(): string {
  const plan: Plan = { title: 'Padaria Pão Quente', theme: 'warm', sections: [] };
  const briefChars = Math.floor((PLAN_TOKENS * 4 - 80) / SECTION_COUNT) - 40;
  KINDS.forEach((kind, i) => plan.sections.push({ id: `s${i + 1}`, kind, brief: fill(briefChars) }));
  return JSON.stringify(plan);
}

function placeholderSection(index: number): z.infer<typeof PlaceholderSectionSchema> {
  const section = { id: `s${index + 1}`, kind: KINDS[index % KINDS.length], heading: 'Nossa padaria', body: '', items: [] as Array<{ title: string; text: string }> };
  for (let i = 0; i < 3; i++) section.items.push({ title: `Item ${i + 1}`, text: fill(90) });
  section.body = fill(SECTION_TOKENS * 4 - JSON.stringify(section).length);
  return section;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every string leaf as a (container, key) pair, so it can be rewritten in place. */
function stringLeaves(node: Json, out: Array<{ parent: Json[] | { [key: string]: Json }; key: string | number }> = []) {
  if (Array.isArray(node)) {
    node.forEach((v, i) => {
      if (typeof v === 'string') out.push({ parent: node, key: i });
      else stringLeaves(v, out);
    });
  } else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string') out.push({ parent: node, key: k });
      else stringLeaves(v, out);
    }
  }
  return out;
}

/**
 * A JSON instance of any section schema, about SECTION_TOKENS long: a minimal
 * synthesized instance whose strings are lengthened one at a time, keeping
 * only the growth the schema accepts (maxLength, enums and patterns stay valid).
 */
const sectionJsonCache = new Map<z.ZodType<unknown>, string>();
function sectionJsonFor(schema: z.ZodType<unknown>, index: number): string {
  if (schema === PlaceholderSectionSchema) return JSON.stringify(placeholderSection(index));
  const cached = sectionJsonCache.get(schema);
  if (cached) return cached;
  const value = synthesizeFromSchema(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as Json;
  const growing = stringLeaves(value);
  while (growing.length > 0 && JSON.stringify(value).length < SECTION_TOKENS * 4) {
    for (let i = growing.length - 1; i >= 0; i--) {
      const { parent, key } = growing[i];
      // Arrays are indexed the same way; one record view keeps the code short.
      const container = parent as { [key: string]: Json };
      const before = container[key];
      container[key] = `${String(before)} ${fill(30)}`;
      if (!schema.safeParse(value).success) {
        container[key] = before;
        growing.splice(i, 1);
      }
    }
  }
  const text = JSON.stringify(value);
  sectionJsonCache.set(schema, text);
  return text;
}

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
  sectionSchema?: z.ZodType<unknown>;
  log?: (line: string) => void;
}

export interface GenerateBenchRun {
  firstSectionS: number;
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
  const sectionSchema = options.sectionSchema ?? PlaceholderSectionSchema;
  const log = options.log ?? ((line: string) => console.log(line));
  const toModelSeconds = (ms: number, scale: number) => (ms * scale) / 1000;

  const html = naiveHtml();
  const plan = planJson();
  const responder = (request: ChatCompletionRequestBody) => {
    const format = request.response_format;
    const lastMessage = request.messages?.at(-1)?.content;
    const prompt = typeof lastMessage === 'string' ? lastMessage : '';
    if (prompt === 'warm-up') return format?.type === 'json_schema' ? JSON.stringify(JSON.parse(plan)) : 'ok';
    if (format?.type !== 'json_schema') return html;
    if (format.json_schema.name === 'site_plan') return plan;
    const index = Number(/section (\d+)/i.exec(prompt)?.[1] ?? 0);
    return sectionJsonFor(sectionSchema, index);
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
  const common = { chain, system: 'You build websites.', timeoutMs: 600_000, firstTokenTimeoutMs: 600_000 };

  async function naiveRun(prompt = 'Write the complete 8-section website for a bakery as HTML.'): Promise<GenerateBenchRun> {
    const startedAt = performance.now();
    let firstSectionAt: number | null = null;
    let text = '';
    const result = streamText({
      model: openai.chat('bench-model'),
      system: common.system,
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

  async function plannedRun(): Promise<GenerateBenchRun> {
    const startedAt = performance.now();
    const planned = await generateStructured({
      ...common,
      schema: PlanSchema,
      jsonSchemaName: 'site_plan',
      prompt: 'Plan an 8-section website for a bakery.',
      maxOutputTokens: PLAN_TOKENS * 3,
      offline: () => JSON.parse(plan) as Plan,
    });
    let firstSectionAt: number | null = null;
    const sections = await Promise.all(
      planned.value.sections.map((section, index) =>
        generateStructured({
          ...common,
          schema: sectionSchema,
          jsonSchemaName: 'site_section',
          prompt: `Section ${index}: ${section.kind}. ${section.brief}`,
          maxOutputTokens: SECTION_TOKENS * 4,
          offline: () => {
            throw new Error('the bench must not fall back to offline');
          },
        }).then((result) => {
          firstSectionAt ??= performance.now();
          return result;
        }),
      ),
    );
    const servedBy = new Set([planned.provider, ...sections.map((s) => s.provider)]);
    if (servedBy.size !== 1 || !servedBy.has('vllm')) throw new Error(`unexpected providers: ${[...servedBy].join(',')}`);
    return {
      firstSectionS: toModelSeconds((firstSectionAt ?? performance.now()) - startedAt, plannedScale),
      completeS: toModelSeconds(performance.now() - startedAt, plannedScale),
      outputTokens: planned.usage.outputTokens + sections.reduce((sum, s) => sum + s.usage.outputTokens, 0),
    };
  }

  const naive: GenerateBenchRun[] = [];
  const planned: GenerateBenchRun[] = [];
  try {
    await naiveRun('warm-up');
    await generateStructured({ ...common, schema: PlanSchema, jsonSchemaName: 'site_plan', prompt: 'warm-up', maxOutputTokens: 1_000, offline: () => JSON.parse(plan) as Plan });
    log(
      `generate bench: ${repetitions} runs, profile TTFT ${PROFILE.timeToFirstTokenMs} ms, ${PROFILE.tokensPerSecond} tok/s per stream, ` +
        `${PROFILE.aggregateTokensPerSecond} tok/s aggregate (servers ×${naiveScale} naive, ×${plannedScale} planned; times in model seconds)`,
    );
    for (let i = 0; i < repetitions; i++) {
      naive.push(await naiveRun());
      planned.push(await plannedRun());
      const n = naive.at(-1)!;
      const p = planned.at(-1)!;
      log(`  run ${i + 1}: naive first ${n.firstSectionS.toFixed(1)} s / all ${n.completeS.toFixed(1)} s; planned first ${p.firstSectionS.toFixed(1)} s / all ${p.completeS.toFixed(1)} s`);
    }
  } finally {
    await Promise.all([naiveServer.close(), plannedServer.close()]);
  }

  const summarize = (runs: GenerateBenchRun[]): GenerateBenchRun => ({
    firstSectionS: median(runs.map((r) => r.firstSectionS)),
    completeS: median(runs.map((r) => r.completeS)),
    outputTokens: median(runs.map((r) => r.outputTokens)),
  });
  const medians = { naive: summarize(naive), planned: summarize(planned) };
  const ratios = {
    firstSection: medians.naive.firstSectionS / medians.planned.firstSectionS,
    complete: medians.naive.completeS / medians.planned.completeS,
  };

  log('');
  log('                     first section   complete   output tokens');
  for (const [name, m] of [['naive (baseline)', medians.naive], ['planned', medians.planned]] as const) {
    log(`  ${name.padEnd(18)} ${`${m.firstSectionS.toFixed(1)} s`.padStart(13)}   ${`${m.completeS.toFixed(1)} s`.padStart(8)}   ${String(Math.round(m.outputTokens)).padStart(13)}`);
  }
  log(`  ratio naive/planned ${`${ratios.firstSection.toFixed(2)}×`.padStart(12)}   ${`${ratios.complete.toFixed(2)}×`.padStart(8)}`);
  return { naive, planned, medians, ratios };
}

if (process.argv[1]?.endsWith('naive-vs-planned.ts')) {
  const repetitions = Number(process.argv[2]);
  runGenerateBench({ repetitions: Number.isInteger(repetitions) && repetitions > 0 ? repetitions : undefined }).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
