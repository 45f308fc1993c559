import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { buildSite } from './build-site';
import { checkSite } from './check-site';
import { htmlFile } from './testing/build-test-helpers';

const headingsOf = (results: ReturnType<typeof checkSite>) => results.filter((result) => result.id === 'heading-order');

describe('heading-order check', () => {
  it('accepts the rendered pages of every section type', () => {
    expect(headingsOf(buildSite(allSectionsDocument, { baseUrl: 'https://x.example' }).checks)[0].level).toBe('ok');
  });

  it('warns about skipped levels, several h1 and pages without h1', () => {
    const files = [
      htmlFile('index.html', '<h1>Bakery</h1><h3>Our <em>sourdough</em> &amp; more</h3><h2>Menu</h2><h4 class="x">Deep</h4>'),
      htmlFile('two/index.html', '<h1>One</h1><h1>Two</h1>'),
      htmlFile('none/index.html', '<h2>Only a subtitle</h2>'),
    ];
    const [warning, ...rest] = headingsOf(checkSite(allSectionsDocument, files));
    expect(rest).toEqual([]);
    expect(warning.level).toBe('warning');
    expect(warning.details).toEqual([
      'index.html: h3 "Our sourdough & more" follows h1, skipping a level',
      'index.html: h4 "Deep" follows h2, skipping a level',
      'two/index.html: 2 main headings (h1); a page should have one',
      'none/index.html: no main heading (h1)',
      'none/index.html: h2 "Only a subtitle" follows the start of the page, skipping a level',
    ]);
  });
});
