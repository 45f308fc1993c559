import { describe, expect, it } from 'vitest';
import { renderExampleSite } from './render-example-site';

// The landing page's example site (issue 34 #8): a real page by the publishing renderer, in the
// reader's language, served with the published sites' strict headers.

describe('renderExampleSite', () => {
  it('writes the example business in English and in Portuguese', () => {
    const en = renderExampleSite('page', 'en', false);
    expect(en.status).toBe(200);
    expect(en.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(en.headers['Content-Security-Policy']).toMatch(/default-src/);
    const html = String(en.body);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Pão Verde');
    expect(html).toContain('href="/example/styles.css"');
    const pt = String(renderExampleSite('page', 'pt-BR', false).body);
    expect(pt).toContain('<html lang="pt-BR"');
    expect(pt).toMatch(/padaria vegana/i);
  });

  it('serves its stylesheet as its own file', () => {
    const css = renderExampleSite('css', 'en', true);
    expect(css.headers['Content-Type']).toBe('text/css; charset=utf-8');
    expect(String(css.body).length).toBeGreaterThan(500);
  });
});
