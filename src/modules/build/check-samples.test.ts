import { afterEach, describe, expect, it, vi } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { offlineComposer } from '@/modules/generate/offline-composer';
import { checkSamples } from './check-samples';

describe('checkSamples', () => {
  it('passes a site whose content all comes from the owner', () => {
    expect(checkSamples(veganBakery)).toEqual([expect.objectContaining({ id: 'samples', level: 'ok' })]);
  });

  it('blocks publishing while sample testimonials (or any sample item) remain, naming where', () => {
    const doc = structuredClone(veganBakery);
    const section = doc.pages[0].sections.find((candidate) => candidate.type === 'testimonials');
    if (section?.type !== 'testimonials') throw new Error('fixture has testimonials');
    section.items = section.items.map((item) => ({ ...item, isSample: true }));
    const [result] = checkSamples(doc);
    expect(result).toMatchObject({ id: 'samples', level: 'error', count: 1 });
    expect(result.details?.[0]).toContain(`${section.id}: ${section.items.length} sample testimonials`);
  });
});

describe('sample blog posts', () => {
  afterEach(() => vi.useRealTimers());

  it('block publishing until the owner edits them (which clears the flag), naming each', () => {
    const doc = structuredClone(veganBakery);
    const post = doc.pages.find((page) => page.kind === 'post')!;
    post.post!.isSample = true;
    const [result] = checkSamples(doc);
    expect(result).toMatchObject({ id: 'samples', level: 'error', count: 1 });
    expect(result.details?.[0]).toContain(`${post.slug}: a sample post`);
    delete post.post!.isSample;
    expect(checkSamples(doc)).toEqual([expect.objectContaining({ level: 'ok' })]);
  });

  it('are what the composer starts a blog with: dated the day the site is made, never before it', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T12:00:00Z'));
    const document = offlineComposer.composeSite({
      prompt: 'Barbearia Navalha de Ouro no Rio, corte e barba, com blog de dicas',
      locales: ['pt-BR'],
      now: new Date(),
    });
    const posts = document.pages.filter((page) => page.kind === 'post');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.map((page) => page.post?.date)).toEqual(posts.map(() => '2026-11-23'));
    expect(posts.every((page) => page.post?.isSample === true)).toBe(true);
    const details = checkSamples(document)[0]?.details ?? [];
    for (const post of posts) expect(details.some((line) => line.startsWith(`${post.slug}: a sample post`))).toBe(true);
  });
});
