import { GenerationAbortedError } from '@/lib/ai/generate-structured';
import { collectStringKeys } from '@/modules/document/collect-string-keys';
import type { Section } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { finalizeDocument } from '@/modules/document/finalize-document';
import type { GenerationEvent, OfflineComposer, OfflineSiteInput } from './generation-types';
import type { SitePlan } from './plan-schema';
import { planFromDocument } from './plan-from-document';
import type { Emit } from './run-event-stream';

export type StreamOfflineSiteInput = {
  site: OfflineSiteInput;
  offline: OfflineComposer;
  emit: Emit<GenerationEvent>;
  signal: AbortSignal;
  /** Pause between sections so the preview visibly builds up (≤ 40 ms; 0 in tests). */
  stepDelayMs: number;
};

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new GenerationAbortedError([], { cause: signal.reason }));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** `document` with the home page cut to `sections` and only the strings those parts use. */
function withHomeSections(document: SiteDocument, sections: Section[]): SiteDocument {
  const next: SiteDocument = {
    ...document,
    pages: document.pages.map((page) => (page.slug === '' ? { ...page, sections } : page)),
  };
  const used = collectStringKeys(next);
  const strings: SiteDocument['i18n']['strings'] = {};
  for (const [locale, table] of Object.entries(document.i18n.strings)) {
    strings[locale] = Object.fromEntries(used.filter((key) => Object.hasOwn(table, key)).map((key) => [key, table[key]]));
  }
  return { ...next, i18n: { ...document.i18n, strings } };
}

/**
 * The no-model path: the offline composer builds the whole site at once, and we replay it as
 * plan → skeleton → one section at a time, so the UI behaves exactly as with a model.
 */
export async function streamOfflineSite(input: StreamOfflineSiteInput): Promise<{ document: SiteDocument; plan: SitePlan }> {
  const { emit, signal } = input;
  const document = finalizeDocument(input.offline.composeSite(input.site));
  const plan = planFromDocument(document);
  emit({ type: 'plan', plan, provider: 'offline', ...(input.site.brief ? { brief: input.site.brief } : {}) });
  emit({ type: 'skeleton', document: withHomeSections(document, []) });
  const home = document.pages.find((page) => page.slug === '') ?? document.pages[0];
  for (let index = 0; index < home.sections.length; index++) {
    await sleep(input.stepDelayMs, signal);
    const partial = withHomeSections(document, home.sections.slice(0, index + 1));
    emit({ type: 'section', index, sectionId: home.sections[index].id, document: partial, provider: 'offline' });
  }
  return { document, plan };
}
