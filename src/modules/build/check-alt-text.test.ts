import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { buildSite } from './build-site';
import { checkSite } from './check-site';
import { htmlFile } from './testing/build-test-helpers';

const altOf = (results: ReturnType<typeof checkSite>) => results.filter((result) => result.id === 'alt-text');

describe('alt-text check', () => {
  it('accepts the fixtures, including a logo with empty alt next to the site name', () => {
    const document = structuredClone(allSectionsDocument);
    document.site.logo = { src: '/logo.svg', altKey: 'site.name', width: 40, height: 40 };
    expect(altOf(buildSite(document, { baseUrl: 'https://x.example' }).checks)).toEqual([
      { id: 'alt-text', level: 'ok', message: 'Every image has a description.' },
    ]);
    expect(altOf(buildSite(veganBakery, { baseUrl: 'https://x.example' }).checks)[0].level).toBe('ok');
  });

  it('warns about images whose description is empty, per page and locale', () => {
    const document = structuredClone(veganBakery);
    document.i18n.strings.en['hero.image.alt'] = ' ';
    const [warning] = altOf(buildSite(document, { baseUrl: 'https://x.example' }).checks);
    expect(warning.level).toBe('warning');
    expect(warning.details).toEqual(['index.html: image /images/vegan-bakery/hero.webp has no description (alt text)']);
  });

  it('blocks images without an alt attribute and image-only links without a name', () => {
    const files = [
      htmlFile(
        'index.html',
        '<img src="/a.png"><a href="/"><img src="/logo.png" alt=""></a><a href="/"><img src="/b.png" alt="">Home</a>' +
          '<img src="/c.png" alt="" role="presentation"><img src="/d.png" alt="A cake">',
      ),
    ];
    const [error, ...rest] = altOf(checkSite(veganBakery, files));
    expect(rest).toEqual([]);
    expect(error.level).toBe('error');
    expect(error.details).toEqual([
      'index.html: image /a.png has no alt attribute',
      'index.html: image /logo.png is the only content of a link and has no alt text, so the link has no name',
    ]);
  });
});
