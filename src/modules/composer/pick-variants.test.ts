import { describe, expect, it } from 'vitest';
import { renderPage } from '@/modules/render/render-page';
import { expectSoundHtml } from '@/modules/render/testing/expect-sound-html';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { composeOfflineSite } from './compose-offline-site';

/** The site's shape: each section type with the variant it was given, in order. */
const skeleton = (document: SiteDocument) => document.pages[0]!.sections.map((section) => `${section.type}:${section.variant ?? '-'}`);

const compose = (prompt: string, style?: 'minimal' | 'bold' | 'elegant' | 'playful') =>
  composeOfflineSite({ prompt, locales: ['en'], ...(style ? { style } : {}) });

describe('design variants', () => {
  it('a bakery, a law firm and a software company do not share one skeleton', () => {
    const bakery = skeleton(compose('a playful landing page for a vegan bakery in Lisbon'));
    const law = skeleton(compose('labour law firm in São Paulo'));
    const saas = skeleton(compose('B2B SaaS for invoice automation'));
    expect(new Set([bakery.join(), law.join(), saas.join()]).size).toBe(3);
    // Not only in which sections they have: the hero, the first thing anyone sees, differs too.
    const heroes = [bakery, law, saas].map((sections) => sections.find((entry) => entry.startsWith('hero:')));
    expect(new Set(heroes).size).toBeGreaterThan(1);
  });

  it('follows the style the person chose: elegant → typographic hero, playful → a hero beside a picture', () => {
    const elegant = compose('a bakery in Porto', 'elegant');
    const playful = compose('a bakery in Porto', 'playful');
    const heroOf = (document: SiteDocument) => document.pages[0]!.sections.find((section) => section.type === 'hero')!;
    expect(heroOf(elegant).variant).toBe('typographic');
    // No stock art passed off as a photo of the business: without the person's photos, no picture.
    const hero = heroOf(playful);
    expect(hero.type === 'hero' && hero.image).toBeUndefined();
  });

  it('every style renders soundly, its hero image eager and first', () => {
    for (const style of ['minimal', 'bold', 'elegant', 'playful'] as const) {
      for (const seed of [0, 1, 2]) {
        const document = composeOfflineSite({ prompt: 'a bakery in Porto with a gallery and reviews', locales: ['en'], style, seed });
        expectSoundHtml(renderPage(document, { pageSlug: '', locale: 'en', mode: 'preview' }), { locale: 'en', mode: 'preview' });
      }
    }
  });
});
