import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import type { ProviderConfig } from '@/lib/ai/providers';
import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { continueGeneration } from './continue-generation';
import { generateSite } from './generate-site';
import type { GenerationEvent } from './generation-types';
import type { SitePlan } from './plan-schema';
import { DEFAULT_PLAN_TYPES, callName, engineResponder } from './test-helpers/engine-responder';
import { fakeOfflineComposer } from './test-helpers/fake-offline-composer';
import { sampleBrief } from './test-helpers/sample-brief';

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A generation stopped after its third section: the draft and plan a person would have saved. */
async function stoppedGeneration(chain: ProviderConfig[]): Promise<{ plan: SitePlan; partial: SiteDocument }> {
  const controller = new AbortController();
  let plan: SitePlan | null = null;
  let partial: SiteDocument | null = null;
  let sections = 0;
  try {
    for await (const event of generateSite({
      prompt: 'A vegan bakery.',
      locales: ['en', 'pt-BR'],
      chain,
      offline: fakeOfflineComposer(),
      abortSignal: controller.signal,
    })) {
      if (event.type === 'plan') plan = event.plan;
      if (event.type === 'section' && ++sections === 3) {
        partial = event.document;
        controller.abort();
      }
    }
  } catch {
    // Aborted on purpose.
  }
  if (!plan || !partial) throw new Error('the generation did not get far enough');
  return { plan, partial };
}

describe('continueGeneration', () => {
  it('generates only the missing sections, each at its plan position', async () => {
    const first = await startFakeOpenAI({ responder: engineResponder() });
    // A second server, so requests the stopped run still had on the wire cannot be counted here.
    const server = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(first, server);
    const { plan, partial } = await stoppedGeneration([{ kind: 'vllm', baseURL: first.url, model: 'fake-model' }]);
    const chain: ProviderConfig[] = [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }];
    const present = partial.pages[0].sections.map((section) => section.id);
    expect(present).toHaveLength(3);
    const missing = plan.sections.filter((section) => !present.includes(section.id));

    const events: GenerationEvent[] = [];
    const generator = continueGeneration({ document: partial, plan, chain, offline: fakeOfflineComposer() });
    let step = await generator.next();
    for (; !step.done; step = await generator.next()) events.push(step.value);
    const result = step.value;

    const calls = server.requests.map((request) => callName(request.body as ChatCompletionRequestBody));
    expect(calls.sort()).toEqual(missing.map((section) => `section_${section.type}`).sort());
    expect(events.slice(0, 2)).toEqual([{ type: 'started' }, { type: 'skeleton', document: partial }]);
    const sectionEvents = events.flatMap((event) => (event.type === 'section' ? [event] : []));
    expect(sectionEvents.map((event) => event.index).sort()).toEqual(missing.map((section) => plan.sections.indexOf(section)).sort());
    for (const event of sectionEvents) expect(parseSiteDocument(event.document).ok).toBe(true);

    expect(result.document.pages[0].sections.map((section) => section.id)).toEqual([...DEFAULT_PLAN_TYPES]);
    expect(result).toMatchObject({ providers: ['vllm'], isOffline: false, plan });
    expect(parseSiteDocument(result.document).ok).toBe(true);
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
  });

  it('gives the sections it writes the stopped request and its brief, and completes what the brief asks for', async () => {
    const first = await startFakeOpenAI({ responder: engineResponder() });
    const server = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(first, server);
    const { plan, partial } = await stoppedGeneration([{ kind: 'vllm', baseURL: first.url, model: 'fake-model' }]);
    const brief = sampleBrief();
    const generator = continueGeneration({
      document: partial,
      plan,
      prompt: 'Padaria Trigo Fino em Curitiba, pedidos pelo WhatsApp 41 99988-7766.',
      brief,
      chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }],
      offline: fakeOfflineComposer(),
    });
    let step = await generator.next();
    for (; !step.done; step = await generator.next());
    const prompts = server.requests.map((request) => String((request.body as ChatCompletionRequestBody).messages?.at(-1)?.content));
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) {
      expect(prompt).toContain('Padaria Trigo Fino em Curitiba');
      expect(prompt).toContain(brief.facts.whatsapp);
    }
    // The fake model writes no WhatsApp link and no hours: both are added before the draft is saved.
    expect(step.value.briefCoverage).toMatchObject({ missing: [] });
    expect(step.value.briefCoverage?.features.map((entry) => entry.feature)).toEqual(brief.features);
    expect(JSON.stringify(step.value.document)).toContain(`"whatsapp":"${brief.facts.whatsapp}"`);
  });

  it('finishes from the offline composer when there is no model', async () => {
    const server = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(server);
    const { plan, partial } = await stoppedGeneration([{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }]);
    const generator = continueGeneration({ document: partial, plan, chain: [{ kind: 'offline' }], offline: fakeOfflineComposer() });
    let step = await generator.next();
    const failures: GenerationEvent[] = [];
    for (; !step.done; step = await generator.next()) if (step.value.type === 'section-failed') failures.push(step.value);
    expect(failures).toEqual([]);
    expect(step.value.document.pages[0].sections).toHaveLength(8);
    expect(step.value.isOffline).toBe(true);
    expect(checkI18nCompleteness(step.value.document).isComplete).toBe(true);
  });
});
