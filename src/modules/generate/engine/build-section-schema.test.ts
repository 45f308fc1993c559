import { describe, expect, it } from 'vitest';
import { buildSectionSchema } from './build-section-schema';

describe('buildSectionSchema', () => {
  it('leaves out what is ours (id, type, a variant the style decides) and optional images', () => {
    const hero = buildSectionSchema('hero', ['en', 'pt-BR']);
    expect(Object.keys(hero.shape).sort()).toEqual(['eyebrow', 'primaryCta', 'secondaryCta', 'subtitle', 'title']);
    expect(hero.safeParse({ title: { en: 'Hi', 'pt-BR': 'Oi' } }).success).toBe(true);
    expect(hero.safeParse({ title: { en: 'Hi' } }).success).toBe(false);
    const team = buildSectionSchema('team', ['en', 'pt-BR']);
    const both = (text: string) => ({ en: text, 'pt-BR': text });
    expect(team.safeParse({ title: both('Team'), members: [{ name: both('Bea'), role: both('Baker') }] }).success).toBe(true);
  });

  it('a one-language site writes plain texts, without a locale wrapper per text', () => {
    const team = buildSectionSchema('team', ['pt-PT']);
    expect(team.safeParse({ title: 'Equipa', members: [{ name: 'Bea', role: 'Padeira' }] }).success).toBe(true);
    expect(team.safeParse({ title: { 'pt-PT': 'Equipa' }, members: [] }).success).toBe(false);
    expect(team.safeParse({ title: '' }).success).toBe(false);
    // The wrapper is what two languages need.
    expect(buildSectionSchema('team', ['en', 'pt-BR']).safeParse({ title: 'Team' }).success).toBe(false);
  });

  it('keeps required images (a gallery is nothing without them)', () => {
    const gallery = buildSectionSchema('gallery', ['en']);
    const item = { image: { src: '/a.jpg', alt: 'Bread', width: 800, height: 600 } };
    expect(gallery.safeParse({ items: [item] }).success).toBe(true);
    expect(gallery.safeParse({ items: [{}] }).success).toBe(false);
  });
});
