import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { rewriteSection } from './rewrite-section';
import { callName, engineResponder } from './test-helpers/engine-responder';
import { fakeOfflineComposer } from './test-helpers/fake-offline-composer';

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const SHORT_FAQ = JSON.stringify({
  variant: 'accordion',
  title: { en: 'Quick answers', 'pt-BR': 'Respostas rápidas' },
  items: [{ question: { en: 'Vegan?', 'pt-BR': 'Vegano?' }, answer: { en: 'Always.', 'pt-BR': 'Sempre.' } }],
});

describe('rewriteSection', () => {
  it('rewrites one section in place from its current content and the instruction', async () => {
    const server = await startFakeOpenAI({ responder: engineResponder({ section_faq: () => SHORT_FAQ }) });
    servers.push(server);
    const result = await rewriteSection({
      document: veganBakery,
      sectionId: 'faq',
      instruction: 'Shorter, just one question',
      chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }, { kind: 'offline' }],
      offline: fakeOfflineComposer(),
    });

    const body = server.requests[0].body as ChatCompletionRequestBody;
    expect(callName(body)).toBe('section_faq');
    const prompt = String(body.messages?.at(-1)?.content);
    expect(prompt).toContain(JSON.stringify(veganBakery.i18n.strings.en['faq.title']));
    expect(prompt).toMatch(/<<<USER_DESCRIPTION>>>\nShorter, just one question\n<<<END_USER_DESCRIPTION>>>/);
    expect(prompt).toContain('Business: Green Crumb Bakery (Bakery)');

    expect(result.provider).toBe('vllm');
    expect(result.sectionId).toBe('faq');
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    const sections = result.document.pages[0].sections;
    expect(sections.map((section) => section.id)).toEqual(veganBakery.pages[0].sections.map((section) => section.id));
    expect(result.document.i18n.strings['pt-BR']['faq.title']).toBe('Respostas rápidas');
    // Strings only the old version used are gone.
    expect(result.document.i18n.strings.en['faq.items.2.answer']).toBeUndefined();
    expect(parseSiteDocument(result.document).ok).toBe(true);
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
  });

  it('on a one-language site shows the section with plain texts, the shape the call answers with', async () => {
    const server = await startFakeOpenAI({ responder: engineResponder() });
    servers.push(server);
    const english = structuredClone(veganBakery);
    english.i18n.locales = ['en'];
    delete english.i18n.strings['pt-BR'];
    const result = await rewriteSection({
      document: english,
      sectionId: 'faq',
      instruction: 'Friendlier',
      chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }],
      offline: fakeOfflineComposer(),
    });
    const prompt = String((server.requests[0].body as ChatCompletionRequestBody).messages?.at(-1)?.content);
    const shown = JSON.parse(/The section currently reads \(JSON\): (.*)/.exec(prompt)![1]) as Record<string, unknown>;
    expect(shown.title).toBe(english.i18n.strings.en['faq.title']);
    expect(result.provider).toBe('vllm');
    expect(result.document.i18n.strings.en['faq.title']).toBe('faq title');
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
  });

  it('falls back to the offline composer when every provider fails', async () => {
    const server = await startFakeOpenAI({ fault: { kind: 'http500' } });
    servers.push(server);
    const offline = fakeOfflineComposer();
    const result = await rewriteSection({
      document: veganBakery,
      sectionId: 'faq',
      instruction: 'More formal',
      chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }],
      offline,
    });
    expect(result.provider).toBe('offline');
    expect(offline.sectionCalls).toEqual([{ type: 'faq', instruction: 'More formal', sectionId: 'faq' }]);
    expect(result.document.i18n.strings.en['faq.title']).toBe('Offline FAQ');
    expect(checkI18nCompleteness(result.document).isComplete).toBe(true);
  });

  it('reports a section that does not exist', async () => {
    await expect(
      rewriteSection({
        document: veganBakery,
        sectionId: 'nope',
        instruction: 'x',
        chain: [{ kind: 'offline' }],
        offline: fakeOfflineComposer(),
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
