import type { SectionType } from '@/modules/document/section-registry';
import type { BriefFeature, SiteBrief } from '@/modules/brief/site-brief-schema';
import { PLAN_MAX_SECTIONS, planSectionTypes, type PlannedSection, type SitePlan } from './plan-schema';

type Placement = { type: SectionType; before: readonly SectionType[] };

// The same placements as the offline composer (sectionsForBrief); blog posts and galleries are
// not planned by the model (see planSectionTypes), so they are left to the brief check.
const PLACEMENTS: Partial<Record<BriefFeature, Placement>> = {
  menu: { type: 'menu', before: ['about', 'faq', 'cta', 'contact'] },
  pricing: { type: 'pricing', before: ['about', 'faq', 'cta', 'contact'] },
  team: { type: 'team', before: ['faq', 'cta', 'contact'] },
  testimonials: { type: 'testimonials', before: ['faq', 'cta', 'contact'] },
  faq: { type: 'faq', before: ['cta', 'contact'] },
  donation: { type: 'donate', before: ['cta', 'contact'] },
  hours: { type: 'hours', before: ['contact'] },
  newsletter: { type: 'newsletter', before: ['footer'] },
  whatsapp: { type: 'contact', before: ['footer'] },
  phone: { type: 'contact', before: ['footer'] },
  email: { type: 'contact', before: ['footer'] },
  map: { type: 'contact', before: ['footer'] },
  booking: { type: 'contact', before: ['footer'] },
  quote: { type: 'contact', before: ['footer'] },
};

const BRIEFS: Partial<Record<SectionType, string>> = {
  hours: 'The opening hours the customer gave',
  newsletter: 'A newsletter sign-up',
  donate: 'A call to donate',
  contact: 'How to reach the business: the contact details and form the customer asked for',
};

function uniqueId(type: SectionType, used: ReadonlySet<string>): string {
  let id: string = type;
  for (let suffix = 2; used.has(id); suffix += 1) id = `${type}-${suffix}`;
  return id;
}

/**
 * The model plans the page, but what the person asked for is not optional: every requested
 * feature with a section of its own that the plan left out is added, before the page's closing
 * sections. Sections the profession's advertising code forbids are never added. When the page is
 * full, an unrequested middle section makes room.
 */
export function enforceBriefPlan<Plan extends Pick<SitePlan, 'sections'>>(plan: Plan, brief: SiteBrief): Plan {
  const sections = [...plan.sections];
  const requested = new Set<SectionType>();
  for (const feature of brief.features) {
    const placement = PLACEMENTS[feature];
    if (!placement || !planSectionTypes.includes(placement.type)) continue;
    if (feature === 'testimonials' && brief.regulated?.avoid.includes('testimonials')) continue;
    requested.add(placement.type);
    if (sections.some((section) => section.type === placement.type)) continue;
    if (sections.length >= PLAN_MAX_SECTIONS) {
      const spare = sections.findIndex((section, index) => index > 0 && section.type !== 'footer' && !requested.has(section.type));
      if (spare < 0) continue;
      sections.splice(spare, 1);
    }
    const used = new Set(sections.map((section) => section.id));
    const added: PlannedSection = { id: uniqueId(placement.type, used), type: placement.type, brief: BRIEFS[placement.type] ?? '' };
    const before = sections.findIndex((section) => placement.before.includes(section.type));
    const footer = sections.findIndex((section) => section.type === 'footer');
    sections.splice(before > 0 ? before : footer >= 0 ? footer : sections.length, 0, added);
  }
  return { ...plan, sections };
}

/**
 * Section ids a plan for this brief will very likely have (the requested features' sections and
 * contact): offered as link targets to section calls that start before the plan is complete.
 */
export function likelySectionIds(brief: SiteBrief): string[] {
  const ids = new Set<string>(['contact']);
  for (const feature of brief.features) {
    const placement = PLACEMENTS[feature];
    if (placement && planSectionTypes.includes(placement.type)) ids.add(placement.type);
  }
  return [...ids];
}
