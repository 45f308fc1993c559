import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Markdown, safeHref } from './markdown';

const html = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

describe('the agency’s Markdown', () => {
  it('renders headings (below the page title), lists, emphasis and links', () => {
    const out = html('Intro with **bold** and *care*.\n\n# Pagamento\n\n- um\n- dois\n\n1. first\n\n[site](https://example.com/a?b=1&c=2)');
    expect(out).toContain('<strong>bold</strong>');
    expect(out).toContain('<em>care</em>');
    expect(out).toContain('<h2 class="text-xl font-semibold">Pagamento</h2>');
    expect(out).toMatch(/<ul[^>]*><li>um<\/li><li>dois<\/li><\/ul>/);
    expect(out).toMatch(/<ol[^>]*><li>first<\/li><\/ol>/);
    expect(out).toContain('href="https://example.com/a?b=1&amp;c=2"');
    expect(out).toContain('rel="noopener noreferrer nofollow"');
  });

  it('never lets HTML through: tags are text, dangerous links lose their target', () => {
    const out = html(
      '<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there\n\n[x](javascript:alert(1)) [y](data:text/html,hi) [z](//evil.test) ![a](https://t.test/p.gif)',
    );
    // Only escaped text: no element, no attribute, no followable dangerous link.
    expect(out).not.toMatch(/<script|<img|href="javascript|href="data|href="\/\/evil/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('Hi &lt;img src=x onerror=alert(1)&gt; there');
    expect(out).toContain('x y z a');
  });

  it('keeps typed entities as the characters they stand for', () => {
    expect(html('Tom &amp; Jerry &lt;3')).toContain('Tom &amp; Jerry &lt;3');
  });

  it('allows http(s), mailto, tel, site paths and anchors only', () => {
    expect(safeHref('https://a.test/x')).toBe('https://a.test/x');
    expect(safeHref('mailto:ana@a.test')).toBe('mailto:ana@a.test');
    expect(safeHref('tel:+351912345678')).toBe('tel:+351912345678');
    expect(safeHref('/privacy')).toBe('/privacy');
    expect(safeHref('#contact')).toBe('#contact');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.test', 'vbscript:x', 'relative/path'])
      expect(safeHref(bad), bad).toBeNull();
  });
});
