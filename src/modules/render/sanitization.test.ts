import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { sectionRegistry } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { listSiteFiles } from './list-site-files';
import { renderCss } from './render-css';
import { renderPage } from './render-page';
import { expectSoundHtml } from './testing/expect-sound-html';
import { innerOf, openTags } from './testing/inspect-html';

const TEXT_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '</style><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<!-- <a href="javascript:alert(1)">x</a> -->',
  '<style>body{display:none}</style>',
  '\u2028\u2029<iframe srcdoc="<script>alert(1)</script>">',
];

const URL_PAYLOADS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript&colon;alert(1)',
  'javascript%3Aalert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/x.js',
];

/** Every text in every locale replaced by a hostile payload (documents are not trusted input). */
function withHostileText(): SiteDocument {
  const doc = structuredClone(veganBakery);
  for (const table of Object.values(doc.i18n.strings)) {
    Object.keys(table).forEach((key, index) => {
      table[key] = `${TEXT_PAYLOADS[index % TEXT_PAYLOADS.length]} ${key}`;
    });
  }
  doc.seo.business!.name = '</script><script>alert("ld")</script>';
  doc.seo.business!.openingHours = ['</script><img src=x onerror=alert(1)>'];
  const contact = doc.pages[0].sections.find((section) => section.type === 'contact');
  if (contact?.type === 'contact' && contact.details) {
    contact.details.phone = '+1 555"><script>alert(1)</script>';
    contact.details.email = 'a@b.example"><img src=x onerror=alert(1)>';
  }
  // Values the schema would refuse, to prove the renderer does not rely on it.
  doc.pages[0].sections[1].id = '"><script>alert(1)</script>';
  doc.pages[0].sections[2].variant = '" onmouseover="alert(1)' as never;
  return doc;
}

/**
 * Every registered section type, each in its `variantIndex`-th variant (wrapping), with every
 * text of the document and every other free-text field of a section (phone, PIX key, prices as
 * text…) replaced by a hostile payload. Key references, ids, types and URLs keep their values:
 * URLs have their own test, and a changed key would only render the missing-text fallback.
 */
function everySectionHostile(variantIndex: number): SiteDocument {
  const doc = structuredClone(allSectionsDocument);
  let next = 0;
  const payload = () => `${TEXT_PAYLOADS[next++ % TEXT_PAYLOADS.length]} #${next}`;
  for (const table of Object.values(doc.i18n.strings)) {
    for (const key of Object.keys(table)) table[key] = payload();
  }
  const keep = new Set(['id', 'type', 'variant', 'href', 'src', 'url', 'socialImage']);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        if (typeof item === 'string') node[index] = payload();
        else visit(item);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [name, value] of Object.entries(node)) {
        if (typeof value === 'string') {
          if (!keep.has(name) && !name.endsWith('Key')) (node as Record<string, unknown>)[name] = payload();
        } else visit(value);
      }
    }
  };
  for (const section of doc.pages[0].sections) {
    const variants = sectionRegistry[section.type].variants as readonly string[];
    (section as { variant?: string }).variant = variants[variantIndex % variants.length];
    visit(section);
  }
  return doc;
}

const MOST_VARIANTS = Math.max(...Object.values(sectionRegistry).map((entry) => entry.variants.length));

/** Every URL in the document replaced by a dangerous or obfuscated one. */
function withHostileUrls(base: SiteDocument = veganBakery): SiteDocument {
  const doc = structuredClone(base);
  let next = 0;
  const url = () => URL_PAYLOADS[next++ % URL_PAYLOADS.length];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [name, value] of Object.entries(node)) {
        if ((name === 'href' || name === 'src' || name === 'url' || name === 'socialImage') && typeof value === 'string') {
          (node as Record<string, unknown>)[name] = url();
        } else visit(value);
      }
    }
  };
  doc.site.logo = { src: 'x', altKey: 'site.name', width: 10, height: 10 };
  visit(doc);
  return doc;
}

