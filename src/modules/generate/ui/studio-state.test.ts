import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { initialStudioState, isGenerating, progressOf, studioReducer, type StudioAction, type StudioState } from './studio-state';

const withSections = (count: number): SiteDocument => ({
  ...veganBakery,
  pages: veganBakery.pages.map((page) => (page.slug === '' ? { ...page, sections: page.sections.slice(0, count) } : page)),
});

const run = (state: StudioState, actions: StudioAction[]) => actions.reduce(studioReducer, state);

describe('studioReducer', () => {
  it('moves from planning through sections to saved, with a rising percentage', () => {
    let state = run(initialStudioState(null), [{ type: 'generate-start' }]);
    expect(state.phase).toBe('planning');
    expect(isGenerating(state)).toBe(true);
    const seen = [state.percent];
    state = run(state, [
      { type: 'event', event: { type: 'started', generationId: 'g', mode: 'offline' } },
      { type: 'event', event: { type: 'skeleton', document: withSections(0) } },
    ]);
    seen.push(state.percent);
    for (let index = 0; index < 4; index++) {
      state = studioReducer(state, {
        type: 'event',
        event: { type: 'section', index, total: 4, sectionId: `s${index}`, document: withSections(index + 1) },
      });
      seen.push(state.percent);
    }
    expect(state.phase).toBe('writing');
    expect(state.sectionIds).toHaveLength(4);
    state = studioReducer(state, {
      type: 'event',
      event: { type: 'done', version: 1, document: veganBakery, isOffline: true, providers: ['offline'] },
    });
    expect(state.servedBy).toEqual(['offline']);
    seen.push(state.percent);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    expect(state).toMatchObject({ phase: 'saved', saved: { version: 1 }, percent: 100, partial: null, mode: 'offline' });
  });

  it('the status and the progress bar say the same: planning while drafts paint before the plan, then "d of n" at its share', () => {
    let state = run(initialStudioState(null), [
      { type: 'generate-start' },
      { type: 'event', event: { type: 'started', generationId: 'g', mode: 'ai' } },
      { type: 'event', event: { type: 'skeleton', document: withSections(0) } },
      // Drafts paint (from the brief's guesses) before the plan has said how many sections there are.
      { type: 'event', event: { type: 'section-draft', sectionIds: ['s0'], document: withSections(1) } },
    ]);
    expect(state.phase).toBe('writing');
    expect(progressOf(state)).toEqual({ stage: 'planning', done: 0, total: 0, percent: 10 });
    state = run(state, [
      { type: 'event', event: { type: 'plan', plan: { sections: ['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'faq', brief: '' })) } } },
    ]);
    expect(progressOf(state)).toEqual({ stage: 'writing', done: 0, total: 4, percent: 10 });
    const seen: string[] = [];
    for (const [index, id] of ['a', 'b', 'c', 'd'].entries()) {
      state = studioReducer(state, {
        type: 'event',
        event: { type: 'section', index, total: 4, sectionId: id, document: withSections(index + 1) },
      });
      const progress = progressOf(state);
      // The bar is at exactly the share the text names.
      expect(progress.percent).toBe(10 + Math.round((85 * progress.done) / progress.total));
      seen.push(`${progress.done}/${progress.total}`);
    }
    expect(seen).toEqual(['1/4', '2/4', '3/4', '4/4']);
  });

  it('keeps the brief check of the new draft, and forgets it when the next generation starts', () => {
    const coverage = {
      features: [
        { feature: 'whatsapp' as const, status: 'present' as const },
        { feature: 'donation' as const, status: 'missing' as const },
      ],
      missing: ['donation' as const],
    };
    let state = run(initialStudioState(null), [
      { type: 'generate-start' },
      {
        type: 'event',
        event: { type: 'done', version: 1, document: veganBakery, isOffline: true, providers: ['offline'], briefCoverage: coverage },
      },
    ]);
    expect(state.coverage).toEqual(coverage);
    state = studioReducer(state, { type: 'generate-start' });
    expect(state.coverage).toBeNull();
  });

  it('regenerating keeps the current draft on screen until the new site has a section', () => {
    const draft = { version: 2, document: veganBakery };
    let state = run(initialStudioState(draft), [
      { type: 'generate-start' },
      { type: 'event', event: { type: 'skeleton', document: withSections(0) } },
    ]);
    expect(state.preview).toBe(veganBakery);
    state = studioReducer(state, {
      type: 'event',
      event: { type: 'section', index: 0, total: 4, sectionId: 'hero', document: withSections(1) },
    });
    expect(state.preview).toEqual(withSections(1));
    // A first site shows its frame at once.
    const first = run(initialStudioState(null), [
      { type: 'generate-start' },
      { type: 'event', event: { type: 'skeleton', document: withSections(0) } },
    ]);
    expect(first.preview).toEqual(withSections(0));
  });

  it('shows a section being written at once, but counts, keeps and continues from finished sections only', () => {
    let state = run(initialStudioState(null), [
      { type: 'generate-start' },
      { type: 'event', event: { type: 'started', generationId: 'g', mode: 'ai' } },
      { type: 'event', event: { type: 'skeleton', document: withSections(0) } },
      { type: 'event', event: { type: 'section', index: 0, total: 4, sectionId: 's0', document: withSections(1) } },
    ]);
    const percent = state.percent;
    const draft = withSections(2);
    state = studioReducer(state, { type: 'event', event: { type: 'section-draft', sectionIds: ['s1'], document: draft } });
    expect(state.preview).toBe(draft);
    // The final plan's frame (no sections yet) does not blank what is being drawn.
    state = studioReducer(state, { type: 'event', event: { type: 'skeleton', document: withSections(0) } });
    expect(state.preview).toBe(draft);
    expect(state.phase).toBe('writing');
    expect(state.percent).toBe(percent);
    expect(state.sectionIds).toEqual(['s0']);
    // Another section finishes while s1 is still drawn: its page (without s1) is not put on show,
    // the next draft (sent right after) is; with no drafts left, the finished page is.
    state = studioReducer(state, {
      type: 'event',
      event: { type: 'section', index: 2, total: 4, sectionId: 's2', document: withSections(1) },
    });
    expect(state.preview).toBe(draft);
    expect(state.streamed?.pages[0].sections).toHaveLength(1);
    const finished = withSections(3);
    state = studioReducer(state, { type: 'event', event: { type: 'section', index: 1, total: 4, sectionId: 's1', document: finished } });
    expect(state.preview).toBe(finished);
    state = studioReducer(state, { type: 'event', event: { type: 'section-draft', sectionIds: ['s3'], document: withSections(4) } });
    // Stopped now: the preview keeps what was finished, never the half-written section.
    state = studioReducer(state, { type: 'generate-stopped', reason: 'cancelled' });
    expect(state.partial?.pages[0].sections).toHaveLength(3);
    expect(state.preview?.pages[0].sections).toHaveLength(3);
  });

  it('counts a section replaced after a failure once', () => {
    const state = run(initialStudioState(null), [
      { type: 'generate-start' },
      { type: 'event', event: { type: 'section', index: 0, total: 2, sectionId: 'hero', document: withSections(1) } },
      { type: 'event', event: { type: 'section-failed', index: 1, sectionId: 'menu' } },
      { type: 'event', event: { type: 'section', index: 0, total: 2, sectionId: 'hero', document: withSections(1) } },
    ]);
    expect(state.sectionIds).toEqual(['hero']);
  });

  it('keeps the partial preview when cancelled and ignores late events', () => {
    const draft = { version: 3, document: veganBakery };
    let state = run(initialStudioState(draft), [
      { type: 'generate-start' },
      { type: 'event', event: { type: 'started', generationId: 'g-7', mode: 'offline' } },
      { type: 'event', event: { type: 'skeleton', document: withSections(0) } },
      { type: 'event', event: { type: 'section', index: 0, total: 5, sectionId: 'hero', document: withSections(1) } },
      { type: 'generate-stopped', reason: 'cancelled' },
      { type: 'event', event: { type: 'section', index: 1, total: 5, sectionId: 'x', document: withSections(2) } },
    ]);
    expect(state.phase).toBe('cancelled');
    expect(state.partial).toEqual(withSections(1));
    // "Continue" names the stopped generation; the server continues from its own copy.
    expect(state.generationId).toBe('g-7');
    expect(state.preview).toEqual(withSections(1));
    expect(state.saved).toEqual(draft);
    state = studioReducer(state, { type: 'show-saved' });
    expect(state.preview).toBe(veganBakery);
    expect(state.partial).toBeNull();
  });

  it('stopping before the skeleton keeps the saved draft and offers nothing to continue', () => {
    const state = run(initialStudioState({ version: 1, document: veganBakery }), [
      { type: 'generate-start' },
      { type: 'event', event: { type: 'error', error: { code: 'RATE_LIMITED', message: 'slow down' } } },
    ]);
    expect(state).toMatchObject({ phase: 'failed', partial: null, preview: veganBakery, error: { code: 'RATE_LIMITED' } });
  });

  it('tracks the busy control and saves edits as the new version', () => {
    let state = run(initialStudioState({ version: 1, document: veganBakery }), [{ type: 'edit-start', control: 'rewrite:hero' }]);
    expect(state.busyControl).toBe('rewrite:hero');
    state = studioReducer(state, { type: 'edit-failed', control: 'rewrite:hero', error: { code: 'VALIDATION', message: 'no' } });
    expect(state).toMatchObject({ busyControl: null, editError: { control: 'rewrite:hero' } });
    state = run(state, [
      { type: 'edit-start', control: 'rewrite:hero' },
      { type: 'edit-saved', version: 2, document: withSections(2) },
    ]);
    expect(state).toMatchObject({ busyControl: null, editError: null, phase: 'saved', activity: 'edit', saved: { version: 2 } });
  });
});
