import { z } from 'zod';
import { isFileRef } from './file-ref';
import { isSafeUrl } from './is-safe-url';

// Shared leaf schemas. Repair and the generated-section schema recognise these by identity
// (`schema === i18nKeySchema`), so every field of that kind must use these exact instances.

/** An i18n key such as `hero.title` or `features.items.0.title`; the text lives in `i18n.strings`. */
export const i18nKeySchema = z
  .string()
  .max(120)
  .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, {
    error: 'must be an i18n key like "hero.title" (letters, digits, "_" or "-", separated by dots), not the text itself',
  });

/** Section ids double as HTML ids and URL fragments, hence the slug shape. */
export const sectionIdSchema = z
  .string()
  .max(40)
  .regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a short slug like "hero" or "menu-2" (lowercase letters, digits, "-")' });

/** Page path without leading or trailing slash; '' is the home page. */
export const pageSlugSchema = z
  .string()
  .max(120)
  .regex(/^$|^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, {
    error: 'must be "" (home) or a lowercase path like "about" or "blog/first-post"',
  });

/** A practical subset of BCP-47: language, optional script, optional region ('en', 'pt-BR', 'zh-Hant-TW', 'es-419'). */
export const localeSchema = z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/, {
  error: 'must be a BCP-47 locale like "en", "pt-BR" or "es-419"',
});

/** Hex only: colors end up in CSS, where anything richer could close the rule or the style element. */
export const hexColorSchema = z.string().regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { error: 'must be a hex color like "#1f2937"' });

export const safeUrlSchema = z.string().max(2048).refine(isSafeUrl, {
  error: 'must be an http(s), mailto: or tel: URL, or a relative path starting with "/", "./", "#" or "?"',
});

/** ISO calendar date; posts are sorted by it and it is rendered in a <time datetime>. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'must be a date like "2025-03-14"' });

/**
 * Where a picture comes from: a URL under the document URL policy, or `file:<uuid>` — one of the
 * site owner's uploaded photos. A file reference is only a name: it is never a URL the page
 * loads; the build resolves it (scoped to the project's owner) into content-hashed variants, and
 * the renderer drops any it was not given.
 */
export const imageSrcSchema = z
  .string()
  .max(2048)
  .refine((value) => isFileRef(value) || isSafeUrl(value), {
    error: 'must be an http(s) URL, a relative path starting with "/", or "file:<id>" of an uploaded photo',
  });

/** Where a credit may link: the provider's own pages only, over https (shown on live sites). */
const creditUrlSchema = z
  .url({ protocol: /^https$/ })
  .max(500)
  .refine((value) => ['unsplash.com', 'www.pexels.com'].includes(new URL(value).hostname), {
    error: "must be a page of the photo's provider",
  });

/**
 * Who took a stock photo, kept with the picture wherever it goes (copied, moved, rewritten), so
 * the live site can credit it as the provider requires ("Photo by … on Unsplash"). Only the
 * photos module writes one, when it copies a provider's photo into the client's storage.
 */
export const imageCreditSchema = z.object({
  provider: z.enum(['unsplash', 'pexels']),
  name: z.string().trim().min(1).max(120),
  url: creditUrlSchema,
  providerUrl: creditUrlSchema,
});
/** Providers' names as they ask to be credited ("Photo by … on Unsplash"): a brand, the same in every language. */
export const STOCK_PROVIDER_NAMES: Record<z.infer<typeof imageCreditSchema>['provider'], string> = {
  unsplash: 'Unsplash',
  pexels: 'Pexels',
};
/** The instance the model's section schema leaves out (a model never writes a credit). */
export const optionalImageCreditSchema = imageCreditSchema.optional();

export const imageSchema = z.object({
  src: imageSrcSchema,
  altKey: i18nKeySchema,
  width: z.number().int().min(1).max(8000),
  height: z.number().int().min(1).max(8000),
  credit: optionalImageCreditSchema,
});

export const linkSchema = z.object({
  labelKey: i18nKeySchema,
  href: safeUrlSchema,
});

export type ImageRef = z.infer<typeof imageSchema>;
export type ImageCredit = z.infer<typeof imageCreditSchema>;
export type Link = z.infer<typeof linkSchema>;

// Phone and email are identifiers, not prose: they feed tel:/mailto: links and JSON-LD, so they
// are stored as values rather than i18n keys.
export const phoneSchema = z.string().regex(/^\+?[0-9][0-9 ().-]{3,30}$/, { error: 'must be a phone number like "+1 555 010 2030"' });
export const emailSchema = z
  .string()
  .max(254)
  .regex(/^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/, { error: 'must be an email address like "hello@example.com"' });

/** Icons are drawn by the renderer from a fixed set, so a document can never inject SVG. */
// 'x': a thing the business does not do (the list of what it leaves to others).
export const featureIcons = ['leaf', 'heart', 'star', 'clock', 'truck', 'shield', 'spark', 'check', 'chat', 'globe', 'x'] as const;
