import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer, type FakeResponder } from '@tests/fakes/openai/server';
import type { ProviderConfig } from '@/lib/ai/providers';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { extractBrief } from '@/modules/brief/extract-brief';
import { generateSite, type GenerateSiteInput } from './generate-site';
import type { GenerationEvent, GenerationResult } from './generation-types';
import type { ModelBrief } from './model-brief-schema';
import { callName, engineResponder, partialBriefAnswer, readBrief, wrongBriefAnswer } from './test-helpers/engine-responder';
import { fakeOfflineComposer } from './test-helpers/fake-offline-composer';

const servers: FakeOpenAIServer[] = [];
async function start(overrides: Record<string, FakeResponder> = {}): Promise<FakeOpenAIServer> {
  const server = await startFakeOpenAI({ responder: engineResponder(overrides) });
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const KITE_PROMPT =
  'Escola de kitesurf na praia do Cumbuco: aulas para iniciantes e aluguel de equipamento. Telefone (85) 3456-7890, contato@ventocumbuco.com.br.';
const BAKERY_PROMPT =
  'Padaria artesanal em Curitiba, pães de fermentação natural e sonhos. Ligue (41) 3333-4455, aberta de segunda a sábado das 7h às 19h.';

function input(server: FakeOpenAIServer, prompt: string, overrides: Partial<GenerateSiteInput> = {}): GenerateSiteInput {
  return {
    prompt,
    locales: ['pt-BR'],
    chain: [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' } satisfies ProviderConfig, { kind: 'offline' }],
    offline: fakeOfflineComposer(),
    offlineStepDelayMs: 0,
    timeouts: { planMs: 10_000, sectionMs: 10_000, firstTokenMs: 5_000, briefMs: 5_000 },
    now: () => new Date('2026-03-01T12:00:00Z'),
    brief: extractBrief({ prompt, fallbackLocales: ['pt-BR'] }),
    ...overrides,
  };
}

async function drain(generator: AsyncGenerator<GenerationEvent, GenerationResult>) {
  const events: GenerationEvent[] = [];
  for (;;) {
    const step = await generator.next();
    if (step.done) return { events, result: step.value };
    events.push(step.value);
  }
}

const bodies = (server: FakeOpenAIServer) => server.requests.map((request) => request.body as ChatCompletionRequestBody);
const userText = (body: ChatCompletionRequestBody | undefined) => String(body?.messages?.at(-1)?.content ?? '');
const briefEvent = (events: GenerationEvent[]) => events.find((event) => event.type === 'brief');
const planEvent = (events: GenerationEvent[]) => events.find((event) => event.type === 'plan');

/** What a good model answers for the kite-surf school: no kind of ours, its own offerings, a price list and a FAQ asked for. */
function kiteSchoolAnswer(request: ChatCompletionRequestBody): string {
  const brief: ModelBrief = {
    ...readBrief(request),
    name: null,
    what: 'escola de kitesurf',
    kindId: null,
    features: ['pricing', 'faq', 'phone', 'email'],
    items: [
      { text: 'aulas de kitesurf para iniciantes', role: 'offering' },
      { text: 'aluguel de equipamento de kitesurf', role: 'offering' },
      { text: 'iniciantes', role: 'audience' },
    ],
    audience: 'iniciantes',
  };
  return JSON.stringify(brief);
}

describe('generateSite: the model reads the prompt on the AI path', () => {
  it("builds from the model's brief: its offerings and requested sections reach the plan and the section calls", async () => {
    const server = await start({ site_brief: kiteSchoolAnswer });
    const given = input(server, KITE_PROMPT);
    // The rule-based reading alone would not ask for a price list: the model's brief does.
    expect(given.brief?.features).not.toContain('pricing');
    const { events, result } = await drain(generateSite(given));

    const brief = briefEvent(events);
    expect(brief).toMatchObject({ source: 'model', brief: { what: 'escola de kitesurf', audience: 'iniciantes' } });
    const plan = planEvent(events);
    expect(plan?.type === 'plan' ? plan.brief?.facts.offerings : undefined).toEqual([
      'aulas de kitesurf para iniciantes',
      'aluguel de equipamento de kitesurf',
    ]);
    expect(result.plan.sections.map((section) => section.type)).toContain('pricing');
    // The section the model's brief added is written from it.
    const pricingCall = bodies(server).find((body) => callName(body) === 'section_pricing');
    expect(userText(pricingCall)).toContain('Offerings: aulas de kitesurf para iniciantes; aluguel de equipamento de kitesurf');
    expect(userText(pricingCall)).toContain('Kind of business: escola de kitesurf');
    expect(result.briefCoverage?.features.map((entry) => entry.feature)).toContain('pricing');
    expect(parseSiteDocument(result.document).ok).toBe(true);
    // The person's text reached the brief call as data, between the guard's markers.
    const briefCall = bodies(server).find((body) => callName(body) === 'site_brief');
    expect(userText(briefCall)).toMatch(/<<<USER_DESCRIPTION>>>\nEscola de kitesurf[\s\S]*<<<END_USER_DESCRIPTION>>>/);
  });

  it('corrects a wrong phone from the prompt and drops the email, hours and name the model made up', async () => {
    const server = await start({ site_brief: wrongBriefAnswer });
    const { events, result } = await drain(generateSite(input(server, BAKERY_PROMPT)));
    const event = briefEvent(events);
    expect(event?.type === 'brief' ? event.source : undefined).toBe('model');
    const brief = event?.type === 'brief' ? event.brief : undefined;
    expect(brief?.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual([expect.stringMatching(/4133334455$/)]);
    expect(brief?.facts.emails).toEqual([]);
    expect(brief?.name).toBeNull();
    expect(brief?.facts.openingHours).toEqual(['Mo-Sa 07:00-19:00']);
    // Nothing written after the brief, nor the saved draft, carries the made-up facts.
    const written = JSON.stringify(result.document) + bodies(server).map(userText).join('\n');
    expect(written).not.toMatch(/3333-?4466|4133334466/);
    expect(written).not.toContain('padariasolnascente');
    expect(written).not.toContain('Sol Nascente');
  });

  it("completes a partial brief (no languages, features or facts) from the prompt's rule-based reading", async () => {
    const server = await start({ site_brief: partialBriefAnswer });
    const given = input(server, BAKERY_PROMPT);
    const { events } = await drain(generateSite(given));
    const event = briefEvent(events);
    expect(event?.type === 'brief' ? event.source : undefined).toBe('model');
    const brief = event?.type === 'brief' ? event.brief : undefined;
    expect(brief?.languages).toEqual(['pt-BR']);
    expect(brief?.features).toEqual(given.brief?.features);
    expect(brief?.facts).toEqual(given.brief?.facts);
    expect(brief?.features).toEqual(expect.arrayContaining(['phone', 'hours']));
  });

  it.each([
    ['an answer in prose', () => 'Claro! A padaria vende pães e sonhos e fica em Curitiba.'],
    ['no answer within the brief timeout', () => new Promise<string>(() => {})],
  ])('falls back to the rule-based brief on %s, says so, and still writes the site', async (_, answer) => {
    const server = await start({ site_brief: answer });
    const given = input(server, BAKERY_PROMPT, { timeouts: { planMs: 10_000, sectionMs: 10_000, firstTokenMs: 5_000, briefMs: 400 } });
    const { events, result } = await drain(generateSite(given));
    const event = briefEvent(events);
    expect(event).toMatchObject({ type: 'brief', source: 'rules', brief: given.brief });
    expect(event?.type === 'brief' ? event.reason : '').toMatch(/site_brief|invalid-output|timeout|failed/i);
    expect(planEvent(events)).toMatchObject({ brief: given.brief });
    expect(result.isOffline).toBe(false);
    expect(parseSiteDocument(result.document).ok).toBe(true);
  });

  it('builds from a brief the person confirmed as is: the model is not asked to read the prompt', async () => {
    const server = await start({ site_brief: kiteSchoolAnswer });
    const given = input(server, KITE_PROMPT, { isBriefConfirmed: true });
    const { events, result } = await drain(generateSite(given));
    expect(bodies(server).some((body) => callName(body) === 'site_brief')).toBe(false);
    expect(briefEvent(events)).toBeUndefined();
    expect(planEvent(events)).toMatchObject({ brief: given.brief });
    expect(result.plan.sections.map((section) => section.type)).not.toContain('pricing');
  });
});
