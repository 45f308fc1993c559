import type { Link } from '@/modules/document/primitives';
import { escapeAttr } from './escape-html';
import { languageName } from './ui-strings';
import { pagePath } from './page-path';
import type { RenderContext } from './render-context';

/** Explicit navigation, or — for multi-page sites without one — every regular page. */
function navigationLinks(ctx: RenderContext): Link[] {
  const { document } = ctx;
  if (document.navigation && document.navigation.length > 0) return document.navigation;
  const pages = document.pages.filter((page) => page.kind === 'page');
  if (pages.length < 2) return [];
  return pages.map((page) => ({ labelKey: page.navLabelKey ?? page.titleKey, href: `/${page.slug}` }));
}

function renderNavigation(ctx: RenderContext): string {
  const current = pagePath(ctx.document, ctx.page.slug, ctx.locale);
  const items = navigationLinks(ctx)
    .map((link) => {
      const label = ctx.text(link.labelKey);
      if (!label) return '';
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

/** The site banner: brand (optional logo), main navigation and language switcher. */
export function renderHeader(ctx: RenderContext): string {
  const { document } = ctx;
  const logo = document.site.logo;
  // The logo is above the fold on every page, so it is never lazy-loaded. Its alt is empty
  // because the site name follows it inside the same link.
  const logoImage = logo
    ? `<img src="${escapeAttr(ctx.imageSrc(logo.src))}" alt="" width="${Math.round(logo.width)}" height="${Math.round(logo.height)}">`
    : '';
  const home = escapeAttr(pagePath(document, '', ctx.locale));
  return (
    `<header class="hd"><div class="wrap hd-in"><a class="brand" href="${home}">${logoImage}${ctx.text(document.site.nameKey)}</a>` +
    `${renderNavigation(ctx)}${renderLanguageSwitcher(ctx)}</div></header>`
  );
}
