import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatCompletionRequestBody, type FakeOpenAIServer } from '@tests/fakes/openai/server';
import type { ProviderConfig } from '@/lib/ai/providers';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { addSection } from './add-section';
import { buildSectionSchema } from './build-section-schema';
import { generateSite } from './generate-site';
import type { GenerationEvent, GenerationResult } from './generation-types';
import { rewriteSection } from './rewrite-section';
import { callName, engineResponder, planAnswer, sectionAnswer } from './test-helpers/engine-responder';
import { fakeOfflineComposer } from './test-helpers/fake-offline-composer';

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const PLAN_TYPES = ['hero', 'features', 'about', 'menu', 'testimonials', 'cta', 'contact', 'footer'];

/**
 * A model that writes a variant of its own in every section (as one without guided decoding
 * might, or as section calls were asked to until the engine chose them): the first of each type's
 * list, the plain look the rules move away from. The plan's style is `style`.
 */
async function serverFor(style: string): Promise<ProviderConfig[]> {
  const server = await startFakeOpenAI({
    responder: engineResponder({
      site_plan: (request) => JSON.stringify({ ...JSON.parse(planAnswer(request, PLAN_TYPES)), style }),
      ...Object.fromEntries(
        ['section_hero', 'section_features', 'section_testimonials', 'section_cta', 'section_menu'].map((name) => [
          name,
          (request: ChatCompletionRequestBody) => {
            const firstVariant = { hero: 'centered', features: 'cards', testimonials: 'cards', cta: 'band', menu: 'two-column' };
            const type = callName(request).replace('section_', '') as keyof typeof firstVariant;
            return JSON.stringify({ ...JSON.parse(sectionAnswer(request)), variant: firstVariant[type] });
          },
        ]),
      ),
    }),
  });
  servers.push(server);
  return [{ kind: 'vllm', baseURL: server.url, model: 'fake-model' }];
}

async function generate(style: string) {
  const chain = await serverFor(style);
  const generator = generateSite({
    prompt: 'A vegan bakery in São Paulo with sourdough, cinnamon rolls and coffee.',
    locales: ['en'],
    chain,
    offline: fakeOfflineComposer(),
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

const variantsOf = (document: SiteDocument) =>
  Object.fromEntries(document.pages[0].sections.map((section) => [section.type, section.variant ?? '-']));

describe('section variants on the AI path', () => {
  it('section calls are not asked for a variant where the style or the lists decide it', () => {
    for (const type of ['hero', 'features', 'testimonials', 'about', 'cta', 'gallery', 'menu', 'pricing', 'services', 'faq'] as const) {
      expect(Object.keys(buildSectionSchema(type, ['en']).shape), type).not.toContain('variant');
      expect(Object.keys(buildSectionSchema(type, ['en', 'pt-BR']).shape), type).not.toContain('variant');
    }
    // No rule: the model's choice stands (a contact form beside the details or below them).
    expect(Object.keys(buildSectionSchema('contact', ['en']).shape)).toContain('variant');
    expect(Object.keys(buildSectionSchema('footer', ['en']).shape)).toContain('variant');
    // The whole of what a call could write, for bench:generate's sizing.
    expect(Object.keys(buildSectionSchema('hero', ['en'], 'plain', { variant: 'keep' }).shape)).toContain('variant');
  });

  it("follows the plan's style, as the offline composer does, whatever the model wrote", async () => {
    const elegant = variantsOf((await generate('elegant')).result.document);
    expect(elegant).toMatchObject({ hero: 'typographic', features: 'list', about: 'image-right', testimonials: 'quote', cta: 'card' });
    const playful = variantsOf((await generate('playful')).result.document);
    // Playful opens beside a picture, but section calls write no hero image: its text-only look instead.
    expect(playful).toMatchObject({ hero: 'typographic', features: 'cards', testimonials: 'cards', cta: 'band' });
    expect(['image-left', 'image-right']).toContain(playful.about);
    // The lists decide the menu: the fake model writes one item, a short menu is a single list.
    expect(elegant.menu).toBe('list');
  });

  it('the same plan gets the same look again (choices between equals are seeded, not random)', async () => {
    const first = variantsOf((await generate('minimal')).result.document);
    const second = variantsOf((await generate('minimal')).result.document);
    expect(second).toEqual(first);
    expect(first.hero).toBe('centered');
  });

  it('drafts streamed into the preview already wear the look the finished section will have', async () => {
    const { events } = await generate('elegant');
    const heroDrafts = events.flatMap((event) =>
      event.type === 'section-draft' && event.sectionIds.includes('hero')
        ? event.document.pages[0].sections.filter((section) => section.type === 'hero')
        : [],
    );
    expect(heroDrafts.length).toBeGreaterThan(0);
    for (const hero of heroDrafts) expect(hero.variant).toBe('typographic');
  });

  it('an added section follows the site style; a rewritten one keeps its variant', async () => {
    const chain = await serverFor('elegant');
    const document: SiteDocument = { ...veganBakery, theme: { ...veganBakery.theme, style: 'elegant' } };
    const added = await addSection({ document, type: 'testimonials', chain, offline: fakeOfflineComposer() });
    expect(added.document.pages[0].sections.find((section) => section.id === added.sectionId)?.variant).toBe('quote');

    const hero = document.pages[0].sections.find((section) => section.type === 'hero')!;
    const rewritten = await rewriteSection({ document, sectionId: hero.id, instruction: 'shorter', chain, offline: fakeOfflineComposer() });
    expect(rewritten.document.pages[0].sections.find((section) => section.id === hero.id)?.variant).toBe(hero.variant);
  });
});
