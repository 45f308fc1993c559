import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { createEditorSectionCache, renderEditorSections, renderEditorSectionsCached } from '@/modules/render/render-page';
import { applyEdit } from './apply-edit';
import { FRAME_SCRIPT } from '@/modules/render/frame-script.generated';
import { duplicateSection } from './duplicate-section';
import { createCanvasDiffer, diffCanvasSections, renderCanvasHtml } from './render-canvas-html';
import { opFrom, seedArb } from './testing/random-edit';

const page = veganBakery.pages[0]!;
const at = (document = veganBakery) => ({ document, pageSlug: page.slug, locale: 'en' });
const firstTextKey = (): string => {
  const html = renderCanvasHtml(at(), 'http://app.test')!;
  return /data-pm-key="([^"]+)"/.exec(html.slice(html.indexOf('<main')))![1]!;
};

describe('the editor canvas', () => {
  it('carries the frame script byte for byte (its CSP hash) and the app origin', () => {
    const html = renderCanvasHtml(at(), 'http://app.test"><x')!;
    expect(html).toContain(`<script>${FRAME_SCRIPT}</script></body>`);
    expect(html).toContain('<meta name="pm-parent-origin" content="http://app.test&quot;&gt;&lt;x">');
    expect(html).toContain('data-pm-section="');
  });

  it('patches only the section whose text changed', () => {
    const key = firstTextKey();
    const edited = applyEdit(veganBakery, { op: 'set-text', locale: 'en', key, value: 'Fresh typo fix' });
    if (!edited.ok) throw new Error('edit refused');
    const change = diffCanvasSections(at(), at(edited.document));
    expect(change?.type).toBe('patch');
    expect(change!.sections).toHaveLength(1);
    expect(change!.sections[0]!.html).toContain('Fresh typo fix');
    expect(diffCanvasSections(at(), at())).toBeNull();
  });

  it('sends the whole list, in the new order, when a section moves', () => {
    const second = page.sections[1]!;
    const moved = applyEdit(veganBakery, { op: 'move-section', page: page.slug, sectionId: second.id, toIndex: 0 });
    if (!moved.ok) throw new Error('move refused');
    const change = diffCanvasSections(at(), at(moved.document));
    expect(change?.type).toBe('sections');
    expect(change!.sections[0]!.id).toBe(second.id);
  });
});

describe('duplicateSection', () => {
  it('adds a copy after the original whose texts are its own, and undo removes it', () => {
    const original = page.sections[1]!;
    const op = duplicateSection(veganBakery, page.slug, original.id)!;
    const result = applyEdit(veganBakery, op);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    const sections = result.document.pages[0]!.sections;
    expect(sections).toHaveLength(page.sections.length + 1);
    expect(sections[2]!.type).toBe(original.type);
    expect(sections[2]!.id).not.toBe(original.id);
    const undone = applyEdit(result.document, result.inverse);
    expect(undone.ok && undone.document).toEqual(veganBakery);
    expect(duplicateSection(veganBakery, page.slug, 'nope')).toBeNull();
  });
});

describe('the canvas differ (per-section render cache)', () => {
  it('answers exactly what rendering everything twice answers, over random edit sequences', () => {
    fc.assert(
      fc.property(fc.array(seedArb, { minLength: 1, maxLength: 15 }), fc.boolean(), (seeds, isPortuguese) => {
        const locale =
          isPortuguese && allSectionsDocument.i18n.locales.includes('pt-BR') ? 'pt-BR' : allSectionsDocument.i18n.defaultLocale;
        const view = (document: SiteDocument) => ({ document, pageSlug: allSectionsDocument.pages[0]!.slug, locale });
        const differ = createCanvasDiffer();
        let document = allSectionsDocument;
        differ.show(view(document));
        for (const seed of seeds) {
          const result = applyEdit(document, opFrom(document, seed));
          if (!result.ok) continue;
          expect(differ.change(view(result.document))).toEqual(diffCanvasSections(view(document), view(result.document)));
          document = result.document;
        }
      }),
      {
        numRuns: 60,
        // Found by a longer run: a section moved to a new page, and a link to it from another page
        // ("#contact" becomes "/p-5/#contact") must render again although that section did not change.
        examples: [
          [
            [
              { kind: 11, a: 0, b: 0, c: 5, text: '', flag: true },
              { kind: 5, a: 0, b: 48, c: 0, text: '', flag: false },
              { kind: 0, a: 0, b: 0, c: 0, text: '', flag: false },
            ],
            false,
          ],
        ],
      },
    );
  });

  it('a keystroke renders only the section showing that text, and the markup is what a full render gives', () => {
    const key = firstTextKey();
    const cache = createEditorSectionCache();
    const options = { pageSlug: page.slug, locale: 'en' };
    const first = renderEditorSectionsCached(veganBakery, options, cache);
    expect(first.every((section) => section.isFresh)).toBe(true);
    const edited = applyEdit(veganBakery, { op: 'set-text', locale: 'en', key, value: 'Typed' });
    if (!edited.ok) throw new Error('edit refused');
    const second = renderEditorSectionsCached(edited.document, options, cache);
    expect(second.filter((section) => section.isFresh).map((section) => section.id)).toEqual([first[0]!.id]);
    expect(second.map(({ id, html }) => ({ id, html }))).toEqual(renderEditorSections(edited.document, options));
    // Anything site-wide (here the language's fallback texts are unchanged, but the theme is not) renders all again.
    const themed = applyEdit(edited.document, { op: 'set-theme', theme: { ...edited.document.theme, radius: 'none' } });
    if (!themed.ok) throw new Error('theme refused');
    expect(renderEditorSectionsCached(themed.document, options, cache).every((section) => section.isFresh)).toBe(true);
  });
});
