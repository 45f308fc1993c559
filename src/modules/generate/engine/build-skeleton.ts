import { SITE_DOCUMENT_VERSION, type SiteDocument } from '@/modules/document/site-document-schema';
import { palettePresets, type Theme } from '@/modules/document/theme';
import type { SitePlan } from './plan-schema';

// Radius and spacing follow from the style: one decision for the model, the rest is ours.
const LOOK: Record<Theme['style'], Pick<Theme, 'radius' | 'spacing'>> = {
  minimal: { radius: 'md', spacing: 'normal' },
  bold: { radius: 'sm', spacing: 'compact' },
  elegant: { radius: 'lg', spacing: 'airy' },
  playful: { radius: 'full', spacing: 'normal' },
};

/**
 * The page frame from a plan: theme, SEO, business data and the home page with no sections
 * yet. Valid on its own, so the preview can show it before the first section arrives. The
 * home page title reuses the SEO title key (same text, one string to translate).
 */
export function buildSkeleton(plan: SitePlan, locales: readonly string[]): SiteDocument {
  const strings: SiteDocument['i18n']['strings'] = {};
  for (const locale of locales) {
    const seo = plan.seo[locale] ?? plan.seo[locales[0]] ?? { title: plan.name, description: plan.tagline };
    strings[locale] = { 'site.name': plan.name, 'seo.title': seo.title, 'seo.description': seo.description };
  }
  return {
    version: SITE_DOCUMENT_VERSION,
    site: { nameKey: 'site.name' },
    theme: {
      palette: { preset: plan.palette, colors: { ...palettePresets[plan.palette] } },
      fonts: plan.fonts,
      style: plan.style,
      ...LOOK[plan.style],
    },
    seo: { titleKey: 'seo.title', descriptionKey: 'seo.description', business: { name: plan.name, kind: plan.kind } },
    i18n: { defaultLocale: locales[0], locales: [...locales], strings },
    pages: [{ slug: '', kind: 'page', titleKey: 'seo.title', sections: [] }],
  };
}
