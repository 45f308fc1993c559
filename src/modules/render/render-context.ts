import { isFileRef } from '@/modules/document/file-ref';
import type { Section } from '@/modules/document/section-registry';
import type { Page, SiteDocument } from '@/modules/document/site-document-schema';
import type { Picture } from './image-layout';
import { dialableNumber, displayPhone, e164Number, siteCountry, sitePhoneStyle } from './international-phone';
import { pagePath } from './page-path';
import { isPhotoPlaceholder } from '@/modules/document/photo-placeholder';
import { safeUrl } from './safe-url';
import { escapeHtml } from './escape-html';
import { uiStringsFor, type UiStrings } from './ui-strings';

export type RenderMode = 'preview' | 'publish';

export type AssetUrls = {
  /** Published stylesheet URL (content-hashed by the build). */
  css?: string;
  /** Favicon URL, if the build provides one. */
  icon?: string;
  /**
   * Document image `src` → published URL (content-hashed stock art or uploaded files; data: URLs
   * in the preview). Values are made by our build/preview code, never taken from a document, so
   * they skip the document URL filter (which refuses data:); they are still attribute-escaped.
   */
  files?: Record<string, string>;
  /** Web font file name (render/web-fonts.ts) → URL: the build's hashed assets, or the app's font route in the preview. */
  fonts?: Record<string, string>;
  /** Document image `src` (`file:<id>`) → its responsive variants, made by the build. */
  pictures?: Record<string, Picture>;
};

export type RenderContext = {
  document: SiteDocument;
  page: Page;
  locale: string;
  mode: RenderMode;
  ui: UiStrings;
  /** Text of a key in the current locale, falling back to the default locale, else ''. */
  t(key: string | undefined): string;
  /** `t` escaped for HTML. */
  text(key: string | undefined): string;
  /** A document URL made safe, with links to our own pages pointed at the current locale. */
  href(url: string | undefined): string;
  /** A phone number as this site shows every number (international-phone.ts). */
  phone(phone: string): string;
  /** A phone number as every `tel:` link and the structured data of the site dial it: E.164. */
  dialablePhone(phone: string): string;
  /** Image URL after asset mapping, made safe. */
  imageSrc(src: string): string;
  /** The responsive variants of an uploaded photo, when the build made them. */
  picture(src: string): Picture | undefined;
  /** Whether `src` can be shown: a mapped asset, a picture, or a URL (an unmapped `file:` reference and a photo placeholder cannot). */
  hasImage(src: string): boolean;
  /** A section the live site leaves out because it is nothing without photos (a gallery with none). */
  isOmittedSection(section: Section): boolean;
  /** A link to an omitted section (`#gallery`, `/#gallery`): buttons and menus leave it out too. */
  isOmittedLink(href: string): boolean;
  /** True exactly once per render: the first content image is loaded eagerly (likely LCP). */
  claimFirstImage(): boolean;
  /** The editor's canvas: texts and sections carry `data-pm-*` hints. Never set when publishing. */
  isEditing: boolean;
  /** Whether the editor marks this text as left to translate in this language. */
  isUntranslated(key: string): boolean;
};

