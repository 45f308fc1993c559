import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from './fixtures/all-sections';
import { veganBakery } from './fixtures/vegan-bakery';
import { parseSiteDocument } from './parse-site-document';

function issuesOf(input: unknown): string[] {
  const result = parseSiteDocument(input);
  return result.ok ? [] : result.issues.map((issue) => issue.message);
}

describe('parseSiteDocument', () => {
  it('accepts the fixtures, as objects and as JSON text', () => {
    expect(parseSiteDocument(veganBakery)).toEqual({ ok: true, document: veganBakery });
    expect(parseSiteDocument(JSON.stringify(veganBakery)).ok).toBe(true);
    expect(parseSiteDocument(allSectionsDocument).ok).toBe(true);
  });

  it('drops unknown properties instead of failing', () => {
    const result = parseSiteDocument({ ...veganBakery, comment: 'from the model' });
    expect(result.ok && 'comment' in result.document).toBe(false);
  });

  it('reports invalid JSON and non-documents without throwing', () => {
    expect(issuesOf('{"version": 1,')).toEqual(['document: not valid JSON']);
    expect(issuesOf(null).length).toBeGreaterThan(0);
    expect(issuesOf([]).length).toBeGreaterThan(0);
  });

  it('requires version 1', () => {
    expect(issuesOf({ ...veganBakery, version: 2 })[0]).toMatch(/^version: /);
  });

  it('requires a home page and unique slugs', () => {
    const noHome = { ...veganBakery, pages: veganBakery.pages.slice(1) };
    expect(issuesOf(noHome)).toContain('pages: a home page (slug "") is required');
    const twice = { ...veganBakery, pages: [...veganBakery.pages, veganBakery.pages[1]] };
    expect(issuesOf(twice)).toContain('pages[3].slug: slug "blog" is used by another page');
  });

  it('requires unique section ids per page, naming the section', () => {
    const doc = structuredClone(veganBakery);
    doc.pages[0].sections[1].id = 'hero';
    expect(issuesOf(doc)).toContain('pages[0].sections[1].id (in features "hero"): section id "hero" is used twice on this page');
  });

  it('checks the locale setup', () => {
    const doc = structuredClone(veganBakery);
    doc.i18n.defaultLocale = 'fr';
    doc.i18n.strings.de = {};
    const issues = issuesOf(doc);
    expect(issues).toContain('i18n.defaultLocale: "fr" is not in i18n.locales');
    expect(issues).toContain('i18n.strings.de: strings for "de", which is not in i18n.locales');
    expect(issuesOf({ ...veganBakery, i18n: { ...veganBakery.i18n, locales: ['en', 'pt_BR'] } })[0]).toContain('BCP-47');
  });

  it('requires post metadata on posts', () => {
    const doc = structuredClone(veganBakery);
    delete doc.pages[2].post;
    expect(issuesOf(doc)).toContain('pages[2].post: a page of kind "post" needs post metadata (date, authorKey)');
  });

  it('rejects unsafe URLs and non-hex colors with a readable reason', () => {
    const doc = structuredClone(veganBakery);
    doc.seo.socialImage = 'javascript:alert(1)';
    doc.theme.palette.colors.primary = 'red;}</style>';
    const issues = issuesOf(doc);
    expect(issues.some((issue) => issue.startsWith('seo.socialImage: must be an http(s) URL, a relative path'))).toBe(true);
    expect(issues).toContain('theme.palette.colors.primary: must be a hex color like "#1f2937"');
  });
});
