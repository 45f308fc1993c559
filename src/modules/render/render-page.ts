import type { Section } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { escapeAttr, escapeHtml } from './escape-html';
import { listUsedSectionTypes } from './list-used-section-types';
import { createRenderContext, type AssetUrls, type RenderContext, type RenderMode } from './render-context';
import { renderCss } from './render-css';
import { renderHead } from './render-head';
import { renderHeader } from './render-header';
import { renderPostArticle } from './render-post-article';
import { renderSection } from './render-section';
import type { HeadingLevels } from './sections/section-kit';

export type RenderPageOptions = {
  pageSlug: string;
  locale: string;
  /** 'preview' embeds the CSS (sandboxed srcdoc iframe); 'publish' links `assetUrls.css`. */
  mode: RenderMode;
  /** Public origin of the published site, e.g. "https://bakery.example"; makes canonical/OG URLs absolute. */
  baseUrl?: string;
  assetUrls?: AssetUrls;
};

const H1: HeadingLevels = { title: 'h1', item: 'h2' };
const H2: HeadingLevels = { title: 'h2', item: 'h3' };
const NO_ALT_BACKGROUND = new Set(['hero', 'cta']);

function hasTitle(ctx: RenderContext, section: Section): boolean {
  return 'titleKey' in section && ctx.t(section.titleKey) !== '';
}

function renderMain(ctx: RenderContext, sections: Section[]): string {
  const isPost = ctx.page.kind === 'post' && ctx.page.post !== undefined;
  // Exactly one h1 per page: the post title, else the first titled section, else a hidden one.
  const h1Index = isPost ? -1 : sections.findIndex((section) => hasTitle(ctx, section));
  const hiddenH1 =
    !isPost && h1Index < 0 ? `<h1 class="sr-only">${ctx.text(ctx.page.titleKey) || ctx.text(ctx.document.site.nameKey)}</h1>` : '';
  const body = sections
    .map((section, index) =>
      renderSection(section, ctx, index === h1Index ? H1 : H2, index % 2 === 1 && !NO_ALT_BACKGROUND.has(section.type)),
    )
    .join('');
  return `<main id="main_content">${hiddenH1}${isPost ? renderPostArticle(ctx) : ''}${body}</main>`;
}

/**
 * The complete HTML document for one page in one locale. Pure and deterministic: the same
 * input gives byte-identical output. Every text is escaped, every URL re-checked, and the only
 * <script> is the JSON-LD data block, so a strict CSP (no inline script/style) holds.
 */
export function renderPage(document: SiteDocument, options: RenderPageOptions): string {
  const page = document.pages.find((candidate) => candidate.slug === options.pageSlug);
  if (!page) throw new RangeError(`renderPage: no page with slug "${options.pageSlug}"`);
  if (!document.i18n.locales.includes(options.locale)) throw new RangeError(`renderPage: "${options.locale}" is not a site locale`);

  const ctx = createRenderContext(document, page, options.locale, options.mode, options.assetUrls);
  const mainSections = page.sections.filter((section) => section.type !== 'footer');
  // Pages without their own footer reuse the home page's, so the site looks consistent.
  const home = document.pages.find((candidate) => candidate.slug === '');
  const footer = page.sections.find((section) => section.type === 'footer') ?? home?.sections.find((section) => section.type === 'footer');
  const footerHtml = footer ? renderSection(footer, ctx, H2) : renderSection({ id: 'footer', type: 'footer' }, ctx, H2);

  const css =
    options.mode === 'preview'
      ? { inline: renderCss(document, listUsedSectionTypes(document, page.slug)) }
      : { href: options.assetUrls?.css ?? '/styles.css' };
  const head = renderHead({ ctx, css, baseUrl: options.baseUrl, assetUrls: options.assetUrls });
  const direction = /^(ar|he|fa|ur)(-|$)/.test(options.locale) ? 'rtl' : 'ltr';

  return (
    `<!doctype html><html lang="${escapeAttr(options.locale)}" dir="${direction}">${head}<body>` +
    `<a class="skip" href="#main_content">${escapeHtml(ctx.ui.skipToContent)}</a>` +
    renderHeader(ctx) +
    renderMain(ctx, mainSections) +
    footerHtml +
    '</body></html>\n'
  );
}