export function createRenderContext(
  document: SiteDocument,
  page: Page,
  locale: string,
  mode: RenderMode,
  assetUrls: AssetUrls | undefined,
  isEditing = false,
  untranslatedKeys: ReadonlySet<string> = new Set(),
): RenderContext {
  const table = document.i18n.strings[locale] ?? {};
  const fallback = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  const slugs = new Set(document.pages.map((candidate) => candidate.slug));
  let isFirstImageClaimed = false;
  const country = siteCountry(document);
  const phoneStyle = sitePhoneStyle(document);

  const t = (key: string | undefined): string => {
    if (!key) return '';
    const value = Object.hasOwn(table, key) ? table[key] : Object.hasOwn(fallback, key) ? fallback[key] : '';
    return typeof value === 'string' ? value : '';
  };

  const sectionIdsHere = new Set(page.sections.map((section) => section.id));
  const href = (url: string | undefined): string => {
    const safe = safeUrl(url);
    // A call button the owner or the generator wrote with a national number dials like the
    // contact details do: one `tel:` form per site.
    // Anything else (an extension, a pause, a short code) stays as written.
    if (/^tel:[\d+().\s-]+$/i.test(safe.replace(/%20/g, ' '))) {
      const number = e164Number(safe.slice(4).replace(/%20/g, ' '), country);
      return number ? `tel:${number}` : safe;
    }
    // "#services" written for the home page (a one-page site's menu) and shown on another page
    // (the footer and header are on every page, e.g. the privacy page): the page that has it.
    if (/^#[a-z][a-z0-9-]*$/.test(safe) && !sectionIdsHere.has(safe.slice(1))) {
      const holder =
        document.pages.find((candidate) => candidate.slug === '' && candidate.sections.some((section) => section.id === safe.slice(1))) ??
        document.pages.find((candidate) => candidate.sections.some((section) => section.id === safe.slice(1)));
      return holder ? pagePath(document, holder.slug, locale) + safe : safe;
    }
    if (!safe.startsWith('/') || safe.startsWith('//')) return safe;
    const match = /^([^?#]*)(.*)$/.exec(safe);
    const path = (match?.[1] ?? '').replace(/^\/+|\/+$/g, '');
    return slugs.has(path) ? pagePath(document, path, locale) + (match?.[2] ?? '') : safe;
  };

  const hasImage = (src: string): boolean =>
    !isPhotoPlaceholder(src) &&
    (!isFileRef(src) ||
      Boolean(assetUrls?.pictures && Object.hasOwn(assetUrls.pictures, src)) ||
      Boolean(assetUrls?.files && Object.hasOwn(assetUrls.files, src)));
  // Only the live site leaves sections out: the preview shows "Add your photos" where they go.
  const isOmittedSection = (section: Section): boolean =>
    mode === 'publish' && section.type === 'gallery' && !section.items.some((item) => hasImage(item.image.src));
  const omittedIds = new Set(
    document.pages.flatMap((candidate) => candidate.sections.filter(isOmittedSection).map((section) => section.id)),
  );

  return {
    document,
    page,
    locale,
    mode,
    ui: uiStringsFor(locale, document.seo.business?.address?.country),
    t,
    // In the editor a text is wrapped in a span naming its key, so a click can edit it in place.
    // Empty texts stay '' (renderers test for that), so the markup is otherwise the same.
    // …and marks the texts left to translate in this language (the editor's untranslated hint).
    text: (key) => {
      const text = escapeHtml(t(key));
      if (!isEditing || !text || !key) return text;
      return `<span data-pm-key="${escapeHtml(key)}"${untranslatedKeys.has(key) ? ' data-pm-untranslated=""' : ''}>${text}</span>`;
    },
    isUntranslated: (key) => untranslatedKeys.has(key),
    href,
    phone: (phone) => displayPhone(phone, country, phoneStyle),
    dialablePhone: (phone) => dialableNumber(phone, country),
    imageSrc: (src) => (assetUrls?.files && Object.hasOwn(assetUrls.files, src) ? assetUrls.files[src]! : safeUrl(src)),
    picture: (src) => (assetUrls?.pictures && Object.hasOwn(assetUrls.pictures, src) ? assetUrls.pictures[src] : undefined),
    hasImage,
    isOmittedSection,
    isOmittedLink: (url) => omittedIds.size > 0 && omittedIds.has(/^[^#]*#([a-z][a-z0-9-]*)$/.exec(url)?.[1] ?? ''),
    claimFirstImage: () => {
      if (isFirstImageClaimed) return false;
      isFirstImageClaimed = true;
      return true;
    },
    isEditing,
  };
}
