import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { addSection } from './add-section';
import { callName, engineResponder } from './test-helpers/engine-responder';
import { fakeOfflineComposer } from './test-helpers/fake-offline-composer';

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function chain() {
  const server = await startFakeOpenAI({ responder: engineResponder() });
  servers.push(server);
  return { server, chain: [{ kind: 'vllm' as const, baseURL: server.url, model: 'fake-model' }] };
}

describe('addSection', () => {
  it('adds a section of the chosen type at a position', async () => {
    const { server, chain: providers } = await chain();
    const result = await addSection({
      document: veganBakery,
      type: 'stats',
      position: 2,
      instruction: 'Years open and loaves a day',
      chain: providers,
      offline: fakeOfflineComposer(),
    });
    const body = server.requests[0].body as ChatCompletionRequestBody;
    expect(callName(body)).toBe('section_stats');
    expect(String(body.messages?.at(-1)?.content)).toContain('Years open and loaves a day');
    expect(result).toMatchObject({ provider: 'vllm', sectionId: 'stats' });
    expect(result.document.pages[0].sections[2]).toMatchObject({ id: 'stats', type: 'stats' });
    expect(result.document.i18n.strings['pt-BR']['stats.items.0.label']).toBe('stats pt-BR');
    expect(parseSiteDocument(result.document).ok).toBe(true);
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
  });

  it('gives a repeated type a fresh id and puts it before the footer by default', async () => {
    const { chain: providers } = await chain();
    const result = await addSection({ document: veganBakery, type: 'faq', chain: providers, offline: fakeOfflineComposer() });
    const sections = result.document.pages[0].sections;
    expect(result.sectionId).toBe('faq-2');
    expect(sections.at(-2)?.id).toBe('faq-2');
    expect(sections.at(-1)?.type).toBe('footer');
    // The existing FAQ is untouched.
    expect(result.document.i18n.strings.en['faq.title']).toBe(veganBakery.i18n.strings.en['faq.title']);
  });

  it('uses the offline composer without a model, and refuses unknown pages', async () => {
    const result = await addSection({ document: veganBakery, type: 'cta', chain: [{ kind: 'offline' }], offline: fakeOfflineComposer() });
    expect(result.provider).toBe('offline');
    expect(result.usage).toMatchObject({ inputTokens: 0, outputTokens: 0 });
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
    await expect(
      addSection({ document: veganBakery, type: 'cta', pageSlug: 'nope', chain: [{ kind: 'offline' }], offline: fakeOfflineComposer() }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
