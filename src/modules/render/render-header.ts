import { PRIVACY_PAGE_SLUG } from '@/modules/document/lead-forms';
import type { Link } from '@/modules/document/primitives';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { escapeAttr, escapeHtml } from './escape-html';
import { languageName } from './ui-strings';
import { pagePath } from './page-path';
import type { RenderContext } from './render-context';
import { sampleBadge } from './sections/sample-badge';

/** Explicit navigation, or — for multi-page sites without one — every regular page. The editor's menu panel starts from the same list. */
export function navigationLinks(document: SiteDocument): Link[] {
  if (document.navigation && document.navigation.length > 0) return document.navigation;
  // The privacy page is linked from the forms' notices, not the main menu.
  const pages = document.pages.filter((page) => page.kind === 'page' && page.slug !== PRIVACY_PAGE_SLUG);
  if (pages.length < 2) return [];
  return pages.map((page) => ({ labelKey: page.navLabelKey ?? page.titleKey, href: `/${page.slug}` }));
}

function renderNavigation(ctx: RenderContext): string {
  const current = pagePath(ctx.document, ctx.page.slug, ctx.locale);
  const items = navigationLinks(ctx.document)
    .map((link) => {
      const label = ctx.text(link.labelKey);
      if (!label || ctx.isOmittedLink(link.href)) return '';
      const href = ctx.href(link.href);
      const isCurrent = href === current ? ' aria-current="page"' : '';
      return `<li><a href="${escapeAttr(href)}"${isCurrent}>${label}</a></li>`;
    })
    .join('');
  return items ? `<nav class="nav" aria-label="${escapeAttr(ctx.ui.mainNavigation)}"><ul>${items}</ul></nav>` : '';
}

/** Plain links to this same page in every locale: works without JavaScript or cookies. */
function renderLanguageSwitcher(ctx: RenderContext): string {
  const { locales } = ctx.document.i18n;
  if (locales.length < 2) return '';
  const items = locales
    .map((locale) => {
      const href = escapeAttr(pagePath(ctx.document, ctx.page.slug, locale));
      const tag = escapeAttr(locale);
      const isCurrent = locale === ctx.locale ? ' aria-current="true"' : '';
      return `<li><a href="${href}" hreflang="${tag}" lang="${tag}"${isCurrent}>${escapeAttr(languageName(locale))}</a></li>`;
    })
    .join('');
  return `<nav class="lang" aria-label="${escapeAttr(ctx.ui.languageNavigation)}"><ul>${items}</ul></nav>`;
}

/**
 * The site banner: brand (optional logo), then the main and language links — inline where they
 * fit on one row, else behind a "Menu" button (a phone). The button is a `<details>` disclosure:
 * it opens and closes without script (strict CSP, JavaScript off), is a native button to
 * keyboards and screen readers (its expanded state included), and a page a link leads to starts
 * with it closed. The links are written twice, once for each layout; the stylesheet shows one
 * (`display:none` keeps the other out of the accessibility tree and the tab order).
 */
export function renderHeader(ctx: RenderContext): string {
  const { document } = ctx;
  const logo = document.site.logo;
  // The logo is above the fold on every page, so it is never lazy-loaded. Its alt is empty
  // because the site name follows it inside the same link.
  const logoImage = logo
    ? `<img src="${escapeAttr(ctx.imageSrc(logo.src))}" alt="" width="${Math.round(logo.width)}" height="${Math.round(logo.height)}">`
    : '';
  const home = escapeAttr(pagePath(document, '', ctx.locale));
  const links = renderNavigation(ctx) + renderLanguageSwitcher(ctx);
  const menu = links
    ? `<div class="hd-links">${links}</div><details class="hd-menu"><summary><span class="hd-ic" aria-hidden="true"></span>` +
      `${escapeHtml(ctx.ui.menu)}</summary><div class="hd-panel">${links}</div></details>`
    : '';
  // No name was given: the placeholder is marked in the preview like every sample (publishing is
  // blocked until the owner writes the name), so it never reads as the business's real name.
  const nameSample = document.site.isNameSample === true ? sampleBadge(ctx) : '';
  return `<header class="hd"><div class="wrap hd-in"><a class="brand" href="${home}">${logoImage}${ctx.text(document.site.nameKey)}${nameSample}</a>${menu}</div></header>`;
}

