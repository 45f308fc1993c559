import { generateStructured } from '@/lib/ai/generate-structured';
import type { ProviderConfig, ProviderKind } from '@/lib/ai/providers';
import { mergeGeneratedSection } from '@/modules/document/merge-generated-section';
import type { SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { Prompts } from './build-prompts';
import { buildSectionSchema, sectionTextsArePlain } from './build-section-schema';
import type { EngineTimeouts, TokenCounts } from './generation-types';
import { inlineSection } from '@/modules/document/inline-section';

export type GenerateSectionContentInput = {
  /** The document the section will join: its locales shape the schema, and repair merges into a copy. */
  document: SiteDocument;
  pageSlug: string;
  type: SectionType;
  prompts: Prompts;
  /** Remote providers only: the caller owns the offline fallback (and its `section-failed` event). */
  chain: readonly ProviderConfig[];
  abortSignal: AbortSignal;
  timeouts: Required<EngineTimeouts>;
  /** The accumulated text of the current attempt, as it streams (a retry starts it afresh). */
  onPartialText?: (text: string) => void;
};

export type SectionContent = {
  /** The section with texts inline (per locale, or plain strings on a one-language site), without id and type (ours to assign). */
  value: Record<string, unknown>;
  provider: ProviderKind;
  model: string;
  usage: TokenCounts;
};

/** Output budget: the JSON frame plus ~450 tokens of copy per locale. */
function maxOutputTokens(localeCount: number): number {
  return Math.min(4_000, 400 + 450 * localeCount);
}

/**
 * One section through the remote chain. Output that fails the schema is first repaired the way
 * `mergeGeneratedSection` repairs model output (invalid optional parts dropped, URLs fixed,
 * missing locales filled, long lists cut) and only retried, then passed to the next provider,
 * when repair cannot save it. Throws GenerationFailedError when every provider failed and
 * GenerationAbortedError on abort.
 */
export async function generateSectionContent(input: GenerateSectionContentInput): Promise<SectionContent> {
  const { document, pageSlug, type } = input;
  const locales = document.i18n.locales;
  const repair = (value: unknown): Record<string, unknown> | null => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    const merged = mergeGeneratedSection(document, { ...value, type }, { pageSlug });
    if (!merged.ok) return null;
    const section = merged.document.pages.find((page) => page.slug === pageSlug)?.sections.find((s) => s.id === merged.sectionId);
    return section ? inlineSection(section, merged.document, locales, { plainTexts: sectionTextsArePlain(locales) }) : null;
  };
  const result = await generateStructured({
    chain: input.chain,
    schema: buildSectionSchema(type, locales),
    jsonSchemaName: `section_${type}`,
    system: input.prompts.system,
    prompt: input.prompts.prompt,
    template: input.prompts.template,
    maxOutputTokens: maxOutputTokens(locales.length),
    timeoutMs: input.timeouts.sectionMs,
    firstTokenTimeoutMs: input.timeouts.firstTokenMs,
    abortSignal: input.abortSignal,
    repair,
    ...(input.onPartialText ? { onPartialText: (text: string) => input.onPartialText?.(text) } : {}),
    // Optional fields: OpenAI's strict mode would demand every property (see generateStructured).
    strictJsonSchema: false,
    offline: () => {
      throw new Error('section calls take remote providers only');
    },
  });
  return { value: result.value, provider: result.provider, model: result.model, usage: result.usage };
}
