import type { SectionType } from '@/modules/document/section-registry';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';

type Placement = { type: SectionType; before: readonly SectionType[] };

// Where each requested section goes: before the first of `before` on the page, else before the footer.
const PLACEMENTS: Partial<Record<SiteBrief['features'][number], Placement>> = {
  menu: { type: 'menu', before: ['about', 'faq', 'cta', 'contact'] },
  pricing: { type: 'pricing', before: ['about', 'faq', 'cta', 'contact'] },
  gallery: { type: 'gallery', before: ['faq', 'cta', 'contact'] },
  team: { type: 'team', before: ['faq', 'cta', 'contact'] },
  testimonials: { type: 'testimonials', before: ['faq', 'cta', 'contact'] },
  faq: { type: 'faq', before: ['cta', 'contact'] },
  blog: { type: 'blog-list', before: ['cta', 'contact'] },
  donation: { type: 'donate', before: ['cta', 'contact'] },
  hours: { type: 'hours', before: ['contact'] },
  newsletter: { type: 'newsletter', before: ['footer'] },
};

/**
 * The kind's sections plus one for every feature the brief asks for that needs its own section
 * (booking, quotes, WhatsApp, phone and the map live in the contact section). Testimonials are
 * left out where the profession's advertising code forbids them, whatever was asked.
 */
export function sectionsForBrief(kindSections: readonly SectionType[], site: SiteBrief): SectionType[] {
  const out = [...kindSections];
  const hasPricedMenu = out.includes('menu') && site.facts.prices.length > 0 && site.facts.prices.every((price) => !price.period);
  for (const feature of site.features) {
    const placement = PLACEMENTS[feature];
    if (!placement || out.includes(placement.type)) continue;
    if (feature === 'testimonials' && site.regulated?.avoid.includes('testimonials')) continue;
    if (feature === 'pricing' && hasPricedMenu) continue;
    const at = out.findIndex((type) => placement.before.includes(type));
    const footer = out.indexOf('footer');
    out.splice(at >= 0 ? at : footer >= 0 ? footer : out.length, 0, placement.type);
  }
  if (!out.includes('contact')) out.splice(Math.max(out.indexOf('footer'), 0), 0, 'contact');
  return out;
}