// What the header row needs, estimated from its texts (the stylesheet is written before any
// browser measures it): average glyph widths in em of the sizes base-css.ts gives, a little
// generous so an estimate errs toward the button rather than a second row.
const LATIN_EM = 0.6;
const WIDE_EM = 1; // CJK and Hangul glyphs are about square.
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const NAV_REM = 1.0625;
const LANG_REM = 0.9;
const BRAND_REM = 1.3;
const ITEM_GAP_REM = 1.25;
const GROUP_GAP_REM = 1.5;
const LOGO_HEIGHT_REM = 2.25;
const WRAP_MARGIN_REM = 2.5;
const WRAP_MAX_REM = 72;
const SLACK_REM = 1;

function textWidthRem(text: string, sizeRem: number): number {
  let em = 0;
  for (const char of text) em += WIDE.test(char) ? WIDE_EM : LATIN_EM;
  return em * sizeRem;
}

function listWidthRem(labels: string[], sizeRem: number): number {
  if (labels.length === 0) return 0;
  return labels.reduce((sum, label) => sum + textWidthRem(label, sizeRem), 0) + ITEM_GAP_REM * (labels.length - 1);
}

/**
 * The narrowest viewport (in rem, rounded up to a half) where brand, main links and language
 * links fit on one row — the widest of the site's languages, since one stylesheet serves them
 * all. null when there is nothing to list or the row would not fit even the widest layout:
 * then the menu button serves every width.
 */
export function headerInlineMinWidthRem(document: SiteDocument): number | null {
  const { locales, defaultLocale, strings } = document.i18n;
  const text = (locale: string, key: string | undefined) => {
    if (!key) return '';
    const value = strings[locale]?.[key] ?? strings[defaultLocale]?.[key];
    return typeof value === 'string' ? value : '';
  };
  const navigation = navigationLinks(document);
  const languages = locales.length > 1 ? locales.map((locale) => languageName(locale)) : [];
  if (navigation.length === 0 && languages.length === 0) return null;
  const logo = document.site.logo;
  const logoRem = logo ? (LOGO_HEIGHT_REM * logo.width) / logo.height + 0.6 : 0;
  const langRem = languages.length > 0 ? GROUP_GAP_REM + listWidthRem(languages, LANG_REM) : 0;
  const rowRem = Math.max(
    ...locales.map((locale) => {
      const labels = navigation.map((link) => text(locale, link.labelKey)).filter(Boolean);
      const navRem = labels.length > 0 ? GROUP_GAP_REM + listWidthRem(labels, NAV_REM) : 0;
      return logoRem + textWidthRem(text(locale, document.site.nameKey), BRAND_REM) + navRem + langRem + SLACK_REM;
    }),
  );
  if (rowRem > WRAP_MAX_REM) return null;
  return Math.ceil((rowRem + WRAP_MARGIN_REM) * 2) / 2;
}

/** The site's own rule for when the inline links replace the menu button (see headerInlineMinWidthRem). */
export function headerCss(document: SiteDocument): string {
  const width = headerInlineMinWidthRem(document);
  return width === null ? '' : `@media (min-width:${width}rem){.hd-links{display:flex}.hd-menu{display:none}}`;
}

/**
 * With script on, the menu also closes when one of its links is followed — a link to a section
 * of the same page loads no new page, so the open panel would stay behind — and on Escape,
 * giving the focus back to the button. Shipped in the site's external script (build-site.ts).
 */
export function headerMenuScript(): string {
  return (
    "document.addEventListener('click',function(e){var t=e.target;var a=t&&t.closest&&t.closest('.hd-panel a');" +
    "var d=a&&a.closest('details');if(d)d.open=false});" +
    "document.addEventListener('keydown',function(e){if(e.key!=='Escape')return;var d=document.querySelector('.hd-menu[open]');" +
    "if(d){d.open=false;var s=d.querySelector('summary');if(s)s.focus()}});\n"
  );
}
