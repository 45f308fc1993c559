import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { renderEditorSections } from '@/modules/render/render-page';
import { getAt } from './json-path';
import { findImagePath } from './find-image-path';

// A click on a picture in the canvas names it by its alt key (render-image.ts's data-pm-image);
// the editor opens the picker for the field that key leads to.
describe.each([
  ['vegan bakery', veganBakery],
  ['every section type', allSectionsDocument],
])('every picture on the canvas of %s', (_name, document) => {
  const page = document.pages[0]!;
  const rendered = renderEditorSections(document, { pageSlug: page.slug, locale: document.i18n.defaultLocale });

  it('names an image of its own section, which the picker then edits', () => {
    let pictures = 0;
    for (const { id, html } of rendered) {
      const section = page.sections.find((candidate) => candidate.id === id)!;
      for (const [, altKey] of html.matchAll(/data-pm-image="([^"]*)"/g)) {
        pictures++;
        const path = findImagePath(section, altKey!);
        expect(path, `${id}: ${altKey}`).not.toBeNull();
        expect(getAt(section, path!)).toMatchObject({ altKey });
      }
    }
    expect(pictures).toBeGreaterThan(0);
  });
});

describe('findImagePath', () => {
  const section = {
    id: 's1',
    image: { src: '/a.webp', altKey: 'hero.alt', width: 1, height: 1 },
    items: [{ titleKey: 'x' }, { image: { src: 'file:1', altKey: 'item.alt', width: 1, height: 1 } }],
  };

  it('finds a top-level image and one inside a list item', () => {
    expect(findImagePath(section, 'hero.alt')).toEqual(['image']);
    expect(findImagePath(section, 'item.alt')).toEqual(['items', 1, 'image']);
  });

  it('finds nothing for a key that is no image of this section (a stale or forged click)', () => {
    expect(findImagePath(section, 'x')).toBeNull();
    expect(findImagePath(section, 'about.image.alt')).toBeNull();
    expect(findImagePath(section, '')).toBeNull();
  });
});
