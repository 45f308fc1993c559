import { escapeAttr, escapeHtml } from './escape-html';
import { absoluteUrl } from './absolute-url';
import { cleanHex } from './contrast';
import { pagePath } from './page-path';
import type { AssetUrls, RenderContext } from './render-context';
import { renderJsonLd } from './render-json-ld';
import { webFontFacesFor } from './web-fonts';

type HeadInput = { ctx: RenderContext; css: { inline: string } | { href: string }; baseUrl?: string; assetUrls?: AssetUrls };

const meta = (attribute: 'name' | 'property', key: string, content: string | undefined) =>
  content ? `<meta ${attribute}="${key}" content="${escapeAttr(content)}">` : '';

/**
 * CSS in a `<style>` element: every '<' written as the CSS escape `\3c ` (same meaning in CSS),
 * so no text in it can close the element. The CSP hash is of exactly this text.
 */
export function inlineStyleElement(css: string): string {
  return `<style>${css.replace(/</g, '\\3c ')}</style>`;
}

/** 'pt-BR' → 'pt_BR', the form Open Graph expects. */
const ogLocale = (locale: string) => locale.replace('-', '_');

/**
 * A page's <title>, meta description and social picture as search engines and social cards see
 * them (the editor's Google and social-card previews show exactly these).
 */
export function headTextsOf(ctx: Pick<RenderContext, 'document' | 'page' | 't'>) {
  const { document, page } = ctx;
  const siteName = ctx.t(document.site.nameKey);
  const pageTitle = ctx.t(page.titleKey);
  const title = page.slug === '' ? ctx.t(document.seo.titleKey) || siteName : [pageTitle, siteName].filter(Boolean).join(' · ');
  const description = ctx.t(page.descriptionKey) || ctx.t(page.post?.excerptKey) || ctx.t(document.seo.descriptionKey);
  const socialSource = page.socialImage ?? page.post?.cover?.src ?? document.seo.socialImage;
  return { siteName, title, description, socialSource };
}

/** Title, description, canonical, hreflang alternates, Open Graph/Twitter, CSS and JSON-LD. */
export function renderHead({ ctx, css, baseUrl, assetUrls }: HeadInput): string {
  const { document, page, locale } = ctx;
  const { siteName, title, description, socialSource } = headTextsOf(ctx);
  const canonical = absoluteUrl(baseUrl, pagePath(document, page.slug, locale)) ?? '/';
  const homeUrl = absoluteUrl(baseUrl, pagePath(document, '', locale)) ?? '/';
  const image = socialSource ? absoluteUrl(baseUrl, ctx.imageSrc(socialSource), true) : undefined;

  const alternates = document.i18n.locales
    .map(
      (other) =>
        `<link rel="alternate" hreflang="${escapeAttr(other)}" href="${escapeAttr(absoluteUrl(baseUrl, pagePath(document, page.slug, other)) ?? '/')}">`,
    )
    .join('');
  const defaultUrl = absoluteUrl(baseUrl, pagePath(document, page.slug, document.i18n.defaultLocale)) ?? '/';
  const otherLocales = document.i18n.locales.filter((other) => other !== locale);
  const stylesheet = 'inline' in css ? inlineStyleElement(css.inline) : `<link rel="stylesheet" href="${escapeAttr(css.href)}">`;
  const icon = assetUrls?.icon ? `<link rel="icon" href="${escapeAttr(ctx.imageSrc(assetUrls.icon))}">` : '';
  // The headline is above the fold: fetch its font with the CSS, not after it. Only that one —
  // every preloaded byte competes with the stylesheet on a slow connection (first paint).
  const fonts = assetUrls?.fonts;
  const preloaded = fonts
    ? new Set(
        webFontFacesFor(document.theme)
          .filter((face) => face.role === 'heading' && Object.hasOwn(fonts, face.file))
          .map((face) => fonts[face.file]!),
      )
    : [];
  const preloads = [...preloaded]
    .map((url) => `<link rel="preload" href="${escapeAttr(url)}" as="font" type="font/woff2" crossorigin>`)
    .join('');

  return (
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${escapeHtml(title)}</title>` +
    meta('name', 'description', description) +
    `<link rel="canonical" href="${escapeAttr(canonical)}">` +
    alternates +
    `<link rel="alternate" hreflang="x-default" href="${escapeAttr(defaultUrl)}">` +
    meta('property', 'og:type', page.kind === 'post' ? 'article' : 'website') +
    meta('property', 'og:site_name', siteName) +
    meta('property', 'og:title', title) +
    meta('property', 'og:description', description) +
    meta('property', 'og:url', absoluteUrl(baseUrl, canonical, true)) +
    meta('property', 'og:locale', ogLocale(locale)) +
    otherLocales.map((other) => meta('property', 'og:locale:alternate', ogLocale(other))).join('') +
    meta('property', 'og:image', image) +
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary') +
    meta('name', 'twitter:title', title) +
    meta('name', 'twitter:description', description) +
    meta('name', 'twitter:image', image) +
    meta('name', 'theme-color', cleanHex(document.theme?.palette?.colors?.background, '#ffffff')) +
    icon +
    preloads +
    stylesheet +
    renderJsonLd({ ctx, canonical, homeUrl, description, image, baseUrl }) +
    '</head>'
  );
}
