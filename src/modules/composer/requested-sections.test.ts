import { describe, expect, it } from 'vitest';
import { composeOfflineSite } from './compose-offline-site';
import { withRequestedSections } from './requested-sections';
import { fold } from '@/modules/brief/text';

describe('sections asked for by name', () => {
  const bakery = ['hero', 'features', 'menu', 'about', 'faq', 'cta', 'contact', 'footer'] as const;

  it('adds what the prompt names, before the closing sections, once', () => {
    expect(withRequestedSections(bakery, fold('Uma padaria vegana com galeria de fotos e nossa equipe'))).toEqual([
      'hero',
      'features',
      'menu',
      'about',
      'faq',
      'gallery',
      'team',
      'cta',
      'contact',
      'footer',
    ]);
    expect(withRequestedSections(bakery, fold('a bakery; FAQ please'))).toEqual([...bakery]);
    expect(withRequestedSections(bakery, fold('a bakery in Lisbon'))).toEqual([...bakery]);
  });

  it('matches whole words only', () => {
    expect(withRequestedSections(bakery, fold('photosynthesis workshop for teams'))).toEqual([...bakery]);
    expect(withRequestedSections(bakery, fold('meet our team'))).toContain('team');
  });

  it('gives a generated site the gallery it was asked for, with stock art (never a broken image)', () => {
    const site = composeOfflineSite({
      prompt: 'Uma landing page para uma padaria vegana em Lisboa, com galeria de fotos',
      locales: ['pt-BR'],
    });
    const gallery = site.pages[0]!.sections.find((section) => section.type === 'gallery') as
      { items: Array<{ image: { src: string } }> } | undefined;
    expect(gallery).toBeDefined();
    expect(gallery!.items.length).toBeGreaterThan(0);
    for (const item of gallery!.items) expect(item.image.src).toMatch(/^\/stock\/[a-z0-9-]+\.svg$/);
  });
});
