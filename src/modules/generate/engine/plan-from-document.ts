import type { SiteDocument } from '@/modules/document/site-document-schema';
import { describeSite } from './describe-site';
import type { SitePlan } from './plan-schema';

/**
 * The plan a finished document implies (used for offline compositions, which have no model
 * plan), so every generation emits and stores the same shape. Briefs are empty: the sections
 * already exist.
 */
export function planFromDocument(document: SiteDocument): SitePlan {
  const context = describeSite(document);
  const { strings, locales } = document.i18n;
  const seo: SitePlan['seo'] = {};
  for (const locale of locales) {
    seo[locale] = {
      title: strings[locale]?.[document.seo.titleKey] ?? context.name,
      description: strings[locale]?.[document.seo.descriptionKey] ?? context.tagline,
    };
  }
  const preset = document.theme.palette.preset;
  const home = document.pages.find((page) => page.slug === '') ?? document.pages[0];
  return {
    name: context.name,
    kind: document.seo.business?.kind ?? 'LocalBusiness',
    tagline: context.tagline,
    style: document.theme.style,
    // A plan names a preset; hand-edited colors have none, the nearest honest answer is the default.
    palette: preset === 'custom' ? 'slate' : preset,
    fonts: document.theme.fonts,
    seo,
    sections: home.sections.map((section) => ({ id: section.id, type: section.type, brief: '' })),
  };
}
