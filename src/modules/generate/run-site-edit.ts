import { runWithAiCallScope } from '@/lib/ai/ai-call-scope';
import type { VerifiedClaims } from '@/lib/claims';
import type { ProviderConfig } from '@/lib/ai/providers';
import { AppError } from '@/lib/errors';
import { reportError } from '@/lib/observability';
import { isSectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { OfflineComposer } from './engine/generation-types';
import type { OfflineLocaleComposer } from './engine/add-locale';
import { rewriteSection } from './engine/rewrite-section';
import { addSection } from './engine/add-section';
import { addLocale } from './engine/add-locale';
import { continueGeneration } from './engine/continue-generation';
import { planFromDocument } from './engine/plan-from-document';
import { getStoppedGeneration, type StoppedGeneration } from './get-stopped-generation';
import { parseEditInstruction, type EditPlan } from '@/modules/composer/parse-edit-instruction';
import { rewriteSectionInPlace } from '@/modules/composer/rewrite-section-in-place';
import type { EditRequest, SiteEditResult } from './wire';
import { getDraft } from '@/modules/drafts/get-draft';
import { startGeneration } from './start-generation';
import { finishGeneration } from './finish-generation';
import { saveSiteVersion, type SaveSiteVersionInput } from '@/modules/drafts/save-site-version';
import { assertAllowedRequest } from './refuse-disallowed';
import { tokenReservation } from './token-estimates';
import type { GenerationKind } from './schema';

type Deps = { chain: ProviderConfig[]; offline: OfflineComposer & OfflineLocaleComposer; abortSignal?: AbortSignal };
type Outcome = { document: SiteDocument; provider: string; inputTokens: number; outputTokens: number };

/**
 * One AI edit of a project's draft — rewrite a section, add a section, add a
 * language, or continue a generation that stopped — charged as one
 * generation only when it succeeds, and saved as the next version.
 */
export async function runSiteEdit(claims: VerifiedClaims, projectId: string, request: EditRequest, deps: Deps): Promise<SiteEditResult> {
  // Continue starts from the server's copy of what the stopped generation wrote (see
  // getStoppedGeneration); every other edit starts from the saved draft.
  const stopped =
    request.action === 'continue' ? await getStoppedGeneration(claims, { projectId, generationId: request.generationId }) : null;
  const base = stopped ? stopped.document : (await getDraft(claims, { projectId }))?.document;
  if (!base) throw new AppError('NOT_FOUND', 'errors.generate.noDraft');
  if ('instruction' in request && request.instruction) assertAllowedRequest(request.instruction);
  const plan = request.action === 'rewrite_section' ? editPlanFor(request.instruction, deps) : undefined;
  const kind: GenerationKind = request.action;
  const generation = await startGeneration(claims, {
    projectId,
    kind,
    prompt: 'instruction' in request ? request.instruction : request.action,
    reservedTokens: tokenReservation(kind, { usesModel: deps.chain.some((provider) => provider.kind !== 'offline') }),
    // The database admits a continue only from a stopped generation of the same project that
    // kept a partial result (private.reserve_generation).
    continuedFrom: stopped?.id,
  });
  try {
    const outcome = plan
      ? {
          document: rewriteSectionInPlace(base, (request as { sectionId: string }).sectionId, plan),
          provider: 'offline',
          inputTokens: 0,
          outputTokens: 0,
        }
      : // Model calls are recorded for this project and generation (ai_calls).
        await runWithAiCallScope({ projectId, generationId: generation.id }, () => perform(base, request, stopped, deps));
    const source: SaveSiteVersionInput['source'] = request.action;
    const saved = await saveSiteVersion(claims, { projectId, document: outcome.document, source, generationId: generation.id });
    await finishGeneration(claims, {
      generationId: generation.id,
      status: 'succeeded',
      provider: outcome.provider,
      inputTokens: outcome.inputTokens,
      outputTokens: outcome.outputTokens,
    });
    return { version: saved.version, document: outcome.document, provider: outcome.provider };
  } catch (err) {
    const cancelled = deps.abortSignal?.aborted ?? false;
    await finishGeneration(claims, {
      generationId: generation.id,
      status: cancelled ? 'cancelled' : 'failed',
      error: String(err).slice(0, 300),
    }).catch((finishErr: unknown) => reportError(finishErr, { where: 'finishGeneration' }));
    throw err;
  }
}

/**
 * Which rewrites the offline composer does itself, on the draft as it is (earlier edits kept):
 * without a model, every instruction it fully understands — and refuses the rest up front, before
 * anything is reserved, rather than writing something else; with a model, only the exact ones
 * (remove this section, change the headline to "…"), which need no writing at all.
 */
function editPlanFor(instruction: string, deps: Deps): EditPlan | undefined {
  const plan = parseEditInstruction(instruction);
  const hasModel = deps.chain.some((provider) => provider.kind !== 'offline');
  if (!hasModel && !plan) throw new AppError('VALIDATION', 'errors.generate.rewriteNeedsAi');
  if (!plan) return undefined;
  const isExact = plan.isRemove || (plan.headline !== undefined && !plan.isShorter && !plan.tone && !plan.keepOnly && !plan.mention);
  return !hasModel || isExact ? plan : undefined;
}

async function perform(base: SiteDocument, request: EditRequest, stopped: StoppedGeneration | null, deps: Deps): Promise<Outcome> {
  const common = { chain: deps.chain, abortSignal: deps.abortSignal };
  switch (request.action) {
    case 'rewrite_section': {
      const r = await rewriteSection({
        ...common,
        document: base,
        sectionId: request.sectionId,
        instruction: request.instruction,
        offline: deps.offline,
      });
      return { document: r.document, provider: r.provider, inputTokens: r.usage.inputTokens, outputTokens: r.usage.outputTokens };
    }
    case 'add_section': {
      if (!isSectionType(request.type)) throw new AppError('VALIDATION', 'errors.generate.unknownSectionType');
      const r = await addSection({ ...common, document: base, type: request.type, position: request.position, offline: deps.offline });
      return { document: r.document, provider: r.provider, inputTokens: r.usage.inputTokens, outputTokens: r.usage.outputTokens };
    }
    case 'add_locale': {
      if (base.i18n.locales.includes(request.locale)) throw new AppError('CONFLICT', 'errors.generate.localeAlreadyAdded');
      const r = await addLocale({ ...common, document: base, locale: request.locale, offline: deps.offline });
      return {
        document: r.document,
        provider: r.providers.join(','),
        inputTokens: r.usage.inputTokens,
        outputTokens: r.usage.outputTokens,
      };
    }
    case 'continue': {
      const derived = planFromDocument(base);
      const engine = continueGeneration({
        ...common,
        document: base,
        plan: stopped?.plannedSections ? { ...derived, sections: stopped.plannedSections } : derived,
        ...(stopped?.prompt ? { prompt: stopped.prompt } : {}),
        ...(stopped?.brief ? { brief: stopped.brief } : {}),
        offline: deps.offline,
      });
      for (;;) {
        const step = await engine.next();
        if (step.done) {
          const r = step.value;
          return {
            document: r.document,
            provider: r.providers.join(','),
            inputTokens: r.usage.inputTokens,
            outputTokens: r.usage.outputTokens,
          };
        }
      }
    }
  }
}