function withHostileTheme(): SiteDocument {
  const doc = structuredClone(veganBakery);
  doc.theme.palette.colors = {
    background: '#fff;}</style><script>alert(1)</script>',
    surface: 'red',
    text: 'expression(alert(1))',
    muted: 'url(javascript:alert(1))',
    primary: '#123456;background:url(//evil.example)',
    primaryText: '#fff}body{display:none',
    accent: '</style>',
  };
  doc.theme.fonts = 'x;}</style><script>alert(1)</script>' as never;
  doc.theme.radius = '1px;}*{display:none' as never;
  doc.theme.style = '__proto__' as never;
  return doc;
}

const renderAll = (doc: SiteDocument, mode: 'preview' | 'publish') =>
  listSiteFiles(doc).map(({ pageSlug, locale }) => ({
    locale,
    html: renderPage(doc, { pageSlug, locale, mode, baseUrl: 'https://site.example' }),
  }));

describe('hostile documents render inert', () => {
  it('escapes hostile text everywhere (body, attributes, head, JSON-LD)', () => {
    for (const mode of ['preview', 'publish'] as const) {
      for (const { locale, html } of renderAll(withHostileText(), mode)) {
        expectSoundHtml(html, { locale, mode });
        for (const tag of ['img', 'svg', 'iframe', 'meta']) {
          expect(
            openTags(html, tag).every(
              (found) => found.name !== 'iframe' && !('onerror' in found.attributes) && !('http-equiv' in found.attributes),
            ),
          ).toBe(true);
        }
        expect(html).not.toMatch(/<(img|svg) [^>]*on\w+=/i);
        expect(html).not.toContain('<!--');
        const jsonLd = innerOf(html, 'script') ?? '';
        // U+2028 is harmless in HTML text but not in script data.
        expect(jsonLd).not.toMatch(/[<>\u2028\u2029]/);
        expect(JSON.parse(jsonLd)['@graph'][0].name).toBe('</script><script>alert("ld")</script>');
        if (mode === 'preview') expect(innerOf(html, 'style')).not.toMatch(/<|script/);
      }
    }
  });

  it('escapes hostile text in every field of every section type, in every variant', () => {
    for (let variant = 0; variant < MOST_VARIANTS; variant++) {
      const doc = everySectionHostile(variant);
      for (const mode of ['preview', 'publish'] as const) {
        for (const { locale, html } of renderAll(doc, mode)) {
          expectSoundHtml(html, { locale, mode });
          expect(openTags(html, 'iframe')).toHaveLength(0);
          // No attribute of any tag is an event handler or srcdoc, and no meta refresh: expectSoundHtml.
          expect(html).not.toContain('<!--');
          expect(html).not.toContain('<script>alert');
          // The payloads did reach the page (as text): the test is not passing on an empty render.
          expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        }
      }
    }
  });

  it('replaces dangerous and obfuscated URLs with "#"', () => {
    for (const base of [veganBakery, allSectionsDocument]) {
      for (const { locale, html } of renderAll(withHostileUrls(base), 'publish')) {
        expectSoundHtml(html, { locale, mode: 'publish' });
        expect(html).not.toMatch(/javascript|vbscript|data:|&#106;|&#x6a;|evil\.example/i);
        expect(html).toContain('href="#"');
      }
    }
  });

  it('keeps CSS injection out of the stylesheet and the preview <style>', () => {
    const doc = withHostileTheme();
    const css = renderCss(doc, ['hero', 'menu']);
    // (The stylesheet hides things itself — the menu button or the inline links — so the
    // payloads' own rules are what must be absent.)
    expect(css).not.toMatch(/<|script|expression|url\(|body\{display:none|\*\{display:none|evil/i);
    const root = /^:root\{([^}]*)\}/.exec(css)?.[1] ?? '';
    for (const declaration of root.split(';')) {
      const [name, value] = declaration.split(':');
      if (['--bg', '--sf', '--tx', '--mu', '--pr', '--pt', '--ac', '--ln', '--bd'].includes(name)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
    }
    const html = renderPage(doc, { pageSlug: '', locale: 'en', mode: 'preview' });
    expectSoundHtml(html, { locale: 'en', mode: 'preview' });
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});
