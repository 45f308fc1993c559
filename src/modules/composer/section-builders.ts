import type { SectionType } from '@/modules/document/section-registry';
import { buildAbout, buildCta, buildFeatures, buildHero, buildStats } from './build-intro-sections';
import { buildMenu, buildPricing, buildServices } from './build-offer-sections';
import { buildBlogList, buildContact, buildFaq, buildFooter, buildGallery, buildTeam, buildTestimonials } from './build-people-sections';
import { buildDonate, buildHours, buildNewsletter } from './build-feature-sections';
import type { ComposeEnv } from './compose-env';
import type { DraftObject } from './draft';

const builders: Record<SectionType, (env: ComposeEnv, id: string) => DraftObject> = {
  hero: buildHero,
  features: buildFeatures,
  about: buildAbout,
  services: buildServices,
  menu: buildMenu,
  pricing: buildPricing,
  testimonials: buildTestimonials,
  gallery: buildGallery,
  team: buildTeam,
  stats: buildStats,
  faq: buildFaq,
  cta: buildCta,
  contact: buildContact,
  'blog-list': buildBlogList,
  hours: buildHours,
  newsletter: buildNewsletter,
  donate: buildDonate,
  footer: (env, id) => buildFooter(env, id),
};

/** One section draft of any registered type, with its own random stream (stable per type). */
export function buildSection(type: SectionType, env: ComposeEnv, id: string): DraftObject {
  return builders[type]({ ...env, rng: env.rng.fork(`section:${type}`) }, id);
}
