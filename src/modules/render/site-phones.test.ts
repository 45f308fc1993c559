import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { renderPage } from './render-page';
import { decodeEntities, innerOf, openTags } from './testing/inspect-html';

type Case = {
  country: string;
  /** The contact section's number, as the owner typed it. */
  written: string;
  /** The same number typed another way (structured data, the hero's call button). */
  other: string;
  whatsapp: string;
  e164: string;
  display: string;
};

const CASES: Case[] = [
  {
    country: 'BR',
    written: '81 99876-5432',
    other: '81998765432',
    whatsapp: '5581998765432',
    e164: '+5581998765432',
    display: '(81) 99876-5432',
  },
  {
    country: 'PT',
    written: '912345678',
    other: '+351 912 345 678',
    whatsapp: '351912345678',
    e164: '+351912345678',
    display: '912 345 678',
  },
  {
    country: 'US',
    written: '512.555.0143',
    other: '(512) 555 0143',
    whatsapp: '15125550143',
    e164: '+15125550143',
    display: '(512) 555-0143',
  },
  { country: 'MX', written: '5512345678', other: '55 1234 5678', whatsapp: '525512345678', e164: '+525512345678', display: '55 1234 5678' },
];

/** The bakery moved to `country`, its number written differently in each place it appears. */
function siteIn({ country, written, other, whatsapp }: Case): SiteDocument {
  const document = structuredClone(veganBakery);
  document.seo.business!.address!.country = country;
  document.seo.business!.phone = other;
  for (const section of document.pages[0]!.sections) {
    if (section.type === 'contact') section.details = { ...section.details, phone: written, whatsapp };
    if (section.type === 'hero')
      section.secondaryCta = { labelKey: 'hero.secondaryCta.label', href: `tel:${other.replace(/[^+\d]/g, '')}` };
  }
  return document;
}

const home = (document: SiteDocument) =>
  renderPage(document, { pageSlug: '', locale: 'en', mode: 'publish', baseUrl: 'https://x.example' });

/** The visible text of the link whose href starts with `prefix`, in the contact details. */
function linkText(html: string, prefix: string): string | undefined {
  const details = html.slice(html.indexOf('<dl class="details">'));
  const match = new RegExp(`<a href="${prefix}[^"]*">([^<]*)</a>`).exec(details);
  return match ? decodeEntities(match[1]!) : undefined;
}

describe('one phone format per site', () => {
  it.each(CASES)('$country: every tel: link dials $e164 and the number reads "$display"', (given) => {
    const html = home(siteIn(given));
    const telLinks = openTags(html, 'a')
      .map((tag) => tag.attributes.href)
      .filter((href) => href?.startsWith('tel:'));
    // The contact details and the hero's call button.
    expect(telLinks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(telLinks)).toEqual(new Set([`tel:${given.e164}`]));
    const graph = JSON.parse(innerOf(html, 'script')!)['@graph'] as { telephone?: string }[];
    expect(graph[0]!.telephone).toBe(given.e164);
    expect(linkText(html, 'tel:')).toBe(given.display);
    expect(linkText(html, 'https://wa.me/')).toBe(given.display);
    expect(html).toContain(`href="https://wa.me/${given.whatsapp}"`);
    expect(html).not.toContain(`+${given.whatsapp}<`);
  });

  it('shows a number from another country with its country code', () => {
    const html = home({ ...siteIn(CASES[0]!) });
    const document = siteIn(CASES[0]!);
    for (const section of document.pages[0]!.sections) if (section.type === 'contact') section.details!.whatsapp = '351912345678';
    expect(linkText(html, 'https://wa.me/')).toBe('(81) 99876-5432');
    expect(linkText(home(document), 'https://wa.me/')).toBe('+351 912 345 678');
  });

  it('shows every number with its country code when the owner writes the main one that way', () => {
    const document = siteIn({ ...CASES[1]!, written: '+351 912345678', other: '912 345 678' });
    const html = home(document);
    expect(linkText(html, 'tel:')).toBe('+351 912 345 678');
    expect(linkText(html, 'https://wa.me/')).toBe('+351 912 345 678');
    expect(new Set(openTags(html, 'a').flatMap((tag) => (tag.attributes.href?.startsWith('tel:') ? [tag.attributes.href] : [])))).toEqual(
      new Set(['tel:+351912345678']),
    );
  });

  it('takes the country from the site language when the address has none', () => {
    const document = siteIn(CASES[0]!);
    delete document.seo.business!.address!.country;
    document.i18n.defaultLocale = 'pt-BR';
    const html = renderPage(document, { pageSlug: '', locale: 'pt-BR', mode: 'publish' });
    expect(linkText(html, 'tel:')).toBe('(81) 99876-5432');
    expect(html).toContain('href="tel:+5581998765432"');
  });

  it('leaves a number it cannot read as written, dialling its digits', () => {
    const document = siteIn(CASES[0]!);
    for (const section of document.pages[0]!.sections) if (section.type === 'contact') section.details!.phone = '123 45';
    const html = home(document);
    expect(linkText(html, 'tel:')).toBe('123 45');
    expect(html).toContain('href="tel:12345"');
  });
});
