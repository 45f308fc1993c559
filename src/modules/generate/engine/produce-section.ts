import { GenerationAbortedError } from '@/lib/ai/generate-structured';
import type { ProviderConfig, ProviderKind } from '@/lib/ai/providers';
import { sanitizeDeep } from '@/lib/ai/sanitize-text';
import { AppError } from '@/lib/errors';
import type { MergeGeneratedSectionResult } from '@/modules/document/merge-generated-section';
import type { SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { Prompts } from './build-prompts';
import { finalizeDocument } from '@/modules/document/finalize-document';
import { generateSectionContent } from './generate-section-content';
import {
  DEFAULT_TIMEOUTS,
  type EngineTimeouts,
  type OfflineComposer,
  type OfflineSectionRequest,
  type UsageTotals,
} from './generation-types';
import { tallyUsage } from './tally-usage';

export type ProduceSectionInput = {
  document: SiteDocument;
  pageSlug: string;
  type: SectionType;
  prompts: Prompts;
  chain: readonly ProviderConfig[];
  offline: Pick<OfflineComposer, 'composeSection'>;
  offlineRequest: OfflineSectionRequest;
  /** Folds the generated (texts inline) section into the document: insert or replace. */
  merge: (document: SiteDocument, generated: unknown) => MergeGeneratedSectionResult;
  abortSignal?: AbortSignal;
  timeouts?: EngineTimeouts;
};

/** Model (and composer) strings are data: cleaned before they enter the document. */
function clean(value: unknown): unknown {
  const isRecord = value !== null && typeof value === 'object' && !Array.isArray(value);
  return isRecord ? sanitizeDeep(value, {}, { multiline: true, maxLength: 5_000 }) : value;
}

export type SectionEditResult = { document: SiteDocument; sectionId: string; usage: UsageTotals; provider: ProviderKind };

/**
 * One section for an edit (rewrite, add): the remote chain first, the offline composer when it
 * fails or its output cannot be merged. Only an abort or a failing offline composer throws.
 */
export async function produceSection(input: ProduceSectionInput): Promise<SectionEditResult> {
  const tally = tallyUsage();
  const remote = input.chain.filter((provider) => provider.kind !== 'offline');
  const signal = input.abortSignal ?? new AbortController().signal;
  let lastError = 'no remote provider configured';

  if (remote.length > 0) {
    try {
      const content = await generateSectionContent({
        document: input.document,
        pageSlug: input.pageSlug,
        type: input.type,
        prompts: input.prompts,
        chain: remote,
        abortSignal: signal,
        timeouts: { ...DEFAULT_TIMEOUTS, ...input.timeouts },
      });
      tally.record(content.provider, content.usage);
      const merged = input.merge(input.document, clean(content.value));
      if (merged.ok) {
        return {
          document: finalizeDocument(merged.document),
          sectionId: merged.sectionId,
          usage: tally.totals(),
          provider: content.provider,
        };
      }
      lastError = merged.error;
    } catch (error) {
      if (signal.aborted || error instanceof GenerationAbortedError) throw error;
      lastError = error instanceof Error ? error.message : String(error);
    }
  }

  const merged = input.merge(input.document, clean(input.offline.composeSection(input.document, input.offlineRequest)));
  if (!merged.ok) {
    throw new AppError('UNAVAILABLE', 'errors.generate.sectionUnavailable', {
      details: { remoteError: lastError, offlineError: merged.error },
    });
  }
  tally.record('offline', { inputTokens: 0, outputTokens: 0 });
  return { document: finalizeDocument(merged.document), sectionId: merged.sectionId, usage: tally.totals(), provider: 'offline' };
}
