import { sectionRegistry, type Section, type SectionOf, type SectionType } from '@/modules/document/section-registry';
import { escapeAttr } from './escape-html';
import type { RenderContext } from './render-context';
import { aboutRenderer } from './sections/about';
import { blogListRenderer } from './sections/blog-list';
import { contactRenderer } from './sections/contact';
import { ctaRenderer } from './sections/cta';
import { faqRenderer } from './sections/faq';
import { featuresRenderer } from './sections/features';
import { footerRenderer } from './sections/footer';
import { galleryRenderer } from './sections/gallery';
import { heroRenderer } from './sections/hero';
import { menuRenderer } from './sections/menu';
import { pricingRenderer } from './sections/pricing';
import { servicesRenderer } from './sections/services';
import { statsRenderer } from './sections/stats';
import { teamRenderer } from './sections/team';
import { testimonialsRenderer } from './sections/testimonials';
import { hoursRenderer } from './sections/hours';
import { newsletterRenderer } from './sections/newsletter';
import { donateRenderer } from './sections/donate';
import { titleId, type HeadingLevels, type SectionRenderer } from './sections/section-kit';

const renderers: { [T in SectionType]: SectionRenderer<T> } = {
  hero: heroRenderer,
  features: featuresRenderer,
  about: aboutRenderer,
  services: servicesRenderer,
  menu: menuRenderer,
  pricing: pricingRenderer,
  testimonials: testimonialsRenderer,
  gallery: galleryRenderer,
  team: teamRenderer,
  stats: statsRenderer,
  faq: faqRenderer,
  cta: ctaRenderer,
  contact: contactRenderer,
  'blog-list': blogListRenderer,
  hours: hoursRenderer,
  newsletter: newsletterRenderer,
  donate: donateRenderer,
  footer: footerRenderer,
};

function renderWith<T extends SectionType>(type: T, section: SectionOf<T>, ctx: RenderContext, levels: HeadingLevels): string {
  const renderer: SectionRenderer<T> | undefined = Object.hasOwn(renderers, type) ? renderers[type] : undefined;
  return renderer ? renderer.render(section, ctx, levels) : '';
}

/** Readable CSS of one section type ('' for unknown types). */
export function sectionCss(type: SectionType): string {
  return Object.hasOwn(renderers, type) ? renderers[type].css : '';
}

/**
 * One section inside its `<section>` landmark (named by its title when it has one). The footer
 * is the exception: it renders its own `<footer>` element and belongs outside `<main>`.
 * `isAlt` gives alternate sections the surface background for visual rhythm.
 */
export function renderSection(section: Section, ctx: RenderContext, levels: HeadingLevels, isAlt = false): string {
  if (!Object.hasOwn(sectionRegistry, section.type)) return '';
  const inner = renderWith(section.type, section, ctx, levels);
  if (section.type === 'footer') return inner;
  const hasTitle = 'titleKey' in section && ctx.t(section.titleKey) !== '';
  const variants: readonly string[] = sectionRegistry[section.type].variants;
  const variant = section.variant && variants.includes(section.variant) ? section.variant : variants[0];
  const classes = `sec s-${section.type} v-${variant}${isAlt ? ' alt' : ''}`;
  const labelledBy = hasTitle ? ` aria-labelledby="${escapeAttr(titleId(section.id))}"` : '';
  const editorHint = ctx.isEditing ? ` data-pm-section="${escapeAttr(section.id)}"` : '';
  return `<section id="${escapeAttr(section.id)}" class="${escapeAttr(classes)}"${labelledBy}${editorHint}><div class="wrap">${inner}</div></section>`;
}
