import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { listUsedSectionTypes } from './list-used-section-types';
import { renderCss } from './render-css';
import { headerInlineMinWidthRem } from './render-header';
import { renderPage } from './render-page';
import { innerOf, openTags } from './testing/inspect-html';

const header = (document: SiteDocument = veganBakery, locale = 'en') =>
  innerOf(renderPage(document, { pageSlug: '', locale, mode: 'publish' }), 'header')!;
const css = (document: SiteDocument) => renderCss(document, listUsedSectionTypes(document));

/** `count` links with labels of `length` letters. */
function withNavigation(count: number, length: number): SiteDocument {
  const document = structuredClone(veganBakery);
  document.navigation = Array.from({ length: count }, (_, index) => ({ labelKey: `nav.n${index}`, href: `/#s${index}` }));
  for (const locale of document.i18n.locales)
    for (let index = 0; index < count; index += 1) document.i18n.strings[locale]![`nav.n${index}`] = 'x'.repeat(length);
  return document;
}

describe('the site header on a phone and on a computer', () => {
  it('puts the links behind a "Menu" disclosure that works without script: a <details> with its <summary> as the button', () => {
    const html = header();
    const menu = /<details class="hd-menu">([\s\S]*)<\/details>/.exec(html)?.[1];
    expect(menu).toBeDefined();
    expect(menu).toMatch(/^<summary><span class="hd-ic" aria-hidden="true"><\/span>Menu<\/summary>/);
    // The same main and language links as the inline menu, in the same order.
    const hrefs = (part: string) => openTags(part, 'a').map((tag) => tag.attributes.href);
    const inline = /<div class="hd-links">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(hrefs(menu!)).toEqual(hrefs(inline));
    expect(hrefs(menu!)).toEqual(['/#menu', '/#about', '/blog/', '/#contact', '/', '/pt-BR/']);
    expect(header(veganBakery, 'pt-BR')).toContain('Menu</summary>');
  });

  it('styles the button and the inline menu in the stylesheet only, and shows the inline one from the width it fits in', () => {
    const styles = css(veganBakery);
    const width = headerInlineMinWidthRem(veganBakery);
    expect(styles).toContain(`@media (min-width:${width}rem){.hd-links{display:flex}.hd-menu{display:none}}`);
    expect(styles).toMatch(/\.hd-links\{display:none/);
    // A phone (22.5rem) gets the button; a 1280 px computer (80rem) the inline menu.
    expect(width).toBeGreaterThan(22.5);
    expect(width).toBeLessThan(80);
  });

  it('keeps the button to wider screens when the links need more room, and on every width when they never fit one row', () => {
    const few = headerInlineMinWidthRem(withNavigation(3, 6));
    const many = headerInlineMinWidthRem(withNavigation(6, 9));
    expect(many!).toBeGreaterThan(few!);
    expect(headerInlineMinWidthRem(withNavigation(8, 40))).toBeNull();
    expect(css(withNavigation(8, 40))).not.toContain('.hd-menu{display:none}');
  });

  it('has no menu at all when there is nothing to list', () => {
    const document = structuredClone(veganBakery);
    document.navigation = [];
    document.pages = document.pages.filter((page) => page.slug === '');
    document.i18n.locales = ['en'];
    expect(header(document)).not.toContain('<details');
    expect(header(document)).not.toContain('hd-links');
  });
});
