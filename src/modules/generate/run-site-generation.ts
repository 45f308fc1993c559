import type { VerifiedClaims } from '@/lib/auth/claims';
import type { ProviderConfig } from '@/lib/ai/providers';
import { isClearlyDisallowed } from '@/lib/ai/prompt-guard';
import { AppError, toUserError, type UserError } from '@/lib/errors';
import { reportError } from '@/lib/observability';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { SiteStyle } from './engine/plan-schema';
import type { OfflineComposer } from './engine/generation-types';
import { generateSite } from './engine/generate-site';
import { startGeneration } from './start-generation';
import { finishGeneration } from './finish-generation';
import { saveSiteVersion } from './save-site-version';

export type SiteGenerationInput = {
  projectId: string;
  prompt: string;
  locales: string[];
  style?: SiteStyle;
  businessKind?: string;
  seed?: number;
};

/** What the browser receives, one JSON object per line. */
export type SiteStreamEvent =
  | { type: 'started'; generationId: string; mode: 'ai' | 'offline' }
  | { type: 'plan'; plan: { sections: Array<{ id: string; type: string; brief: string }> } }
  | { type: 'skeleton'; document: SiteDocument; plan: { sections: Array<{ id: string; type: string; brief: string }> } }
  | { type: 'section'; index: number; total: number; sectionId: string; document: SiteDocument; provider: string }
  | { type: 'section-failed'; index: number; sectionId: string; reason: string }
  | { type: 'done'; version: number; document: SiteDocument; providers: string[]; isOffline: boolean; usage: { inputTokens: number; outputTokens: number } }
  | { type: 'error'; error: UserError };

export function refusalFor(prompt: string): AppError | null {
  const reason = isClearlyDisallowed(prompt);
  if (!reason) return null;
  return new AppError('VALIDATION', "We can't help build this kind of site. If we got it wrong, rephrase your description or contact support.", { reason });
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
  deps: { chain: ProviderConfig[]; offline: OfflineComposer; abortSignal?: AbortSignal; offlineStepDelayMs?: number },
): AsyncGenerator<SiteStreamEvent> {
  const refusal = refusalFor(input.prompt);
  if (refusal) throw refusal;
  const generation = await startGeneration(claims, {
    projectId: input.projectId,
    kind: 'site',
    prompt: input.prompt,
    options: { locales: input.locales, style: input.style ?? null, businessKind: input.businessKind ?? null },
  });
  const isOfflineOnly = deps.chain.every((p) => p.kind === 'offline');
  yield { type: 'started', generationId: generation.id, mode: isOfflineOnly ? 'offline' : 'ai' };
  let total = 0;
  let plan: { sections: Array<{ id: string; type: string; brief: string }> } = { sections: [] };
  let lastModel: string | undefined;
  try {
    const engine = generateSite({
      prompt: input.prompt,
      locales: input.locales,
      style: input.style,
      businessKind: input.businessKind,
      seed: input.seed,
      chain: deps.chain,
      offline: deps.offline,
      abortSignal: deps.abortSignal,
      offlineStepDelayMs: deps.offlineStepDelayMs,
    });
    for (;;) {
      const step = await engine.next();
      if (step.done) {
        const result = step.value;
        const saved = await saveSiteVersion(claims, { projectId: input.projectId, document: result.document, source: 'generate', generationId: generation.id });
        await finishGeneration(claims, {
          generationId: generation.id,
          status: 'succeeded',
          provider: result.providers.join(','),
          model: lastModel ?? (result.isOffline ? 'offline-composer' : undefined),
          inputTokens: result.usage.inputTokens,
          outputTokens: result.usage.outputTokens,
        });
        yield {
          type: 'done',
          version: saved.version,
          document: result.document,
          providers: result.providers,
          isOffline: result.isOffline,
          usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens },
        };
        return;
      }
      const event = step.value;
      if (event.type === 'plan') {
        total = event.plan.sections.length;
        plan = { sections: event.plan.sections.map((s) => ({ id: s.id, type: s.type, brief: s.brief })) };
        // The browser keeps the plan to ask for the missing sections if the stream stops.
        yield { type: 'plan', plan };
      }
      else if (event.type === 'usage') lastModel = event.model;
      // The plan rides along so the browser can ask to continue a stopped generation.
      else if (event.type === 'skeleton') yield { type: 'skeleton', document: event.document, plan };
      else if (event.type === 'section') {
        total = Math.max(total, event.index + 1);
        yield { type: 'section', index: event.index, total, sectionId: event.sectionId, document: event.document, provider: event.provider };
      } else if (event.type === 'section-failed') yield { type: 'section-failed', index: event.index, sectionId: event.sectionId, reason: event.reason };
    }
  } catch (err) {
    const cancelled = isAbort(err, deps.abortSignal);
    await finishGeneration(claims, { generationId: generation.id, status: cancelled ? 'cancelled' : 'failed', error: cancelled ? 'cancelled' : String(err).slice(0, 300) }).catch(
      (finishErr: unknown) => reportError(finishErr, { where: 'finishGeneration', generationId: generation.id }),
    );
    if (cancelled) return;
    if (!(err instanceof AppError)) reportError(err, { where: 'runSiteGeneration' });
    yield { type: 'error', error: toUserError(err) };
  }
}
