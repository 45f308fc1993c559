import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import { collectStringKeys } from '@/modules/document/collect-string-keys';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { addLocale } from './add-locale';
import { callName, engineResponder, translationAnswer } from './test-helpers/engine-responder';
import { fakeOfflineComposer } from './test-helpers/fake-offline-composer';

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function requestedKeys(body: ChatCompletionRequestBody): string[] {
  const format = body.response_format;
  const schema = format?.type === 'json_schema' ? format.json_schema.schema : undefined;
  const properties = schema !== null && typeof schema === 'object' && 'properties' in schema ? schema.properties : undefined;
  return properties !== null && typeof properties === 'object' ? Object.keys(properties) : [];
}

describe('addLocale', () => {
  it('translates every used string in parallel chunks whose schema holds exactly their keys', async () => {
    const server = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(server);
    const result = await addLocale({
      document: veganBakery,
      locale: 'es',
      chunkSize: 10,
      chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }],
      offline: fakeOfflineComposer(),
    });

    const keys = collectStringKeys(veganBakery);
    const bodies = server.requests.map((request) => request.body as ChatCompletionRequestBody);
    expect(bodies.every((body) => callName(body) === 'translation')).toBe(true);
    expect(bodies).toHaveLength(Math.ceil(keys.length / 10));
    expect(bodies.flatMap(requestedKeys).sort()).toEqual([...keys].sort());
    expect(String(bodies[0].messages?.at(-1)?.content)).toContain('into Spanish (es)');

    expect(result.document.i18n.locales).toEqual(['en', 'pt-BR', 'es']);
    expect(result.document.i18n.strings.es['hero.title']).toBe('translated hero.title');
    expect(result.untranslatedKeys).toEqual([]);
    expect(result.providers).toEqual(['vllm']);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(parseSiteDocument(result.document).ok).toBe(true);
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
  });

  it('takes a chunk no model could translate from the offline composer and reports its keys', async () => {
    const failing = (body: ChatCompletionRequestBody) => (requestedKeys(body).includes('hero.title') ? 'no' : translationAnswer(body));
    const server = await startFakeOpenAI({ responder: engineResponder({ translation: failing }) });
    servers.push(server);
    const result = await addLocale({
      document: veganBakery,
      locale: 'fr',
      chunkSize: 10,
      chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }],
      offline: fakeOfflineComposer(),
    });
    const failedChunk =
      server.requests
        .map((request) => requestedKeys(request.body as ChatCompletionRequestBody))
        .find((keys) => keys.includes('hero.title')) ?? [];
    expect(result.untranslatedKeys.sort()).toEqual([...failedChunk].sort());
    expect(result.document.i18n.strings.fr['hero.title']).toBe(veganBakery.i18n.strings.en['hero.title']);
    expect(result.document.i18n.strings.fr['faq.title']).toBe('translated faq.title');
    expect(result.providers).toEqual(['vllm', 'offline']);
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
  });

  it('refuses a locale the site has or an invalid one', async () => {
    const base = { document: veganBakery, chain: [{ kind: 'offline' as const }], offline: fakeOfflineComposer() };
    await expect(addLocale({ ...base, locale: 'pt-BR' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(addLocale({ ...base, locale: 'klingon!' })).rejects.toMatchObject({ code: 'VALIDATION' });
    const offline = await addLocale({ ...base, locale: 'de' });
    expect(offline.untranslatedKeys.length).toBe(collectStringKeys(veganBakery).length);
    expect(checkI18nCompleteness(offline.document).isComplete).toBe(true);
  });
});
