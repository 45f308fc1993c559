import type { SiteDocument } from '@/modules/document/site-document-schema';
import { defaultTheme } from '@/modules/document/theme';
import { cleanHex } from '@/modules/render/contrast';
import { escapeAttr, escapeHtml } from '@/modules/render/escape-html';
import { inlineStyleElement } from '@/modules/render/render-head';
import { fallbackPageStrings, type FallbackPageKind } from './fallback-page-strings';
import { siteDisplayName } from './site-display-name';

/** The site's stylesheet, linked or (as the build does) embedded and allowed by its CSP hash. */
export type FallbackPageAssets = { css: { href: string } | { inline: string }; icon: string };

/**
 * 404.html and offline.html: neutral pages in the default locale, styled by the site's own
 * stylesheet. The host serves 404.html at any missing path and the service worker serves
 * offline.html at any page it cannot fetch, so every URL here is root-relative. `noindex`
 * keeps them out of search results. Like published pages, no inline script, and an inline style
 * only by its hash.
 */
export function renderFallbackPage(document: SiteDocument, kind: FallbackPageKind, assets: FallbackPageAssets): string {
  const locale = document.i18n.defaultLocale;
  const words = fallbackPageStrings(locale, kind);
  const name = siteDisplayName(document);
  const direction = /^(ar|he|fa|ur)(-|$)/.test(locale) ? 'rtl' : 'ltr';
  const themeColor = cleanHex(document.theme?.palette?.colors?.background, defaultTheme.palette.colors.background);
  return (
    `<!doctype html><html lang="${escapeAttr(locale)}" dir="${direction}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${escapeHtml(`${words.title} · ${name}`)}</title><meta name="robots" content="noindex">` +
    `<meta name="theme-color" content="${themeColor}"><link rel="icon" href="${escapeAttr(assets.icon)}">` +
    ('inline' in assets.css ? inlineStyleElement(assets.css.inline) : `<link rel="stylesheet" href="${escapeAttr(assets.css.href)}">`) +
    '</head><body>' +
    `<main id="main_content" class="sec"><div class="wrap"><p class="eyebrow">${escapeHtml(name)}</p>` +
    `<h1>${escapeHtml(words.title)}</h1><p class="lead">${escapeHtml(words.text)}</p>` +
    `<p class="btns"><a class="btn" href="/">${escapeHtml(words.home)}</a></p></div></main></body></html>\n`
  );
}
