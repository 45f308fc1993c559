import { context, trace } from '@opentelemetry/api';
import { runWithAiCallScope } from '@/lib/ai/ai-call-scope';
import { appTracer, markSpanFailed } from '@/lib/telemetry/with-span';
import type { VerifiedClaims } from '@/lib/claims';
import type { Locale } from '@/lib/i18n/translate';
import type { ProviderConfig } from '@/lib/ai/providers';
import { assertAllowedRequest } from './refuse-disallowed';
import { tokenReservation } from './token-estimates';
import { AppError, toUserError } from '@/lib/errors';
import { reportError } from '@/lib/observability';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { SiteStyle } from './engine/plan-schema';
import type { OfflineComposer } from './engine/generation-types';
import { generateSite } from './engine/generate-site';
import { startGeneration } from './start-generation';
import { getMetrics } from '@/lib/metrics';
import { finishGeneration } from './finish-generation';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { ensurePrivacyPage } from '@/modules/document/ensure-privacy-page';
import { chooseSitePhotos } from '@/modules/photos/choose-site-photos';
import type { SiteStreamEvent } from './wire';
import { extractSiteBrief, type SiteBrief } from './extract-site-brief';

export type SiteGenerationInput = {
  projectId: string;
  prompt: string;
  locales: string[];
  style?: SiteStyle;
  businessKind?: string;
  seed?: number;
  /** The brief the person saw (and maybe corrected); read from the prompt when absent. */
  brief?: SiteBrief;
  /**
   * The person corrected `brief` in the studio: it wins over the model's own reading of the
   * prompt. A brief merely shown (read by rules while they typed) is the model's to refine.
   */
  isBriefConfirmed?: boolean;
};

/**
 * The brief this generation works from. The request's locales are the site's languages (the
 * studio fills them from the brief and lets the person change them), so they replace the
 * brief's own: one answer to "which languages", stored with the generation for "Regenerate".
 */
function briefFor(input: SiteGenerationInput): SiteBrief {
  const brief = input.brief ?? extractSiteBrief({ prompt: input.prompt, businessKind: input.businessKind, fallbackLocales: input.locales });
  return { ...brief, languages: [...input.locales] };
}

function isAbort(err: unknown, signal: AbortSignal | undefined): boolean {
  return Boolean(signal?.aborted) || (err instanceof Error && err.name === 'AbortError');
}

/**
 * Generates a whole site for a project and saves it as the next draft
 * version: refuse disallowed requests (before reserving, so not charged) →
 * reserve a generation (quota, rate limit) → stream the engine's events →
 * save the version → finish the generation (usage recorded only on success).
 * A cancelled or failed generation is released and charges nothing.
 */
