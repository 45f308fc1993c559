import { z } from 'zod';
import { heroSection } from './sections/hero';
import { featuresSection } from './sections/features';
import { aboutSection } from './sections/about';
import { servicesSection } from './sections/services';
import { menuSection } from './sections/menu';
import { pricingSection } from './sections/pricing';
import { testimonialsSection } from './sections/testimonials';
import { gallerySection } from './sections/gallery';
import { teamSection } from './sections/team';
import { statsSection } from './sections/stats';
import { faqSection } from './sections/faq';
import { ctaSection } from './sections/cta';
import { contactSection } from './sections/contact';
import { blogListSection } from './sections/blog-list';
import { footerSection } from './sections/footer';
import { hoursSection } from './sections/hours';
import { newsletterSection } from './sections/newsletter';
import { donateSection } from './sections/donate';

/** The registered section library: the only section types a document may contain. */
export const sectionRegistry = {
  hero: heroSection,
  features: featuresSection,
  about: aboutSection,
  services: servicesSection,
  menu: menuSection,
  pricing: pricingSection,
  testimonials: testimonialsSection,
  gallery: gallerySection,
  team: teamSection,
  stats: statsSection,
  faq: faqSection,
  cta: ctaSection,
  contact: contactSection,
  'blog-list': blogListSection,
  hours: hoursSection,
  newsletter: newsletterSection,
  donate: donateSection,
  footer: footerSection,
} as const;

export type SectionType = keyof typeof sectionRegistry;

export const sectionTypes = Object.keys(sectionRegistry) as SectionType[];

export function isSectionType(value: unknown): value is SectionType {
  return typeof value === 'string' && Object.hasOwn(sectionRegistry, value);
}

export const sectionSchema = z.discriminatedUnion(
  'type',
  [
    heroSection.schema,
    featuresSection.schema,
    aboutSection.schema,
    servicesSection.schema,
    menuSection.schema,
    pricingSection.schema,
    testimonialsSection.schema,
    gallerySection.schema,
    teamSection.schema,
    statsSection.schema,
    faqSection.schema,
    ctaSection.schema,
    contactSection.schema,
    blogListSection.schema,
    hoursSection.schema,
    newsletterSection.schema,
    donateSection.schema,
    footerSection.schema,
  ],
  {
    error: (issue) => {
      if (issue.code !== 'invalid_union') return undefined;
      const input: unknown = issue.input;
      const type = input !== null && typeof input === 'object' && 'type' in input ? input.type : undefined;
      return `unknown section type ${JSON.stringify(type) ?? '(missing)'}; expected one of: ${sectionTypes.join(', ')}`;
    },
  },
);

export type Section = z.infer<typeof sectionSchema>;
export type SectionOf<T extends SectionType> = Extract<Section, { type: T }>;
