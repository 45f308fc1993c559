import { GenerationAbortedError } from '@/lib/ai/generate-structured';
import type { ProviderConfig } from '@/lib/ai/providers';
import type { SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { buildPrompts } from './build-prompts';
import { generateSectionContent, type SectionContent } from './generate-section-content';
import type { EngineTimeouts, GenerationEvent, OfflineComposer } from './generation-types';
import { limitConcurrency } from './limit-concurrency';
import { mergePlannedSection, type PlannedTarget } from './merge-planned-section';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import type { SitePlan } from './plan-schema';
import type { Emit } from './run-event-stream';
import type { SectionDrafts } from './section-drafts';
import type { UsageTally } from './tally-usage';

export type StreamSectionsInput = {
  /** The skeleton, or a partial document when continuing. */
  document: SiteDocument;
  plan: SitePlan;
  /** Plan indices to generate. */
  indices: readonly number[];
  /** The person's description; absent when continuing a stored generation. */
  description?: string;
  /** What the person asked for: every section call sees it (as data). */
  siteBrief?: SiteBrief;
  chain: readonly ProviderConfig[];
  offline: OfflineComposer;
  signal: AbortSignal;
  emit: Emit<GenerationEvent>;
  tally: UsageTally;
  concurrency: number;
  /** Shared with calls started before the plan was complete, so all of them count against one bound. */
  limit?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Section calls already in flight (started from the streamed plan), by planned id. */
  prestarted?: ReadonlyMap<string, PrestartedSection>;
  timeouts: Required<EngineTimeouts>;
  now: Date;
  /** Streams sections into the preview while they are written (see section-drafts.ts). */
  drafts?: SectionDrafts;
};

/** A section call started while the plan was still being written (see watch-plan-stream.ts). */
export type PrestartedSection = { type: SectionType; content: Promise<SectionContent> };

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Generates the given plan sections in parallel (at most `concurrency` calls at once) and
 * emits each one, placed at its plan index, as soon as it is merged. A section the remote
 * chain cannot produce is reported (`section-failed`) and taken from the offline composer, so
 * the page is still complete. Resolves with the document holding every section.
 */
export async function streamSections(input: StreamSectionsInput): Promise<SiteDocument> {
  const { plan, signal, emit, tally } = input;
  const remote = input.chain.filter((provider) => provider.kind !== 'offline');
  const locales = input.document.i18n.locales;
  const planIds = plan.sections.map((section) => section.id);
  const context = { name: plan.name, kind: plan.kind, tagline: plan.tagline, style: plan.style };
  const limit = input.limit ?? limitConcurrency(input.concurrency);
  const prestartedFor = (index: number) => {
    const planned = plan.sections[index];
    const early = input.prestarted?.get(planned.id);
    return early && early.type === planned.type ? early : undefined;
  };
  // Sections finish one at a time on the event loop, so each merge sees the latest document.
  let document = input.document;
  // A finished section replaces its draft; the others' drafts are laid over the new page.
  const settle = (sectionId: string) => {
    input.drafts?.settle(sectionId);
    input.drafts?.setBase({ document, planIds }, true);
  };
  input.drafts?.setBase({ document, planIds }, true);

  async function generateOne(index: number): Promise<void> {
    if (signal.aborted) throw new GenerationAbortedError([], { cause: signal.reason });
    const planned = plan.sections[index];
    const target: PlannedTarget = { sectionId: planned.id, type: planned.type, planIds, index, siteBrief: input.siteBrief };
    let failure: string | null = null;

    if (remote.length > 0) {
      try {
        const content = await (prestartedFor(index)?.content ??
          generateSectionContent({
            document,
            pageSlug: '',
            type: planned.type,
            prompts: buildPrompts({
              kind: 'section',
              type: planned.type,
              locales,
              context,
              description: input.description,
              brief: planned.brief,
              siteBrief: input.siteBrief,
              anchors: planIds,
              year: input.now.getFullYear(),
            }),
            chain: remote,
            abortSignal: signal,
            timeouts: input.timeouts,
            onPartialText: (text) => input.drafts?.update(planned.id, planned.type, text),
          }));
        tally.record(content.provider, content.usage);
        emit({ type: 'usage', provider: content.provider, model: content.model, ...content.usage });
        const merged = mergePlannedSection(document, content.value, target);
        if (merged.ok) {
          document = merged.document;
          emit({ type: 'section', index, sectionId: merged.sectionId, document, provider: content.provider });
          settle(planned.id);
          return;
        }
        failure = `the ${content.provider} output could not be used: ${merged.error}`;
      } catch (error) {
        if (signal.aborted || error instanceof GenerationAbortedError) throw error;
        failure = describeError(error);
      }
      input.drafts?.settle(planned.id);
      emit({ type: 'section-failed', index, sectionId: planned.id, reason: failure });
    }

    let merged: ReturnType<typeof mergePlannedSection>;
    try {
      merged = mergePlannedSection(document, input.offline.composeSection(document, { type: planned.type, sectionId: planned.id }), target);
    } catch (error) {
      merged = { ok: false, error: `offline composer failed: ${describeError(error)}`, repairs: [] };
    }
    if (signal.aborted) throw new GenerationAbortedError([], { cause: signal.reason });
    if (!merged.ok) {
      // The page stays valid without this section; tell the UI once, not twice.
      if (failure === null) emit({ type: 'section-failed', index, sectionId: planned.id, reason: merged.error });
      return;
    }
    document = merged.document;
    tally.record('offline', { inputTokens: 0, outputTokens: 0 });
    emit({ type: 'section', index, sectionId: merged.sectionId, document, provider: 'offline' });
    settle(planned.id);
  }

  // A prestarted call already holds (or waits for) its own slot.
  await Promise.all(input.indices.map((index) => (prestartedFor(index) ? generateOne(index) : limit(() => generateOne(index)))));
  return document;
}
