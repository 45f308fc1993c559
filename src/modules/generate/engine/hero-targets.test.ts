import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import type { ProviderConfig } from '@/lib/ai/providers';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { addSection } from './add-section';
import { buildSectionSchema } from './build-section-schema';
import { generateSite } from './generate-site';
import type { GenerationEvent, GenerationResult } from './generation-types';
import { rewriteSection } from './rewrite-section';
import { engineResponder, planAnswer, sectionAnswer } from './test-helpers/engine-responder';
import { fakeOfflineComposer } from './test-helpers/fake-offline-composer';
import { sampleBrief } from './test-helpers/sample-brief';

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const PLAN_TYPES = ['hero', 'features', 'about', 'menu', 'testimonials', 'contact', 'footer'];

type Hero = { primaryCta?: { href: string }; secondaryCta?: { href: string } };

/**
 * A model that writes both hero buttons: labels only (as the schema asks), or with links of its
 * own (as one without guided decoding might), the WhatsApp number garbled.
 */
async function serverFor(options: { writesHrefs: boolean }) {
  const heroPrompts: string[] = [];
  const server = await startFakeOpenAI({
    responder: engineResponder({
      site_plan: (request) => planAnswer(request, PLAN_TYPES),
      section_hero: (request: ChatCompletionRequestBody) => {
        heroPrompts.push(String(request.messages?.at(-1)?.content));
        const hrefs = options.writesHrefs;
        return JSON.stringify({
          ...JSON.parse(sectionAnswer(request)),
          primaryCta: { label: 'See the menu', ...(hrefs ? { href: '#about' } : {}) },
          secondaryCta: { label: 'Chat with us', ...(hrefs ? { href: 'https://wa.me/554199988' } : {}) },
        });
      },
    }),
  });
  servers.push(server);
  const chain: ProviderConfig[] = [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }];
  return { chain, heroPrompts };
}

async function generate(chain: ProviderConfig[], brief?: SiteBrief) {
  const generator = generateSite({
    prompt: 'Padaria Trigo Fino em Curitiba, pedidos pelo WhatsApp 41 99988-7766.',
    locales: ['pt-BR'],
    chain,
    offline: fakeOfflineComposer(),
    ...(brief ? { brief } : {}),
    // Generous: a loaded CI machine can starve the event loop for seconds, and a timed-out call
    // would fall back to the composer and test something else. No test here is about timing.
    timeouts: { planMs: 25_000, sectionMs: 25_000, firstTokenMs: 20_000 },
  });
  const events: GenerationEvent[] = [];
  for (;;) {
    const step = await generator.next();
    if (step.done) return { events, result: step.value satisfies GenerationResult };
    events.push(step.value);
  }
}

const heroOf = (document: SiteDocument) => document.pages[0].sections.find((section) => section.type === 'hero') as Hero | undefined;
const hrefsOf = (hero: Hero | undefined) => [hero?.primaryCta?.href, hero?.secondaryCta?.href];

describe("the hero's button targets on the AI path", () => {
  it('section calls write the buttons’ labels, not where they lead', () => {
    for (const locales of [['en'], ['en', 'pt-BR']]) {
      const { primaryCta, secondaryCta } = buildSectionSchema('hero', locales).shape;
      expect(JSON.stringify(primaryCta.toJSONSchema())).toContain('label');
      expect(JSON.stringify(primaryCta.toJSONSchema())).not.toContain('href');
      expect(JSON.stringify(secondaryCta.toJSONSchema())).not.toContain('href');
    }
    // The whole of what a call could write, for bench:generate's sizing.
    const whole = buildSectionSchema('hero', ['en'], 'plain', { heroHrefs: 'keep' });
    expect(JSON.stringify(whole.shape.primaryCta.toJSONSchema())).toContain('href');
  });

  it('an answer without links gets the offers section and the contact section, and the prompt says so', async () => {
    const { chain, heroPrompts } = await serverFor({ writesHrefs: false });
    const { result } = await generate(chain);
    expect(hrefsOf(heroOf(result.document))).toEqual(['#menu', '#contact']);
    expect(heroPrompts.at(-1)).toContain('The main button opens #menu; the second button opens #contact.');
  });

  it("with WhatsApp in the brief the second button opens the chat with the brief's digits, whatever the model wrote", async () => {
    const { chain, heroPrompts } = await serverFor({ writesHrefs: true });
    const { events, result } = await generate(chain, sampleBrief());
    expect(hrefsOf(heroOf(result.document))).toEqual(['#menu', 'https://wa.me/5541999887766']);
    expect(heroPrompts.at(-1)).toContain('the second button opens the WhatsApp chat');
    // Drafts streamed into the preview already lead where the finished hero does.
    const drafted = events.flatMap((event) =>
      event.type === 'section-draft' && event.sectionIds.includes('hero') ? [heroOf(event.document)] : [],
    );
    const withButton = drafted.filter((hero) => hero?.secondaryCta);
    expect(withButton.length).toBeGreaterThan(0);
    for (const hero of withButton) expect(hero?.secondaryCta?.href).toBe('https://wa.me/5541999887766');
  });

  it('an added hero gets the chosen targets; a rewritten one keeps its links', async () => {
    const { chain } = await serverFor({ writesHrefs: true });
    const withoutHero: SiteDocument = {
      ...veganBakery,
      pages: veganBakery.pages.map((page) =>
        page.slug === '' ? { ...page, sections: page.sections.filter((section) => section.type !== 'hero') } : page,
      ),
    };
    const added = await addSection({ document: withoutHero, type: 'hero', position: 0, chain, offline: fakeOfflineComposer() });
    const addedHero = added.document.pages[0].sections.find((section) => section.id === added.sectionId) as Hero;
    expect(hrefsOf(addedHero)).toEqual(['#menu', '#contact']);

    const hero = veganBakery.pages[0].sections.find((section) => section.type === 'hero')!;
    const rewritten = await rewriteSection({
      document: veganBakery,
      sectionId: hero.id,
      instruction: 'shorter',
      chain,
      offline: fakeOfflineComposer(),
    });
    expect(hrefsOf(heroOf(rewritten.document))).toEqual(hrefsOf(hero as Hero));
  });
});
