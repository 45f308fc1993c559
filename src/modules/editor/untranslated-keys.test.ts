import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { createCanvasDiffer, renderCanvasHtml } from './render-canvas-html';
import { untranslatedKeysByLocale } from './untranslated-keys';

const page = veganBakery.pages[0]!;

describe('texts left to translate', () => {
  it('are the texts a language lacks and those still word for word in another language, never the default language', () => {
    expect(untranslatedKeysByLocale(veganBakery)).toEqual({});
    const document = structuredClone(veganBakery);
    delete document.i18n.strings['pt-BR']!['hero.title'];
    document.i18n.strings['pt-BR']!['menu.title'] = 'Bread worth waking up early for, every single day';
    document.i18n.strings.en!['menu.title'] = 'Bread worth waking up early for, every single day';
    const found = untranslatedKeysByLocale(document);
    expect(Object.keys(found)).toEqual(['pt-BR']);
    expect(found['pt-BR']!.sort()).toEqual(['hero.title', 'menu.title']);
  });

  it('are marked on the canvas, and a change of the marks patches just the sections that show them', () => {
    const view = { document: veganBakery, pageSlug: page.slug, locale: 'pt-BR' };
    const html = renderCanvasHtml({ ...view, untranslatedKeys: ['hero.title'] }, 'http://app.test')!;
    expect(html).toContain('<span data-pm-key="hero.title" data-pm-untranslated="">');
    expect(renderCanvasHtml(view, 'http://app.test')).not.toContain('data-pm-untranslated=""');

    const differ = createCanvasDiffer();
    differ.show(view);
    const marked = differ.change({ ...view, untranslatedKeys: ['hero.title'] });
    expect(marked?.type).toBe('patch');
    expect(marked!.sections).toHaveLength(1);
    expect(marked!.sections[0]!.html).toContain('data-pm-key="hero.title" data-pm-untranslated=""');
    expect(differ.change({ ...view, untranslatedKeys: ['hero.title'] })).toBeNull();
    expect(differ.change(view)!.sections[0]!.html).not.toContain('data-pm-untranslated=""');
    // What the frame was last sent for a section, to draw again once the person stops typing in it.
    differ.change({ ...view, untranslatedKeys: ['hero.title'] });
    expect(differ.shownSection('hero')!.html).toContain('data-pm-key="hero.title" data-pm-untranslated=""');
    expect(differ.shownSection('nope')).toBeNull();
  });
});