export async function* runSiteGeneration(
  claims: VerifiedClaims,
  input: SiteGenerationInput,
  deps: {
    chain: ProviderConfig[];
    offline: OfflineComposer;
    abortSignal?: AbortSignal;
    offlineStepDelayMs?: number;
    /** The language of the `error` event a failure ends the stream with (English if not given). */
    locale?: Locale;
  },
): AsyncGenerator<SiteStreamEvent> {
  assertAllowedRequest(input.prompt);
  const isOfflineOnly = deps.chain.every((p) => p.kind === 'offline');
  let brief = briefFor(input);
  const generation = await startGeneration(claims, {
    projectId: input.projectId,
    kind: 'site',
    prompt: input.prompt,
    options: { locales: input.locales, style: input.style ?? null, businessKind: input.businessKind ?? null, brief },
    reservedTokens: tokenReservation('site', { locales: input.locales.length, usesModel: !isOfflineOnly }),
  });
  let total = 0;
  let plan: { sections: Array<{ id: string; type: string; brief: string }> } = { sections: [] };
  let lastModel: string | undefined;
  // What reached the browser so far, and what it cost: a stopped generation keeps both
  // server-side (continue starts from this copy; a cancellation pays for these tokens).
  let latest: SiteDocument | undefined;
  const spent = { inputTokens: 0, outputTokens: 0 };
  // True once the generation is closed in the database; a stream abandoned by its reader (the
  // browser went away) is closed in `finally`, so no generation stays "running" holding quota.
  let isClosed = false;
  // Our own abort, tied to the caller's: it also stops the engine when the reader walks away.
  const controller = new AbortController();
  const stopEngine = () => controller.abort();
  deps.abortSignal?.addEventListener('abort', stopEngine, { once: true });
  const stopped = () => ({
    generationId: generation.id,
    status: 'cancelled' as const,
    error: 'cancelled',
    model: lastModel,
    ...spent,
    partial: latest ? { document: latest, plan } : null,
  });
  // Generation latency as a person sees it: to the first section on screen, and to the end.
  const startedAt = performance.now();
  let isContentShown = false;
  const contentShown = () => {
    if (isContentShown) return;
    isContentShown = true;
    getMetrics().generationFirstContent.observe((performance.now() - startedAt) / 1000);
  };
  const ended = (outcome: 'succeeded' | 'failed' | 'cancelled') =>
    getMetrics().generationDuration.observe({ outcome }, (performance.now() - startedAt) / 1000);
  // The generation's span: its plan, brief and section calls are children (generateStructured
  // opens one per model call). A generator runs in the context of each next(), so the engine is
  // resumed inside this span's context below; the span ends when the stream does.
  const span = appTracer().startSpan('generation', {
    attributes: { 'pm.generation.id': generation.id, 'pm.generation.kind': 'site', 'pm.project.id': input.projectId },
  });
  const spanContext = trace.setSpan(context.active(), span);
  try {
    yield { type: 'started', generationId: generation.id, mode: isOfflineOnly ? 'offline' : 'ai' };
    const engine = generateSite({
      prompt: input.prompt,
      locales: input.locales,
      style: input.style,
      businessKind: input.businessKind,
      seed: input.seed,
      brief,
      isBriefConfirmed: Boolean(input.brief && input.isBriefConfirmed),
      chain: deps.chain,
      offline: deps.offline,
      abortSignal: controller.signal,
      offlineStepDelayMs: deps.offlineStepDelayMs,
    });
    // The engine is a generator: it resumes in the context of each next(), so each one runs in
    // the scope its model calls are recorded for (ai_calls).
    const aiCallScope = { projectId: input.projectId, generationId: generation.id };
    for (;;) {
      const step = await context.with(spanContext, () => runWithAiCallScope(aiCallScope, () => engine.next()));
      if (step.done) {
        // The privacy page the forms' notices link to, written from the business's details.
        // …and, with a stock-photo provider, photos that fit where the draft has placeholders.
        const result = {
          ...step.value,
          document: await chooseSitePhotos(claims, { document: ensurePrivacyPage(step.value.document), brief }),
        };
        const saved = await saveSiteVersion(claims, {
          projectId: input.projectId,
          document: result.document,
          source: 'generate',
          generationId: generation.id,
        });
        isClosed = true;
        await finishGeneration(claims, {
          generationId: generation.id,
          status: 'succeeded',
          provider: result.providers.join(','),
          model: lastModel ?? (result.isOffline ? 'offline-composer' : undefined),
          inputTokens: result.usage.inputTokens,
          outputTokens: result.usage.outputTokens,
        });
        ended('succeeded');
        yield {
          type: 'done',
          version: saved.version,
          document: result.document,
          providers: result.providers,
          isOffline: result.isOffline,
          usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens },
          // The brief check: the studio can list what was asked for and what the draft has.
          ...(result.briefCoverage ? { briefCoverage: result.briefCoverage } : {}),
        };
        return;
      }
      const event = step.value;
      // The model's reading of the prompt (or, its call failed, the rules'): what the plan event
      // shows the studio and what "Regenerate" starts from.
      if (event.type === 'brief') brief = event.brief;
      else if (event.type === 'plan') {
        total = event.plan.sections.length;
        plan = { sections: event.plan.sections.map((s) => ({ id: s.id, type: s.type, brief: s.brief })) };
        // The model may have refined the brief; the studio shows what the site is built from.
        if (event.brief) brief = event.brief;
        // The browser keeps the plan to ask for the missing sections if the stream stops.
        yield { type: 'plan', plan, brief };
      } else if (event.type === 'usage') {
        lastModel = event.model;
        spent.inputTokens += event.inputTokens;
        spent.outputTokens += event.outputTokens;
      }
      // The plan rides along so the browser can ask to continue a stopped generation.
      else if (event.type === 'skeleton') {
        latest = event.document;
        yield { type: 'skeleton', document: event.document, plan };
      } else if (event.type === 'section') {
        contentShown();
        latest = event.document;
        total = Math.max(total, event.index + 1);
        yield {
          type: 'section',
          index: event.index,
          total,
          sectionId: event.sectionId,
          document: event.document,
          provider: event.provider,
        };
      }
      // A section still being written, for the preview only: never `latest` (continue and a
      // cancellation work from finished sections).
      else if (event.type === 'section-draft') {
        contentShown();
        yield { type: 'section-draft', sectionIds: event.sectionIds, document: event.document };
      } else if (event.type === 'section-failed')
        yield { type: 'section-failed', index: event.index, sectionId: event.sectionId, reason: event.reason };
    }
  } catch (err) {
    const cancelled = isAbort(err, deps.abortSignal);
    ended(cancelled ? 'cancelled' : 'failed');
    if (cancelled) span.setAttribute('pm.generation.cancelled', true);
    else markSpanFailed(span, err);
    isClosed = true;
    await finishGeneration(claims, {
      ...stopped(),
      status: cancelled ? 'cancelled' : 'failed',
      error: cancelled ? 'cancelled' : String(err).slice(0, 300),
    }).catch((finishErr: unknown) => reportError(finishErr, { where: 'finishGeneration', generationId: generation.id }));
    if (cancelled) return;
    if (!(err instanceof AppError)) reportError(err, { where: 'runSiteGeneration' });
    yield { type: 'error', error: toUserError(err, deps.locale ?? 'en') };
  } finally {
    span.end();
    deps.abortSignal?.removeEventListener('abort', stopEngine);
    if (!isClosed) {
      stopEngine();
      await finishGeneration(claims, stopped()).catch((finishErr: unknown) =>
        reportError(finishErr, { where: 'finishGeneration', generationId: generation.id }),
      );
    }
  }
}
