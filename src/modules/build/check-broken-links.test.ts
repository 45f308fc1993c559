import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { buildSite } from './build-site';
import { checkSite } from './check-site';
import { hasBlockingErrors } from './has-blocking-errors';
import { makeBuiltFile } from './make-built-file';
import { htmlFile } from './testing/build-test-helpers';
import type { CheckResult } from './types';

const linksOf = (checks: CheckResult[]) => checks.filter((check) => check.id === 'broken-links');
const checksFor = (document: SiteDocument) => buildSite(document, { baseUrl: 'https://site.example' }).checks;

describe('broken-links check', () => {
  it('passes cross-page anchors and locale-aware links of the fixture (images aside)', () => {
    const results = linksOf(checksFor(veganBakery));
    expect(results.map((result) => result.level)).toEqual(['warning']);
    expect(results[0].details?.every((detail) => detail.includes('is not part of this deployment'))).toBe(true);
  });

  it('blocks links to missing pages and to sections that do not exist', () => {
    const document = structuredClone(veganBakery);
    document.navigation?.push({ labelKey: 'nav.menu', href: '/price-list' }, { labelKey: 'nav.about', href: '/#opening-hours' });
    const checks = checksFor(document);
    const [error] = linksOf(checks);
    expect(error.level).toBe('error');
    expect(error.details).toContain('index.html: /price-list leads to a page that does not exist');
    expect(error.details).toContain(
      'pt-BR/blog/index.html: /pt-BR/#opening-hours points to a section ("#opening-hours") that is not on /pt-BR/',
    );
    expect(hasBlockingErrors(checks)).toBe(true);
  });

  it('warns about links whose unsafe address was removed', () => {
    const document = structuredClone(veganBakery);
    document.navigation?.push({ labelKey: 'nav.menu', href: 'javascript:alert(1)' });
    const warning = linksOf(checksFor(document)).find((result) => result.level === 'warning');
    expect(warning?.details).toContain('index.html: a link has no destination ("#")');
  });

  it('checks assets, same-origin absolute URLs and fragments in built files; ignores external, mail and host routes', () => {
    const head = '<link rel="canonical" href="https://site.example/"><link rel="stylesheet" href="/assets/gone.css">';
    const files = [
      htmlFile(
        'index.html',
        '<a href="https://site.example/missing/">a</a><a href="https://site.example/about">b</a><a href="https://elsewhere.example/x">c</a>' +
          '<a href="mailto:a@b.example">d</a><a href="tel:+123">e</a><form action="/__forms/lead" method="post"></form>' +
          '<a href="#top">f</a><a href="#here">g</a><p id="here"></p><a href="./about/#team">h</a><a href="/about/#nobody">i</a><script src="/app.js"></script>',
        head,
      ),
      htmlFile('about/index.html', '<section id="team"></section>'),
      makeBuiltFile('app.js', 'text/javascript', ''),
    ];
    const [error, ...rest] = linksOf(checkSite(veganBakery, files));
    expect(rest).toEqual([]);
    expect(error.details).toEqual([
      'index.html: /assets/gone.css leads to a page that does not exist',
      'index.html: https://site.example/missing/ leads to a page that does not exist',
      'index.html: /about/#nobody points to a section ("#nobody") that is not on /about/',
    ]);
  });

  it('reports a link repeated on many pages once per page, capped', () => {
    const files = Array.from({ length: 60 }, (_, index) =>
      htmlFile(`p${index}/index.html`, '<a href="/nowhere/">x</a><a href="/nowhere/">x</a>'),
    );
    const [error] = linksOf(checkSite(veganBakery, files));
    expect(error.message).toBe('60 broken internal links would lead visitors nowhere.');
    expect(error.details).toHaveLength(41);
    expect(error.details?.at(-1)).toBe('…and 20 more');
  });
});
