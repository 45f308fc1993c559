import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { ImageCredit } from '@/modules/document/primitives';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { renderPage } from './render-page';

const anna: ImageCredit = {
  provider: 'unsplash',
  name: 'Anna Lima',
  url: 'https://unsplash.com/@anna_bakes?utm_source=page_magic&utm_medium=referral',
  providerUrl: 'https://unsplash.com/?utm_source=page_magic&utm_medium=referral',
};
const joao: ImageCredit = {
  ...anna,
  name: 'João <b>Pereira</b>',
  url: 'https://unsplash.com/@joao?utm_source=page_magic&utm_medium=referral',
};

/** The bakery with its hero and about photos credited to Unsplash photographers. */
function credited(heroCredit: ImageCredit, aboutCredit: ImageCredit): SiteDocument {
  const document = structuredClone(veganBakery);
  for (const section of document.pages[0]!.sections) {
    if (section.type === 'hero' && section.image) section.image.credit = heroCredit;
    if (section.type === 'about' && section.image) section.image.credit = aboutCredit;
  }
  return document;
}

const home = (document: SiteDocument, locale = 'en') => renderPage(document, { pageSlug: '', locale, mode: 'publish' });

describe('photo credits on the live site', () => {
  it('credits the photographer and Unsplash with the referral links, in a line under the content', () => {
    const html = home(credited(anna, anna));
    const line = /<div class="wrap pm-cr">(.*?)<\/div>/.exec(html)?.[1];
    expect(line).toBe(
      '<p>Photo by <a href="https://unsplash.com/@anna_bakes?utm_source=page_magic&amp;utm_medium=referral" rel="noopener">Anna Lima</a> ' +
        'on <a href="https://unsplash.com/?utm_source=page_magic&amp;utm_medium=referral" rel="noopener">Unsplash</a></p>',
    );
    expect(html.indexOf('pm-cr')).toBeLessThan(html.indexOf('</main>'));
  });

  it('lists several photographers the way the language joins a list, escaped', () => {
    const html = home(credited(anna, joao), 'pt-BR');
    expect(html).toContain('Fotos de <a href="https://unsplash.com/@anna_bakes');
    expect(html).toContain(
      '>Anna Lima</a> e <a href="https://unsplash.com/@joao?utm_source=page_magic&amp;utm_medium=referral" rel="noopener">João &lt;b&gt;Pereira&lt;/b&gt;</a> no <a',
    );
    expect(html).not.toContain('<b>Pereira');
  });

  it('says nothing for photos without a credit, and nothing for a credited picture the page does not show', () => {
    expect(home(veganBakery)).not.toContain('pm-cr');
    const document = credited(anna, anna);
    for (const section of document.pages[0]!.sections)
      if ((section.type === 'hero' || section.type === 'about') && section.image) section.image.src = '/stock/x.svg';
    expect(home(document)).not.toContain('pm-cr');
  });

  it("accepts only https links to the provider's own pages in a credit", () => {
    const parsed = (credit: ImageCredit) => parseSiteDocument(credited(credit, anna)).ok;
    expect(parsed(anna)).toBe(true);
    expect(parsed({ ...anna, url: 'javascript:alert(1)' })).toBe(false);
    expect(parsed({ ...anna, url: 'https://evil.example/@anna' })).toBe(false);
    expect(parsed({ ...anna, providerUrl: 'http://unsplash.com/' })).toBe(false);
  });
});
