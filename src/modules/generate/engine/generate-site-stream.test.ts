import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer, type FakeResponder } from '@tests/fakes/openai/server';
import type { ProviderConfig } from '@/lib/ai/providers';
import { buildSite } from '@/modules/build/build-site';
import { findKeysIn } from '@/modules/document/find-keys-in';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { placeholderFor } from '@/modules/document/placeholder-for';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { generateSite, type GenerateSiteInput } from './generate-site';
import type { GenerationEvent, GenerationResult } from './generation-types';
import { callName, engineResponder, sectionAnswer } from './test-helpers/engine-responder';
import { fakeOfflineComposer } from './test-helpers/fake-offline-composer';
import { sampleBrief } from './test-helpers/sample-brief';

const servers: FakeOpenAIServer[] = [];
async function start(options: { overrides?: Record<string, FakeResponder>; tokensPerSecond: number }): Promise<FakeOpenAIServer> {
  const server = await startFakeOpenAI({
    responder: engineResponder(options.overrides),
    tokensPerSecond: options.tokensPerSecond,
    timeToFirstTokenMs: 0,
  });
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const vllm = (server: FakeOpenAIServer): ProviderConfig => ({ kind: 'vllm', baseURL: server.url, model: 'fake-model' });

function input(server: FakeOpenAIServer, overrides: Partial<GenerateSiteInput> = {}): GenerateSiteInput {
  return {
    prompt:
      'Padaria Trigo Fino em Curitiba, pedidos pelo WhatsApp 41 99988-7766, aberta de segunda a sábado das 7h às 19h, com newsletter.',
    locales: ['pt-BR'],
    chain: [vllm(server), { kind: 'offline' }],
    offline: fakeOfflineComposer(),
    offlineStepDelayMs: 0,
    timeouts: { planMs: 20_000, sectionMs: 20_000, firstTokenMs: 10_000 },
    now: () => new Date('2026-03-01T12:00:00Z'),
    brief: sampleBrief(),
    ...overrides,
  };
}

async function drainTimed(generator: AsyncGenerator<GenerationEvent, GenerationResult>) {
  const events: Array<{ event: GenerationEvent; at: number }> = [];
  for (;;) {
    const step = await generator.next();
    if (step.done) return { events, result: step.value };
    events.push({ event: step.value, at: Date.now() });
  }
}

function startedAt(server: FakeOpenAIServer, name: string): number | undefined {
  return server.requests.find((request) => callName(request.body as ChatCompletionRequestBody) === name)?.receivedAt;
}

/** Every text of one section in a document's default locale, joined. */
function sectionText(document: SiteDocument, sectionId: string): string {
  const section = document.pages[0]?.sections.find((candidate) => candidate.id === sectionId);
  const strings = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  return findKeysIn(section)
    .map((key) => strings[key] ?? '')
    .join(' ');
}

describe('generateSite: sections before the plan, fields as they stream', () => {
  it('starts the sections the brief implies before the plan has written a line, and the plan still decides', async () => {
    // ~150 tokens/s: the plan alone takes about a second, its first section line ~300 ms.
    const server = await start({ tokensPerSecond: 150 });
    const { events, result } = await drainTimed(generateSite(input(server)));
    // The page frame comes at once, from the brief (before any model call has answered); the
    // plan's own frame follows when its site-wide fields are written.
    expect(events[1]?.event.type).toBe('skeleton');
    const frames = events.filter(({ event }) => event.type === 'skeleton');
    const frameAt = frames[1]?.at ?? 0;
    // These started before the plan's own frame, and hours and the newsletter are not in the
    // model's plan at all: they started from the brief — the kind's usual page plus what the
    // person asked for.
    for (const name of ['section_hero', 'section_contact', 'section_footer', 'section_hours', 'section_newsletter', 'section_menu']) {
      expect(startedAt(server, name), name).toBeLessThan(frameAt);
    }
    const plan = events.find(({ event }) => event.type === 'plan')?.event;
    const planned = plan?.type === 'plan' ? plan.plan.sections.map((section) => section.id) : [];
    // A guess the final plan does not hold (the kind's usual call to action) never reaches the page.
    expect(startedAt(server, 'section_cta')).toBeUndefined();
    expect(result.document.pages[0].sections.map((section) => section.id)).toEqual(planned);
    const names = server.requests.map((request) => callName(request.body as ChatCompletionRequestBody));
    expect(new Set(names).size).toBe(names.length);
    expect(parseSiteDocument(result.document).ok).toBe(true);
  });

  it("paints a section's fields as they are decoded: valid, sanitized pages whose text grows, never a placeholder word", async () => {
    const hostile = 'Pão de fermentação natural <img src=x onerror=alert(1)> assado todas as manhãs no forno a lenha do bairro';
    const server = await start({
      tokensPerSecond: 60,
      overrides: {
        section_hero: (request) => {
          const answer = JSON.parse(sectionAnswer(request)) as Record<string, unknown>;
          return JSON.stringify({ ...answer, title: { 'pt-BR': hostile }, subtitle: { 'pt-BR': hostile.repeat(2) } });
        },
      },
    });
    const { events, result } = await drainTimed(generateSite(input(server)));
    const heroDoneAt = events.findIndex(({ event }) => event.type === 'section' && event.sectionId === 'hero');
    expect(heroDoneAt).toBeGreaterThan(0);
    const drafts = events
      .slice(0, heroDoneAt)
      .map(({ event }) => event)
      .filter((event) => event.type === 'section-draft' && event.sectionIds.includes('hero'));
    // Several paints of the hero before it is complete, each showing more of it.
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    const lengths = drafts.map((draft) => (draft.type === 'section-draft' ? sectionText(draft.document, 'hero').trim().length : 0));
    expect(lengths[0]).toBeGreaterThan(0);
    expect(lengths.at(-1)).toBeGreaterThan(lengths[0]);
    for (const draft of drafts) {
      if (draft.type !== 'section-draft') continue;
      expect(parseSiteDocument(draft.document).ok).toBe(true);
      const hero = draft.document.pages[0].sections.find((section) => section.id === 'hero');
      const strings = draft.document.i18n.strings['pt-BR'] ?? {};
      for (const key of findKeysIn(hero)) expect(strings[key], key).not.toBe(placeholderFor(key));
      const html = new TextDecoder().decode(
        buildSite(draft.document, { baseUrl: 'https://preview.example' }).files.find((f) => f.path === 'index.html')?.body,
      );
      expect(html).not.toMatch(/<img[^>]*onerror/i);
    }
    // Drafts are for the eye: the page and its texts come from the complete sections.
    expect(parseSiteDocument(result.document).ok).toBe(true);
    expect(sectionText(result.document, 'hero')).toContain('assado todas as manhãs');
    // Whenever a section finishes while others are drawn, a draft follows at once to put them back.
    for (const [index, { event }] of events.entries()) {
      if (event.type !== 'section') continue;
      const drawnBefore = events
        .slice(0, index)
        .map((entry) => entry.event)
        .filter((candidate) => candidate.type === 'section-draft')
        .at(-1);
      const others = drawnBefore?.type === 'section-draft' ? drawnBefore.sectionIds.filter((id) => id !== event.sectionId) : [];
      const next = events.slice(index + 1).find((entry) => entry.event.type !== 'usage')?.event;
      if (others.length > 0) expect(next?.type, `after ${event.sectionId}`).toBe('section-draft');
    }
  });
});
