import type { BriefCoverage } from '@/modules/brief/check-brief-coverage';
import type { ProviderKind } from '@/lib/ai/providers';
import type { SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { SitePlan, SiteStyle } from './plan-schema';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';

/** What the offline composer gets to build a whole site without a model. */
export type OfflineSiteInput = {
  prompt: string;
  locales: string[];
  style?: SiteStyle;
  /** The person's hint: a schema.org type or a plain word ("bakery"). */
  businessKind?: string;
  seed?: number;
  /** What the site is built from (the person's corrections included); read from the prompt when absent. */
  brief?: SiteBrief;
  now: Date;
};

export type OfflineSectionRequest = { type: SectionType; instruction?: string; sectionId?: string };

/**
 * The deterministic composer used when no model can answer. `composeSection` returns a section
 * in the generated (texts inline) shape; the engine merges and repairs it like model output.
 */
export interface OfflineComposer {
  composeSite(input: OfflineSiteInput): SiteDocument;
  composeSection(document: SiteDocument, request: OfflineSectionRequest): unknown;
}

export type TokenCounts = { inputTokens: number; outputTokens: number };

export type UsageTotals = TokenCounts & { byProvider: Partial<Record<ProviderKind, TokenCounts>> };

/**
 * The event stream of a generation, in the order a consumer sees it:
 *   started → [usage] plan → skeleton → per finished section, in completion order:
 *     [usage] section                         (the model wrote it)
 *     [usage] section-failed → section        (the offline composer wrote it instead)
 *     [usage] section-failed                  (nobody could: the page goes without it)
 *   → return value (GenerationResult).
 * While sections are being written, `section-draft` events may come at any point after the first
 * `skeleton`: the page so far with the listed sections partly written (preview only: never saved,
 * and a section's own `section` event supersedes its drafts).
 * `usage` is emitted for every model call that returned output, right before the event it paid
 * for; offline work emits none. Every `document` is valid (`parseSiteDocument`) and holds the
 * sections finished so far in plan order. On the offline path `plan` and `section` say
 * provider 'offline' and pages other than home (if the composer made any) are complete from
 * the skeleton on. `continueGeneration` emits started → skeleton (the draft) → sections.
 * After an abort nothing more is emitted and the generator throws an AbortError.
 */
export type GenerationEvent =
  | { type: 'started' }
  /**
   * Which brief the site is built from, once known (AI path, brief not confirmed by the person):
   * the model's reading, cross-checked (`source: 'model'`), or the rule-based one when the model's
   * call failed (`reason` says why, like `section-failed`). Before any `plan` event.
   */
  | { type: 'brief'; brief: SiteBrief; source: 'model' | 'rules'; reason?: string }
  | { type: 'plan'; plan: SitePlan; provider: ProviderKind; brief?: SiteBrief }
  | { type: 'skeleton'; document: SiteDocument }
  | { type: 'section'; index: number; sectionId: string; document: SiteDocument; provider: ProviderKind }
  | { type: 'section-failed'; index: number; sectionId: string; reason: string }
  | { type: 'section-draft'; sectionIds: string[]; document: SiteDocument }
  | { type: 'usage'; provider: ProviderKind; model: string; inputTokens: number; outputTokens: number };

export type GenerationResult = {
  /** Valid (`parseSiteDocument`) and i18n-complete. */
  document: SiteDocument;
  plan: SitePlan;
  usage: UsageTotals;
  /** Providers that produced content, in first-use order ('offline' included when used). */
  providers: ProviderKind[];
  /** True when every part came from the offline composer (the UI labels such drafts). */
  isOffline: boolean;
  /** The brief check of the final document (AI path with a brief): each requested feature present or missing. */
  briefCoverage?: BriefCoverage;
};

export type EngineTimeouts = {
  /** One plan attempt, request to last token. */
  planMs?: number;
  /** One section (or translation chunk) attempt. */
  sectionMs?: number;
  /** No first token within this → next provider. */
  firstTokenMs?: number;
  /**
   * The model's reading of the prompt (generate-brief.ts), request to last token. Tight: it runs
   * alongside the plan and the plan waits for it, and the rule-based brief is a fine answer.
   */
  briefMs?: number;
};

export const DEFAULT_TIMEOUTS: Required<EngineTimeouts> = { planMs: 45_000, sectionMs: 90_000, firstTokenMs: 15_000, briefMs: 10_000 };
