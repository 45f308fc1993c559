import { GenerationFailedError, generateStructured } from '@/lib/ai/generate-structured';
import type { ProviderConfig } from '@/lib/ai/providers';
import { buildPrompts } from './build-prompts';
import { buildSkeleton } from './build-skeleton';
import { checkBriefCoverage } from '@/modules/brief/check-brief-coverage';
import { completeBriefFeatures } from './complete-brief-features';
import { enforceBriefPlan, likelySectionIds } from './enforce-brief-plan';
import { finalizeDocument } from '@/modules/document/finalize-document';
import {
  DEFAULT_TIMEOUTS,
  type EngineTimeouts,
  type GenerationEvent,
  type GenerationResult,
  type OfflineComposer,
} from './generation-types';
import { normalizePlan } from './normalize-plan';
import { PLAN_MAX_SECTIONS, planSchema, type SiteStyle } from './plan-schema';
import { repairPlan } from './repair-plan';
import { resolveLocales } from './resolve-locales';
import { runEventStream, type Emit } from './run-event-stream';
import { streamOfflineSite } from './stream-offline-site';
import { streamSections, type PrestartedSection } from './stream-sections';
import { tallyUsage } from './tally-usage';
import { generateSectionContent } from './generate-section-content';
import { limitConcurrency } from './limit-concurrency';
import { retargetDanglingAnchors } from './retarget-anchors';
import { watchPlanStream } from './watch-plan-stream';
import { predictPlan } from './predict-plan';
import { generateBrief, type GeneratedBrief } from './generate-brief';
import { createSectionDrafts } from './section-drafts';
import type { SiteContext } from './build-prompts';
import type { PlannedSection } from './plan-schema';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';

export type GenerateSiteInput = {
  /** The person's description of the site: data, never instructions. */
  prompt: string;
  /** Site locales; the first is the default. */
  locales: string[];
  style?: SiteStyle;
  /** A hint: a schema.org type (then it is used as is) or a plain word ("bakery"). */
  businessKind?: string;
  /** Passed to the offline composer for reproducible drafts. */
  seed?: number;
  /** What the site is built from: the person's brief, or the one read from the prompt. */
  brief?: SiteBrief;
  /**
   * The person confirmed or corrected `brief` in the studio: it is built from as is. Otherwise,
   * with a model, the model reads the prompt itself (generate-brief.ts) and its cross-checked
   * reading replaces `brief`, which stays the fallback and the source of every exact fact.
   */
  isBriefConfirmed?: boolean;
  chain: ProviderConfig[];
  abortSignal?: AbortSignal;
  offline: OfflineComposer;
  now?: () => Date;
  /** Section calls in flight at once; default DEFAULT_CONCURRENCY. */
  concurrency?: number;
  timeouts?: EngineTimeouts;
  /** Pause between offline sections so the preview visibly builds up; default 80 ms (tests: 0). */
  offlineStepDelayMs?: number;
};

// The offline composer has the whole site at once; the pause only lets the person see it build up.
// It must outlast a preview frame's load (fonts and pictures included, ~100–300 ms on a slow
// machine) or no part-written page is ever painted; 8 sections still take well under a second.
const OFFLINE_STEP_DELAY_MS = 80;

/**
 * Section calls in flight at once: a slot for every section of the longest plan, so a wrong guess
 * from the brief (stopped when the plan ends) never holds back a section the plan names. On the
 * simulated 70B endpoint (30 tokens/s per stream, 400 shared) 10 streams and the plan's use 330.
 */
const DEFAULT_CONCURRENCY = PLAN_MAX_SECTIONS;
const SLOTS_FOR_PLAN = 2;

/** The plan call; null when every remote provider failed (the caller goes offline). */
async function planWithModel(
  input: GenerateSiteInput,
  locales: string[],
  remote: ProviderConfig[],
  timeoutMs: number,
  firstTokenTimeoutMs: number,
  signal: AbortSignal,
  onPartialText: (text: string, attempt: number) => void,
) {
  const prompts = buildPrompts({
    kind: 'plan',
    description: input.prompt,
    locales,
    style: input.style,
    businessKind: input.businessKind,
    siteBrief: input.brief,
  });
  try {
    return await generateStructured({
      chain: remote,
      schema: planSchema(locales),
      jsonSchemaName: 'site_plan',
      ...prompts,
      maxOutputTokens: 400 + 120 * locales.length,
      timeoutMs,
      firstTokenTimeoutMs,
      abortSignal: signal,
      onPartialText: (text, info) => onPartialText(text, info.attempt),
      repair: (value) => repairPlan(value, locales),
      offline: () => {
        throw new Error('the plan call takes remote providers only');
      },
    });
  } catch (error) {
    if (error instanceof GenerationFailedError && !signal.aborted) return null;
    throw error;
  }
}

