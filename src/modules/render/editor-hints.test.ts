import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { listSiteFiles } from './list-site-files';
import { renderEditorSections, renderPage } from './render-page';

// The editor's canvas renders with `editorHints`: spans naming each text's key and a
// `data-pm-section` on each section. These tests pin that the hints are *only* additions, that
// publishing never carries them, and that a patched section is exactly what a full render holds.

const HINTED_TEXT = /<span data-pm-key="[^"]*">([^<]*)<\/span>/g;
const SECTION_HINT = / data-pm-section="[^"]*"/g;
const IMAGE_HINT = / data-pm-image="[^"]*"/g;

function withoutHints(html: string): string {
  return html.replace(HINTED_TEXT, '$1').replace(SECTION_HINT, '').replace(IMAGE_HINT, '');
}

const documents: [string, SiteDocument][] = [
  ['vegan bakery', veganBakery],
  ['every section type', allSectionsDocument],
];

describe.each(documents)('editor hints on %s', (_name, document) => {
  it.each(listSiteFiles(document))('are absent from published and preview pages, which keep no script but JSON-LD ($filePath)', (file) => {
    for (const mode of ['publish', 'preview'] as const) {
      const html = renderPage(document, { pageSlug: file.pageSlug, locale: file.locale, mode });
      expect(html).not.toContain('data-pm-');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.every((tag) => tag === '<script type="application/ld+json">')).toBe(true);
    }
  });

  it.each(listSiteFiles(document))('only add markup: without them the editor page is the preview byte for byte ($filePath)', (file) => {
    const options = { pageSlug: file.pageSlug, locale: file.locale, mode: 'preview' as const };
    const edited = renderPage(document, { ...options, editorHints: true });
    expect(edited).toContain('data-pm-key="');
    expect(withoutHints(edited)).toBe(renderPage(document, options));
  });

  it('patch sections are exactly the sections of the full editor render', () => {
    const page = document.pages[0]!;
    const locale = document.i18n.defaultLocale;
    const full = renderPage(document, { pageSlug: page.slug, locale, mode: 'preview', editorHints: true });
    const patches = renderEditorSections(document, { pageSlug: page.slug, locale });
    expect(patches.length).toBeGreaterThan(1);
    for (const patch of patches) expect(full).toContain(patch.html);
    expect(patches.map((patch) => patch.id)).toEqual(page.sections.filter((s) => s.type !== 'footer').map((s) => s.id));
    const [, second] = patches;
    expect(renderEditorSections(document, { pageSlug: page.slug, locale, ids: [second!.id] })).toEqual([second]);
  });
});

describe('hidden sections', () => {
  it('stay in the document but not on the page, in every mode', () => {
    const document = structuredClone(veganBakery);
    const menu = document.pages[0]!.sections.find((section) => section.id === 'menu')!;
    menu.hidden = true;
    for (const mode of ['publish', 'preview'] as const) {
      expect(renderPage(document, { pageSlug: '', locale: 'en', mode })).not.toContain('id="menu"');
      expect(renderPage(veganBakery, { pageSlug: '', locale: 'en', mode })).toContain('id="menu"');
    }
    expect(renderEditorSections(document, { pageSlug: '', locale: 'en' }).map((patch) => patch.id)).not.toContain('menu');
  });
});
