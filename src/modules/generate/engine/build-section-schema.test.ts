import { describe, expect, it } from 'vitest';
import { buildSectionSchema } from './build-section-schema';

describe('buildSectionSchema', () => {
  it('leaves out what is ours (id, type) and optional images', () => {
    const hero = buildSectionSchema('hero', ['en', 'pt-BR']);
    expect(Object.keys(hero.shape).sort()).toEqual(['eyebrow', 'primaryCta', 'secondaryCta', 'subtitle', 'title', 'variant']);
    expect(hero.safeParse({ title: { en: 'Hi', 'pt-BR': 'Oi' } }).success).toBe(true);
    expect(hero.safeParse({ title: { en: 'Hi' } }).success).toBe(false);
    const team = buildSectionSchema('team', ['en']);
    expect(team.safeParse({ title: { en: 'Team' }, members: [{ name: { en: 'Bea' }, role: { en: 'Baker' } }] }).success).toBe(true);
  });

  it('keeps required images (a gallery is nothing without them)', () => {
    const gallery = buildSectionSchema('gallery', ['en']);
    const item = { image: { src: '/a.jpg', alt: { en: 'Bread' }, width: 800, height: 600 } };
    expect(gallery.safeParse({ items: [item] }).success).toBe(true);
    expect(gallery.safeParse({ items: [{}] }).success).toBe(false);
  });
});
