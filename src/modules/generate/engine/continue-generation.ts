import type { ProviderConfig } from '@/lib/ai/providers';
import { AppError } from '@/lib/errors';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { completeBriefFeatures } from './complete-brief-features';
import { finalizeDocument } from '@/modules/document/finalize-document';
import {
  DEFAULT_TIMEOUTS,
  type EngineTimeouts,
  type GenerationEvent,
  type GenerationResult,
  type OfflineComposer,
} from './generation-types';
import type { SitePlan } from './plan-schema';
import { runEventStream, type Emit } from './run-event-stream';
import { streamSections } from './stream-sections';
import { tallyUsage } from './tally-usage';

export type ContinueGenerationInput = {
  /** A partial document (a draft saved mid-generation): the plan's sections that are missing get generated. */
  document: SiteDocument;
  /** The plan emitted by the generation that produced `document`. */
  plan: SitePlan;
  /** The original description, when still at hand: better copy, same voice. */
  prompt?: string;
  /** The brief the stopped generation worked from: its sections get it too, and what it asks for is completed at the end. */
  brief?: SiteBrief;
  chain: ProviderConfig[];
  abortSignal?: AbortSignal;
  offline: OfflineComposer;
  now?: () => Date;
  concurrency?: number;
  timeouts?: EngineTimeouts;
};

async function run(input: ContinueGenerationInput, emit: Emit<GenerationEvent>, signal: AbortSignal): Promise<GenerationResult> {
  const home = input.document.pages.find((page) => page.slug === '');
  if (!home) throw new AppError('VALIDATION', 'errors.generate.noHomePage');
  const present = new Set(home.sections.map((section) => section.id));
  const missing = input.plan.sections.flatMap((section, index) => (present.has(section.id) ? [] : [index]));
  const tally = tallyUsage();

  emit({ type: 'started' });
  // The draft so far stands in for the skeleton: the preview restarts from what was saved.
  emit({ type: 'skeleton', document: input.document });
  const document = await streamSections({
    document: input.document,
    plan: input.plan,
    indices: missing,
    description: input.prompt,
    siteBrief: input.brief,
    chain: input.chain,
    offline: input.offline,
    signal,
    emit,
    tally,
    concurrency: input.concurrency ?? 8,
    timeouts: { ...DEFAULT_TIMEOUTS, ...input.timeouts },
    now: (input.now ?? (() => new Date()))(),
  });
  const providers = tally.providers();
  const completed = input.brief ? completeBriefFeatures(document, input.brief, input.offline) : null;
  return {
    document: finalizeDocument(completed?.document ?? document),
    plan: input.plan,
    usage: tally.totals(),
    providers,
    isOffline: providers.length > 0 && providers.every((provider) => provider === 'offline'),
    ...(completed ? { briefCoverage: completed.coverage } : {}),
  };
}

/**
 * Finishes an interrupted generation: only the plan's sections missing from the home page are
 * generated, in parallel, each placed at its plan position. Same event stream as
 * `generateSite` minus `plan` (the caller has it): started → skeleton (the draft) → sections.
 */
export function continueGeneration(input: ContinueGenerationInput): AsyncGenerator<GenerationEvent, GenerationResult> {
  return runEventStream((emit, signal) => run(input, emit, signal), input.abortSignal);
}
