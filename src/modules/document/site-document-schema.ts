import { z } from 'zod';
import {
  i18nKeySchema,
  imageSchema,
  imageSrcSchema,
  isoDateSchema,
  linkSchema,
  localeSchema,
  pageSlugSchema,
  safeUrlSchema,
} from './primitives';
import { sectionSchema } from './section-registry';
import { emailSchema, phoneSchema } from './primitives';
import { themeSchema } from './theme';

export const SITE_DOCUMENT_VERSION = 1;

/** schema.org types we emit in JSON-LD; a closed list keeps the structured data valid. */
export const businessKinds = [
  'LocalBusiness',
  'Bakery',
  'Restaurant',
  'CafeOrCoffeeShop',
  'BarOrPub',
  'Store',
  'ProfessionalService',
  'HealthAndBeautyBusiness',
  'SportsActivityLocation',
  'LodgingBusiness',
  'MedicalBusiness',
  'LegalService',
  'HomeAndConstructionBusiness',
  'EducationalOrganization',
  'Organization',
  'Person',
] as const;

// Structured data is machine-read, not shown on the page, so it holds values rather than keys.
export const businessSchema = z.object({
  name: z.string().min(1).max(120),
  kind: z.enum(businessKinds),
  address: z
    .object({
      street: z.string().max(200).optional(),
      locality: z.string().max(100).optional(),
      region: z.string().max(100).optional(),
      postalCode: z.string().max(20).optional(),
      country: z.string().max(60).optional(),
    })
    .optional(),
  phone: phoneSchema.optional(),
  email: emailSchema.optional(),
  url: safeUrlSchema.optional(),
  /** schema.org openingHours strings, e.g. "Mo-Fr 07:00-18:00". */
  openingHours: z
    .array(z.string().regex(/^[A-Za-z,-]+( \d\d:\d\d-\d\d:\d\d)?$/, { error: 'must look like "Mo-Fr 07:00-18:00"' }))
    .max(14)
    .optional(),
  priceRange: z.string().max(20).optional(),
});

export const seoSchema = z.object({
  titleKey: i18nKeySchema,
  descriptionKey: i18nKeySchema,
  socialImage: imageSrcSchema.optional(),
  business: businessSchema.optional(),
});

export const i18nSchema = z.object({
  defaultLocale: localeSchema,
  locales: z.array(localeSchema).min(1).max(12),
  strings: z.record(localeSchema, z.record(i18nKeySchema, z.string().max(5000))),
});

export const postMetaSchema = z.object({
  date: isoDateSchema,
  authorKey: i18nKeySchema,
  excerptKey: i18nKeySchema.optional(),
  bodyKey: i18nKeySchema.optional(),
  cover: imageSchema.optional(),
  /**
   * A starter post we wrote as an example: shown as a sample in the preview and blocked by the
   * pre-publish check like other samples, until the owner edits it (which clears the flag).
   */
  isSample: z.boolean().optional(),
});

export const pageSchema = z.object({
  slug: pageSlugSchema,
  kind: z.enum(['page', 'post']),
  titleKey: i18nKeySchema,
  descriptionKey: i18nKeySchema.optional(),
  navLabelKey: i18nKeySchema.optional(),
  /** This page's picture when shared (og:image); the site's `seo.socialImage` when absent. */
  socialImage: imageSrcSchema.optional(),
  post: postMetaSchema.optional(),
  sections: z.array(sectionSchema).max(40),
});

export const siteDocumentSchema = z
  .object({
    version: z.literal(SITE_DOCUMENT_VERSION),
    site: z.object({
      nameKey: i18nKeySchema,
      logo: imageSchema.optional(),
      /** The browser tab and home-screen icon's picture; the logo's when absent. */
      icon: imageSchema.optional(),
      /**
       * The prompt gave no business name: the name shown is a marked placeholder ("Your business
       * name"), never one we made up, and publishing waits until the person writes the real one.
       */
      isNameSample: z.boolean().optional(),
      /**
       * The prompt gave no business name and the name shown says what the business is and where
       * ("Borracharia em Formiga (MG)"), in each language: the person's own facts, no name we made
       * up, so the site can go live as it is — many small businesses have no name but their trade.
       */
      isNameDescriptive: z.literal(true).optional(),
    }),
    theme: themeSchema,
    seo: seoSchema,
    /** Header links; when absent the renderer lists the pages of kind "page". */
    navigation: z.array(linkSchema).max(8).optional(),
    i18n: i18nSchema,
    pages: z.array(pageSchema).min(1).max(200),
  })
  .superRefine((doc, ctx) => {
    const { defaultLocale, locales, strings } = doc.i18n;
    if (!locales.includes(defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['i18n', 'defaultLocale'], message: `"${defaultLocale}" is not in i18n.locales` });
    }
    if (new Set(locales).size !== locales.length) {
      ctx.addIssue({ code: 'custom', path: ['i18n', 'locales'], message: 'locales must not repeat' });
    }
    for (const locale of Object.keys(strings)) {
      if (!locales.includes(locale)) {
        ctx.addIssue({
          code: 'custom',
          path: ['i18n', 'strings', locale],
          message: `strings for "${locale}", which is not in i18n.locales`,
        });
      }
    }
    if (!doc.pages.some((page) => page.slug === '')) {
      ctx.addIssue({ code: 'custom', path: ['pages'], message: 'a home page (slug "") is required' });
    }
    const seenSlugs = new Set<string>();
    doc.pages.forEach((page, pageIndex) => {
      if (seenSlugs.has(page.slug)) {
        ctx.addIssue({ code: 'custom', path: ['pages', pageIndex, 'slug'], message: `slug "${page.slug}" is used by another page` });
      }
      seenSlugs.add(page.slug);
      if (page.kind === 'post' && !page.post) {
        ctx.addIssue({
          code: 'custom',
          path: ['pages', pageIndex, 'post'],
          message: 'a page of kind "post" needs post metadata (date, authorKey)',
        });
      }
      if (page.kind === 'post' && page.slug === '') {
        ctx.addIssue({ code: 'custom', path: ['pages', pageIndex, 'kind'], message: 'the home page cannot be a post' });
      }
      // Ids are per page because they are the fragment (#menu) and the form's section id.
      const seenIds = new Set<string>();
      page.sections.forEach((section, sectionIndex) => {
        if (seenIds.has(section.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['pages', pageIndex, 'sections', sectionIndex, 'id'],
            message: `section id "${section.id}" is used twice on this page`,
          });
        }
        seenIds.add(section.id);
      });
    });
  });

export type SiteDocument = z.infer<typeof siteDocumentSchema>;
export type Page = z.infer<typeof pageSchema>;
export type PostMeta = z.infer<typeof postMetaSchema>;
export type Seo = z.infer<typeof seoSchema>;
export type Business = z.infer<typeof businessSchema>;
export type I18n = z.infer<typeof i18nSchema>;
