import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '@tests/fakes/openai/server';
import { aiTestWorld } from './ai-world';
import { suggestText } from '@/modules/generate/suggest-text';
import { GenerationFailedError } from '@/lib/ai/generate-structured';
import { translateMissingTexts } from '@/modules/generate/translate-missing-texts';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { offlineComposer } from '@/modules/generate/offline-composer';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';

// The editor's AI text help and "translate what is missing" are metered as rewrites: on the real
// database, a call that reaches the model records exactly its tokens (ai_token) once and never a
// site generation (page_generate); a call refused before the model, or one the model fails,
// records nothing; nobody can spend on someone else's project.

const { track, userWithProject, usageOf, generationsOf } = aiTestWorld();

async function model(responder: () => string, fault?: 'http500') {
  const server = track(await startFakeOpenAI({ responder, ...(fault ? { fault: { kind: fault } } : {}) }));
  return { chain: [{ kind: 'vllm' as const, baseURL: server.url, model: 'fake-model' }], server };
}

describe('AI text help and translate-missing, metered on the database', () => {
  it('a suggestion from the model records its tokens once as ai_token, and no site generation', async () => {
    const u = await userWithProject();
    const { chain } = await model(() =>
      JSON.stringify({ suggestions: ['Bread that rises overnight', 'Slow bread, fast mornings', 'Baked while you sleep'] }),
    );
    const result = await suggestText(
      u.claims,
      { projectId: u.projectId, locale: 'en', text: 'Fresh vegan bread every day', mode: 'alternatives' },
      { chain },
    );
    expect(result.suggestions).toEqual(['Bread that rises overnight', 'Slow bread, fast mornings', 'Baked while you sleep']);

    const [generation, ...more] = await generationsOf(u.id);
    expect(more).toEqual([]);
    expect(generation).toMatchObject({ kind: 'rewrite_section', status: 'succeeded', provider: 'vllm' });
    const tokens = generation!.inputTokens + generation!.outputTokens;
    expect(tokens).toBeGreaterThan(0);
    const usage = await usageOf(u.id);
    expect(usage.map((e) => [e.metric, Number(e.quantity), e.projectId])).toEqual([['ai_token', tokens, u.projectId]]);
  });

  it('offline, what needs the model is refused before anything is reserved or recorded; shorter is free of tokens', async () => {
    const u = await userWithProject();
    const offline = { chain: [{ kind: 'offline' as const }] };
    await expect(
      suggestText(u.claims, { projectId: u.projectId, locale: 'en', text: 'Fresh bread', mode: 'alternatives' }, offline),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await generationsOf(u.id)).toEqual([]);

    const shorter = await suggestText(
      u.claims,
      { projectId: u.projectId, locale: 'en', text: 'We bake at night. Come by at seven!', mode: 'shorter' },
      offline,
    );
    expect(shorter.suggestions).toEqual(['We bake at night.']);
    const usage = await usageOf(u.id);
    expect(usage.filter((e) => e.metric === 'page_generate')).toEqual([]);
    expect(usage.reduce((sum, e) => sum + Number(e.quantity), 0)).toBe(0);
  });

  it('a model that fails leaves a failed rewrite and no usage', async () => {
    const u = await userWithProject();
    const { chain } = await model(() => '{}', 'http500');
    await expect(
      suggestText(u.claims, { projectId: u.projectId, locale: 'en', text: 'Fresh vegan bread every day', mode: 'formal' }, { chain }),
    ).rejects.toBeInstanceOf(GenerationFailedError);
    expect((await generationsOf(u.id)).map((g) => g.status)).toEqual(['failed']);
    expect(await usageOf(u.id)).toEqual([]);
  });

  it("nobody spends on another client's project: refused, nothing recorded for either", async () => {
    const owner = await userWithProject();
    const stranger = await userWithProject();
    const { chain, server } = await model(() => JSON.stringify({ suggestions: ['x'] }));
    await expect(
      suggestText(stranger.claims, { projectId: owner.projectId, locale: 'en', text: 'Fresh bread', mode: 'formal' }, { chain }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(server.requests).toEqual([]);
    expect(await usageOf(owner.id)).toEqual([]);
    expect(await usageOf(stranger.id)).toEqual([]);
  });

  it('translating the missing texts through the model records its tokens once, as ai_token only', async () => {
    const u = await userWithProject();
    await saveSiteVersion(u.claims, { projectId: u.projectId, document: veganBakery, source: 'edit' });
    const { chain } = await model(() => JSON.stringify({ 'hero.title': 'Pão vegano feito à noite' }));
    const result = await translateMissingTexts(
      u.claims,
      { projectId: u.projectId, locale: 'pt-BR', texts: { 'hero.title': 'Vegan bread baked overnight' } },
      { chain, offline: offlineComposer },
    );
    expect(result.provider).toContain('vllm');
    expect(result.translations).toEqual({ 'hero.title': 'Pão vegano feito à noite' });
    const [generation] = await generationsOf(u.id);
    expect(generation).toMatchObject({ kind: 'add_locale', status: 'succeeded' });
    const tokens = generation!.inputTokens + generation!.outputTokens;
    expect(tokens).toBeGreaterThan(0);
    expect((await usageOf(u.id)).map((e) => [e.metric, Number(e.quantity)])).toEqual([['ai_token', tokens]]);
  });
});
