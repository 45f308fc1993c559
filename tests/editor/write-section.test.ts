import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '@tests/fakes/openai/server';
import { aiTestWorld } from './ai-world';
import { writeNewSection } from '@/modules/generate/write-new-section';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { offlineComposer } from '@/modules/generate/offline-composer';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { findKeysIn } from '@/modules/document/find-keys-in';
import { applyEdit } from '@/modules/editor/apply-edit';
import { writtenSectionOp } from '@/modules/editor/written-section-op';
import { blankSectionOp } from '@/modules/editor/new-content';

// "Write it for me" in the editor's Add a section: a section written against the saved draft,
// returned (not saved), inserted by the editor as one operation with fresh ids and keys; metered
// as an add-section (its tokens), never as a site generation; nobody writes on another's project.

const world = aiTestWorld();
const { usageOf, generationsOf } = world;

async function userWithDraft() {
  const user = await world.userWithProject();
  await saveSiteVersion(user.claims, { projectId: user.projectId, document: veganBakery, source: 'edit' });
  return user;
}

describe('writing a new section for the editor', () => {
  it('through the model: the wish reaches it, its tokens are recorded once as ai_token, nothing is saved', async () => {
    const u = await userWithDraft();
    const server = world.track(await startFakeOpenAI());
    const chain = [{ kind: 'vllm' as const, baseURL: server.url, model: 'fake-model' }];
    const written = await writeNewSection(
      u.claims,
      { projectId: u.projectId, pageSlug: '', type: 'faq', instruction: 'questions about gluten-free orders' },
      { chain, offline: offlineComposer },
    );
    expect(written.provider).toBe('vllm');
    expect(written.section.type).toBe('faq');
    expect(JSON.stringify(server.requests.map((request) => request.body))).toContain('questions about gluten-free orders');
    // Every text of the section, in every language of the draft.
    for (const locale of veganBakery.i18n.locales) {
      for (const key of findKeysIn(written.section)) expect(written.strings[locale]?.[key], `${locale} ${key}`).toEqual(expect.any(String));
    }
    const [generation, ...more] = await generationsOf(u.id);
    expect(more).toEqual([]);
    expect(generation).toMatchObject({ kind: 'add_section', status: 'succeeded' });
    const tokens = generation!.inputTokens + generation!.outputTokens;
    expect(tokens).toBeGreaterThan(0);
    expect((await usageOf(u.id)).map((e) => [e.metric, Number(e.quantity)])).toEqual([['ai_token', tokens]]);
  });

  it('offline, the composer writes it; no site generation is counted', async () => {
    const u = await userWithDraft();
    const written = await writeNewSection(
      u.claims,
      { projectId: u.projectId, pageSlug: '', type: 'testimonials' },
      { chain: [{ kind: 'offline' }], offline: offlineComposer },
    );
    expect(written.provider).toBe('offline');
    expect(written.section.type).toBe('testimonials');
    expect((await usageOf(u.id)).filter((e) => e.metric === 'page_generate')).toEqual([]);
  });

  it("nobody writes on another client's project: refused before the model, nothing recorded", async () => {
    const owner = await userWithDraft();
    const stranger = await userWithDraft();
    const server = world.track(await startFakeOpenAI());
    const chain = [{ kind: 'vllm' as const, baseURL: server.url, model: 'fake-model' }];
    await expect(
      writeNewSection(stranger.claims, { projectId: owner.projectId, pageSlug: '', type: 'faq' }, { chain, offline: offlineComposer }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(server.requests).toEqual([]);
    expect(await generationsOf(owner.id)).toEqual([]);
    expect(await generationsOf(stranger.id)).toEqual([]);
  });

  it('the editor inserts it with fresh ids and keys when the draft it edits already took them', async () => {
    const u = await userWithDraft();
    const written = await writeNewSection(
      u.claims,
      { projectId: u.projectId, pageSlug: '', type: 'faq' },
      { chain: [{ kind: 'offline' }], offline: offlineComposer },
    );
    // Since the save, the person added a blank FAQ in the editor: the same id and keys, taken.
    const blank = blankSectionOp(veganBakery, '', 'faq', 1)!;
    const edited = applyEdit(veganBakery, blank);
    if (!edited.ok) throw new Error('blank FAQ refused');
    const op = writtenSectionOp(edited.document, '', 2, written)!;
    const result = applyEdit(edited.document, op);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sections = result.document.pages[0]!.sections;
    expect(sections[2]!.type).toBe('faq');
    expect(new Set(sections.map((section) => section.id)).size).toBe(sections.length);
    const blankKeys = new Set(findKeysIn(sections[1]));
    const newKeys = findKeysIn(sections[2]);
    expect(newKeys.filter((key) => blankKeys.has(key))).toEqual([]);
    // The written texts, not the blank's placeholders, under the new keys.
    const firstWritten = written.strings.en![findKeysIn(written.section)[0]!];
    expect(result.document.i18n.strings.en![newKeys[0]!]).toBe(firstWritten);
  });
});
