import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { BriefFeature } from './site-brief-schema';
import { checkBriefCoverage } from './check-brief-coverage';
import { sampleBrief } from '@/modules/generate/engine/test-helpers/sample-brief';

type Section = SiteDocument['pages'][number]['sections'][number];

function statusOf(document: SiteDocument, feature: BriefFeature, facts: Partial<ReturnType<typeof sampleBrief>['facts']> = {}) {
  const brief = sampleBrief({ features: [feature], facts: { ...sampleBrief().facts, ...facts } });
  return checkBriefCoverage(document, brief).features[0].status;
}

function withSections(sections: Section[], edit: (doc: SiteDocument) => void = () => {}): SiteDocument {
  const document = structuredClone(veganBakery);
  document.pages[0].sections = sections;
  edit(document);
  return document;
}

const home = veganBakery.pages[0].sections;
const byType = (type: Section['type']) => home.filter((section) => section.type === type);
const contact = byType('contact')[0] as Extract<Section, { type: 'contact' }>;
const footer = byType('footer')[0] as Extract<Section, { type: 'footer' }>;
const bareFooter = { ...footer, social: [] };
const noPosts = (doc: SiteDocument) => {
  doc.pages = doc.pages.filter((page) => page.kind !== 'post');
};

describe('checkBriefCoverage', () => {
  it('whatsapp: present with the given number as a contact detail or a wa.me link, missing otherwise', () => {
    expect(statusOf(withSections([{ ...contact, details: { whatsapp: '5541999887766' } }]), 'whatsapp')).toBe('present');
    expect(
      statusOf(withSections([{ ...footer, social: [{ network: 'whatsapp', href: 'https://wa.me/5541999887766' }] }]), 'whatsapp'),
    ).toBe('present');
    // The fixture's wa.me link is another number: not the one the person gave.
    expect(statusOf(withSections([contact, footer]), 'whatsapp')).toBe('missing');
    expect(statusOf(withSections([contact, bareFooter]), 'whatsapp', { whatsapp: undefined })).toBe('missing');
  });

  it('hours: an hours section and the given hours in the structured data', () => {
    const hours: Section = {
      id: 'hours',
      type: 'hours',
      variant: 'table',
      titleKey: 'hero.title',
      rows: [{ daysKey: 'hero.title', timesKey: 'hero.title' }],
    };
    expect(statusOf(withSections([hours]), 'hours')).toBe('present');
    expect(statusOf(withSections([contact]), 'hours')).toBe('missing');
    const noStructured = withSections([hours], (doc) => {
      if (doc.seo.business) delete doc.seo.business.openingHours;
    });
    expect(statusOf(noStructured, 'hours')).toBe('missing');
  });

  it('map, booking and quote: a map link and request forms with their purpose', () => {
    const mapped = { ...contact, details: { map: { labelKey: 'contact.title', href: 'https://www.openstreetmap.org/?mlat=1&mlon=2' } } };
    expect(statusOf(withSections([mapped]), 'map')).toBe('present');
    expect(statusOf(withSections([contact]), 'map')).toBe('missing');
    const booking = { ...contact, form: { ...contact.form!, purpose: 'booking' as const } };
    expect(statusOf(withSections([booking]), 'booking')).toBe('present');
    expect(statusOf(withSections([contact]), 'booking')).toBe('missing');
    expect(statusOf(withSections([booking]), 'quote')).toBe('missing');
    expect(statusOf(withSections([{ ...contact, form: { ...contact.form!, purpose: 'quote' as const } }]), 'quote')).toBe('present');
  });

  it('phone, email and social', () => {
    expect(statusOf(withSections([contact]), 'phone')).toBe('present');
    expect(
      statusOf(
        withSections([{ ...contact, details: {} }], (doc) => delete doc.seo.business?.phone),
        'phone',
      ),
    ).toBe('missing');
    // Asked for without the number: the marked "add your phone number" line stands for it, as sample hours do.
    const noPhone = (doc: SiteDocument) => delete doc.seo.business?.phone;
    const toAdd = { ...contact, details: { phoneToAdd: { textKey: 'contact.title', isSample: true } } };
    expect(statusOf(withSections([toAdd], noPhone), 'phone', { phones: [] })).toBe('present');
    // …but never when the person gave a number the page should show.
    expect(statusOf(withSections([toAdd], noPhone), 'phone', { phones: ['+55 41 3333-4444'] })).toBe('missing');
    expect(statusOf(withSections([contact]), 'email')).toBe('present');
    expect(
      statusOf(
        withSections([{ ...contact, details: {} }], (doc) => delete doc.seo.business?.email),
        'email',
      ),
    ).toBe('missing');
    expect(statusOf(withSections([footer]), 'social')).toBe('present');
    expect(statusOf(withSections([bareFooter]), 'social')).toBe('missing');
  });

  it('blog: at least two posts', () => {
    expect(statusOf(withSections([], noPosts), 'blog')).toBe('missing');
    const twoPosts = withSections([], (doc) => {
      const post = doc.pages.find((page) => page.kind === 'post')!;
      doc.pages = [doc.pages[0], post, { ...post, slug: `${post.slug}-2` }];
    });
    expect(statusOf(twoPosts, 'blog')).toBe('present');
  });

  it.each([
    ['newsletter', 'newsletter'],
    ['donation', 'donate'],
    ['menu', 'menu'],
    ['team', 'team'],
    ['faq', 'faq'],
    ['testimonials', 'testimonials'],
  ] as const)('%s: present only with a %s section', (feature, type) => {
    const section = { ...(home.find((s) => s.type === type) ?? { id: type, type, variant: 'simple', titleKey: 'hero.title' }) } as Section;
    expect(statusOf(withSections([contact]), feature)).toBe('missing');
    expect(statusOf(withSections([contact, section]), feature)).toBe('present');
  });

  it('testimonials a regulated profession may not show are withheld, not missing', () => {
    const brief = sampleBrief({
      features: ['testimonials'],
      regulated: { profession: 'law', code: 'OAB', avoid: ['testimonials'], why: 'OAB advertising rules' },
    });
    expect(checkBriefCoverage(withSections([contact]), brief)).toEqual({
      features: [{ feature: 'testimonials', status: 'withheld' }],
      missing: [],
    });
  });

  it('delivery: a delivery platform link, or home delivery told on the page when there is no link to give', () => {
    const link = {
      ...bareFooter,
      links: [{ labelKey: 'footer.ifood', href: 'https://www.ifood.com.br/delivery/curitiba/trigo-fino' }],
    };
    expect(statusOf(withSections([contact, link]), 'delivery')).toBe('present');
    const told = withSections([contact, bareFooter], (doc) => {
      for (const locale of doc.i18n.locales)
        doc.i18n.strings[locale]![`${contact.id}.deliveryNote`] = 'Entregamos ao domicílio em Curitiba.';
    });
    expect(statusOf(told, 'delivery')).toBe('present');
    // Words in a string no section on a page shows do not count.
    const orphan = withSections([contact, bareFooter], (doc) => {
      for (const locale of doc.i18n.locales) doc.i18n.strings[locale]!['gone-section.note'] = 'Entregamos ao domicílio.';
    });
    expect(statusOf(orphan, 'delivery')).toBe('missing');
  });

  it('lists every missing feature', () => {
    expect(checkBriefCoverage(withSections([contact, bareFooter]), sampleBrief()).missing).toEqual(['whatsapp', 'hours', 'newsletter']);
  });
});