async function run(input: GenerateSiteInput, emit: Emit<GenerationEvent>, signal: AbortSignal): Promise<GenerationResult> {
  const locales = resolveLocales(input.locales);
  const timeouts = { ...DEFAULT_TIMEOUTS, ...input.timeouts };
  const now = (input.now ?? (() => new Date()))();
  const tally = tallyUsage();
  const remote = input.chain.filter((provider) => provider.kind !== 'offline');
  emit({ type: 'started' });

  // What the site is built from. Unless the person confirmed it, the model reads the prompt too:
  // alongside the plan call and the early sections, so it adds no round trip before the first
  // content; the plan is only made final once it answered (the two take about as long). Until
  // then the rule-based reading stands in; calls started after it answered are built on the
  // model's reading, and the final plan, the completion and the brief check use it.
  let brief = input.brief;
  const stopReading = new AbortController();
  const ruleBrief = input.brief;
  const reading: Promise<GeneratedBrief | null> | null =
    ruleBrief && !input.isBriefConfirmed && remote.length > 0
      ? generateBrief({
          prompt: input.prompt,
          ruleBrief,
          chain: remote,
          timeoutMs: timeouts.briefMs,
          firstTokenTimeoutMs: Math.min(timeouts.firstTokenMs, timeouts.briefMs),
          abortSignal: AbortSignal.any([signal, stopReading.signal]),
        }).then(
          (result) => {
            // The site's languages are the request's (the studio keeps them in step with the brief).
            if (result.ok) brief = { ...result.brief, languages: [...ruleBrief.languages] };
            return result;
          },
          () => null,
        )
      : null;

  // While the plan is written: the page frame as soon as the site-wide fields are in, and each
  // section's call as soon as its line is (watch-plan-stream.ts). The final plan then decides.
  const concurrency = input.concurrency ?? DEFAULT_CONCURRENCY;
  const limit = limitConcurrency(concurrency);
  const early = new Map<string, PrestartedSection & { stop: AbortController }>();
  // Sections stream into the preview while they are written (section-drafts.ts).
  const drafts = createSectionDrafts(emit, input.brief);
  signal.addEventListener('abort', () => drafts.stop(), { once: true });
  // What early section calls are built on: the page frame and what they are told of the site —
  // from the brief at once, then from the plan's site-wide fields once they are written.
  let started: { context: SiteContext; frame: SiteDocument } | null = null;
  const knownIds: string[] = [];
  const likelyIds = input.brief ? likelySectionIds(input.brief) : ['contact'];
  // With a brief, the sections it implies start now rather than when the plan names them
  // (predict-plan.ts). Two slots stay free for sections only the plan names (the brief cannot
  // foresee every one), so they never wait for a wrong guess to be stopped.
  const predicted =
    input.brief && remote.length > 0 ? predictPlan(input.brief, locales, input.style, Math.max(1, concurrency - SLOTS_FOR_PLAN)) : null;
  const predictedIds = predicted?.pageIds ?? [];
  const draftOrder = () => [...new Set([...knownIds, ...predictedIds])];
  const startEarly = (planned: PlannedSection, context: SiteContext, frame: SiteDocument) => {
    const stop = new AbortController();
    const content = limit(() =>
      generateSectionContent({
        document: frame,
        pageSlug: '',
        type: planned.type,
        prompts: buildPrompts({
          kind: 'section',
          type: planned.type,
          locales,
          context,
          description: input.prompt,
          ...(planned.brief ? { brief: planned.brief } : {}),
          siteBrief: brief,
          anchors: [...new Set([...knownIds, ...predictedIds, ...likelyIds])],
          year: now.getFullYear(),
        }),
        chain: remote,
        abortSignal: AbortSignal.any([signal, stop.signal]),
        timeouts,
        onPartialText: (text) => drafts.update(planned.id, planned.type, text),
      }),
    );
    // Awaited by streamSections when the final plan keeps it; otherwise stopped and dropped.
    content.catch(() => {});
    stop.signal.addEventListener('abort', () => drafts.settle(planned.id), { once: true });
    early.set(planned.id, { type: planned.type, content, stop });
  };
  // Sections the plan names before there is a page frame to build them on (no brief to predict
  // from): started as soon as the plan's site-wide fields are in.
  const waiting: PlannedSection[] = [];
  if (predicted) {
    // The page frame from the brief, at once: drafts have a page to show on while the plan is
    // written. The plan's own frame replaces it (its look) once its site-wide fields are in.
    const frame = buildSkeleton(
      { ...predicted.context, kind: predicted.kind, palette: predicted.palette, fonts: predicted.fonts, seo: {}, sections: [] },
      locales,
    );
    started = { context: predicted.context, frame };
    emit({ type: 'skeleton', document: frame });
    drafts.setBase({ document: frame, planIds: draftOrder() });
    for (const section of predicted.sections) startEarly(section, predicted.context, frame);
  }
  const watch = watchPlanStream({
    onHead(planHead) {
      // The person's style wins, as it will in the final plan (normalizePlan): sections drafted on
      // this frame take their variants from its style (with-chosen-variant.ts).
      const style = input.style ?? planHead.style;
      const frame = buildSkeleton({ ...planHead, style, seo: {}, sections: [] }, locales);
      const { name, kind, tagline } = planHead;
      started = { context: { name, kind, tagline, style }, frame };
      emit({ type: 'skeleton', document: frame });
      drafts.setBase({ document: frame, planIds: draftOrder() });
      for (const planned of waiting.splice(0)) if (!early.has(planned.id)) startEarly(planned, started.context, frame);
    },
    onSection(planned) {
      knownIds.push(planned.id);
      const site = started;
      if (early.has(planned.id)) return;
      if (!site) waiting.push(planned);
      else startEarly(planned, site.context, site.frame);
    },
  });
  const planned =
    remote.length > 0 ? await planWithModel(input, locales, remote, timeouts.planMs, timeouts.firstTokenMs, signal, watch) : null;
  if (planned) {
    // The plan is final only with the model's reading of the prompt: its requested features are
    // sections the plan must have, and what follows is built on it (bounded by timeouts.briefMs).
    const read = reading ? await reading : null;
    if (read?.ok && brief) {
      tally.record(read.provider, read.usage);
      emit({ type: 'usage', provider: read.provider, model: read.model, ...read.usage });
      emit({ type: 'brief', brief, source: 'model' });
    } else if (reading && brief) {
      emit({ type: 'brief', brief, source: 'rules', reason: read?.ok === false ? read.reason : 'the brief call stopped' });
    }
    tally.record(planned.provider, planned.usage);
    emit({ type: 'usage', provider: planned.provider, model: planned.model, ...planned.usage });
    const normalized = normalizePlan(planned.value, { style: input.style, businessKind: input.businessKind });
    // What the person asked for is not the model's to drop.
    const plan = brief ? enforceBriefPlan(normalized, brief) : normalized;
    for (const [id, call] of early) {
      if (!plan.sections.some((section) => section.id === id && section.type === call.type)) call.stop.abort();
    }
    knownIds.splice(0, knownIds.length, ...plan.sections.map((section) => section.id));
    emit({ type: 'plan', plan, provider: planned.provider, ...(brief ? { brief } : {}) });
    const skeleton = buildSkeleton(plan, locales);
    emit({ type: 'skeleton', document: skeleton });
    const document = await streamSections({
      document: skeleton,
      plan,
      indices: plan.sections.map((_, index) => index),
      description: input.prompt,
      siteBrief: brief,
      chain: remote,
      offline: input.offline,
      signal,
      emit,
      tally,
      concurrency,
      limit,
      prestarted: early,
      timeouts,
      now,
      drafts,
    });
    drafts.stop();
    const completed = brief ? completeBriefFeatures(document, brief, input.offline) : null;
    return {
      document: finalizeDocument(retargetDanglingAnchors(completed?.document ?? document)),
      plan,
      usage: tally.totals(),
      providers: tally.providers(),
      isOffline: false,
      ...(completed ? { briefCoverage: completed.coverage } : {}),
    };
  }
  // Every model failed: calls started from a plan that never finished are of no use, and the
  // offline composer builds from the rule-based reading (the model's would come from a model
  // that just failed the plan; it is not waited for).
  for (const call of early.values()) call.stop.abort();
  stopReading.abort();
  drafts.stop();

  // No plan from any model (or no model configured): the offline composer builds the site.
  const { document, plan } = await streamOfflineSite({
    site: {
      prompt: input.prompt,
      locales,
      style: input.style,
      businessKind: input.businessKind,
      seed: input.seed,
      brief: input.brief,
      now,
    },
    offline: input.offline,
    emit,
    signal,
    stepDelayMs: Math.min(150, input.offlineStepDelayMs ?? OFFLINE_STEP_DELAY_MS),
  });
  tally.record('offline', { inputTokens: 0, outputTokens: 0 });
  // The offline composer builds from the brief already; the check only reports what it managed.
  const briefCoverage = input.brief ? checkBriefCoverage(document, input.brief) : undefined;
  return {
    document,
    plan,
    usage: tally.totals(),
    providers: tally.providers(),
    isOffline: true,
    ...(briefCoverage ? { briefCoverage } : {}),
  };
}

/**
 * Prompt → site document, progressively: a short plan call, the page frame (`skeleton`), then
 * every section in parallel, each emitted (placed at its plan index) the moment it is ready.
 * Wall time ≈ plan + slowest section. See `GenerationEvent` for the stream's contract; the
 * generator's return value is the final, valid, i18n-complete document with usage.
 * Aborting `abortSignal` stops every in-flight call; the generator then throws an AbortError.
 */
export function generateSite(input: GenerateSiteInput): AsyncGenerator<GenerationEvent, GenerationResult> {
  return runEventStream((emit, signal) => run(input, emit, signal), input.abortSignal);
}
