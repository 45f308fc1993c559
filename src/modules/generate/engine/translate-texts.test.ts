import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { translateTexts } from './translate-texts';
import { callName, engineResponder } from './test-helpers/engine-responder';
import { fakeOfflineComposer } from './test-helpers/fake-offline-composer';

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

// "Translate what is missing" in the editor: the add-language path for just the keys a language lacks.
describe('translateTexts', () => {
  const source = { 'hero.title': 'Fresh vegan bread', 'faq.title': 'Questions' };
  const fallback = () => fakeOfflineComposer().addLocale({ ...veganBakery, i18n: { ...veganBakery.i18n, locales: ['en'] } }, 'pt-BR');

  it('asks the model for exactly the given keys and returns a translation for each', async () => {
    const server = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(server);
    const result = await translateTexts({
      document: veganBakery,
      source,
      locale: 'pt-BR',
      chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }],
      offlineFallback: fallback,
    });
    const bodies = server.requests.map((request) => request.body as ChatCompletionRequestBody);
    expect(bodies.map(callName)).toEqual(['translation']);
    const format = bodies[0]!.response_format;
    const schema = (format?.type === 'json_schema' ? format.json_schema.schema : {}) as { properties?: object };
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(['faq.title', 'hero.title']);
    expect(result.translated).toEqual({ 'hero.title': 'translated hero.title', 'faq.title': 'translated faq.title' });
    expect(result.untranslatedKeys).toEqual([]);
    expect(result.providers).toEqual(['vllm']);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
  });

  it('without a model, reports the texts the offline composer could not translate', async () => {
    const result = await translateTexts({
      document: veganBakery,
      source,
      locale: 'pt-BR',
      chain: [{ kind: 'offline' }],
      offlineFallback: fallback,
    });
    expect(Object.keys(result.translated).sort()).toEqual(['faq.title', 'hero.title']);
    expect(result.untranslatedKeys.sort()).toEqual(['faq.title', 'hero.title']);
    expect(result.providers).toEqual(['offline']);
  });
});
