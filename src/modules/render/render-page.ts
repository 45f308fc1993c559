import type { Section } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { escapeAttr, escapeHtml } from './escape-html';
import { listUsedSectionTypes } from './list-used-section-types';
import { createRenderContext, type AssetUrls, type RenderContext, type RenderMode } from './render-context';
import { renderCss } from './render-css';
import { renderHead } from './render-head';
import { renderHeader } from './render-header';
import { renderPhotoCredits } from './render-photo-credits';
import { renderPostArticle } from './render-post-article';
import { renderSection } from './render-section';
import type { HeadingLevels } from './sections/section-kit';

export type RenderPageOptions = {
  pageSlug: string;
  locale: string;
  /** 'preview' embeds the CSS (sandboxed srcdoc iframe); 'publish' links `assetUrls.css`, or embeds `inlineCss`. */
  mode: RenderMode;
  /**
   * 'publish': the site's stylesheet text, embedded in a `<style>` instead of linked, so nothing
   * blocks the first paint. The build allows it by its hash in the page's CSP (inline-style-hashes.ts).
   */
  inlineCss?: string;
  /** Public origin of the published site, e.g. "https://bakery.example"; makes canonical/OG URLs absolute. */
  baseUrl?: string;
  assetUrls?: AssetUrls;
  /** The editor's canvas: adds `data-pm-*` hints (render-context.ts). Publishing never sets it. */
  editorHints?: boolean;
  /** With editorHints: texts of this language to mark as not translated yet. */
  untranslatedKeys?: readonly string[];
};

const H1: HeadingLevels = { title: 'h1', item: 'h2' };
const H2: HeadingLevels = { title: 'h2', item: 'h3' };
const NO_ALT_BACKGROUND = new Set(['hero', 'cta']);

function hasTitle(ctx: RenderContext, section: Section): boolean {
  return 'titleKey' in section && ctx.t(section.titleKey) !== '';
}

function isPostPage(ctx: RenderContext): boolean {
  return ctx.page.kind === 'post' && ctx.page.post !== undefined;
}

/** Where the page's h1 is: the post title (-1), else the first titled section, else none (-1). */
function h1IndexOf(ctx: RenderContext, sections: Section[]): number {
  return isPostPage(ctx) ? -1 : sections.findIndex((section) => hasTitle(ctx, section));
}

/** One main section as it sits at `index`: its heading levels and alternate background depend on that. */
function renderMainSection(ctx: RenderContext, sections: Section[], index: number, h1Index: number): string {
  const section = sections[index]!;
  return renderSection(section, ctx, index === h1Index ? H1 : H2, index % 2 === 1 && !NO_ALT_BACKGROUND.has(section.type));
}

/** The sections a page shows in `<main>`: the footer is rendered after it; hidden and omitted ones not at all. */
function mainSectionsOf(sections: Section[], ctx: RenderContext): Section[] {
  return sections.filter((section) => section.type !== 'footer' && !section.hidden && !ctx.isOmittedSection(section));
}

function renderMain(ctx: RenderContext, sections: Section[]): string {
  const isPost = isPostPage(ctx);
  // Exactly one h1 per page: the post title, else the first titled section, else a hidden one.
  const h1Index = h1IndexOf(ctx, sections);
  const hiddenH1 =
    !isPost && h1Index < 0 ? `<h1 class="sr-only">${ctx.text(ctx.page.titleKey) || ctx.text(ctx.document.site.nameKey)}</h1>` : '';
  const body = sections.map((_, index) => renderMainSection(ctx, sections, index, h1Index)).join('');
  return `<main id="main_content">${hiddenH1}${isPost ? renderPostArticle(ctx) : ''}${body}${renderPhotoCredits(ctx, sections)}</main>`;
}

/**
 * The complete HTML document for one page in one locale. Pure and deterministic: the same
 * input gives byte-identical output. Every text is escaped, every URL re-checked, and the only
 * <script> is the JSON-LD data block, so a strict CSP (no inline script; an inline style only by its hash) holds.
 */
export function renderPage(document: SiteDocument, options: RenderPageOptions): string {
  const page = document.pages.find((candidate) => candidate.slug === options.pageSlug);
  if (!page) throw new RangeError(`renderPage: no page with slug "${options.pageSlug}"`);
  if (!document.i18n.locales.includes(options.locale)) throw new RangeError(`renderPage: "${options.locale}" is not a site locale`);

  const ctx = createRenderContext(
    document,
    page,
    options.locale,
    options.mode,
    options.assetUrls,
    options.editorHints,
    new Set(options.untranslatedKeys),
  );
  const mainSections = mainSectionsOf(page.sections, ctx);
  // Pages without their own footer reuse the home page's, so the site looks consistent.
  const home = document.pages.find((candidate) => candidate.slug === '');
  const footer = page.sections.find((section) => section.type === 'footer') ?? home?.sections.find((section) => section.type === 'footer');
  const footerHtml = footer?.hidden
    ? ''
    : footer
      ? renderSection(footer, ctx, H2)
      : renderSection({ id: 'footer', type: 'footer' }, ctx, H2);

  const css =
    options.mode === 'preview'
      ? { inline: renderCss(document, listUsedSectionTypes(document, page.slug), options.assetUrls?.fonts) }
      : options.inlineCss !== undefined
        ? { inline: options.inlineCss }
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

/**
 * The editor's canvas patch: the `<main>` sections of one page, each as `renderPage` (with
 * editor hints) renders it in place — same heading levels, same alternate backgrounds — so a
 * change re-renders only the sections it touched. `ids` limits which are rendered.
 */
export function renderEditorSections(
  document: SiteDocument,
  options: Omit<RenderPageOptions, 'editorHints' | 'mode'> & { ids?: readonly string[] },
): { id: string; html: string }[] {
  const page = document.pages.find((candidate) => candidate.slug === options.pageSlug);
  if (!page || !document.i18n.locales.includes(options.locale)) return [];
  const ctx = createRenderContext(document, page, options.locale, 'preview', options.assetUrls, true, new Set(options.untranslatedKeys));
  const sections = mainSectionsOf(page.sections, ctx);
  const h1Index = h1IndexOf(ctx, sections);
  const wanted = options.ids ? new Set(options.ids) : null;
  return sections.flatMap((section, index) =>
    wanted && !wanted.has(section.id) ? [] : [{ id: section.id, html: renderMainSection(ctx, sections, index, h1Index) }],
  );
}

type CachedSection = {
  section: Section;
  key: string;
  reads: Map<string, string>;
  claimedBefore: boolean;
  claimedAfter: boolean;
  html: string;
};

/**
 * The editor canvas's memory of its last render, per section (createEditorSectionCache). A
 * section is rendered again only when something it showed may have changed: its own content, the
 * texts it read, its place-derived look (h1, alternate background, first image) or anything
 * site-wide (theme, site, pages, language, asset URLs), which clears the whole cache.
 */
type EditorSectionOptions = Omit<RenderPageOptions, 'editorHints' | 'mode'>;

export type EditorSectionCache = { siteKey: string | null; siteParts: unknown[]; sections: Map<string, CachedSection> };

export function createEditorSectionCache(): EditorSectionCache {
  return { siteKey: null, siteParts: [], sections: new Map() };
}

/** The objects siteKeyOf reads: when all are the very same as last time (a keystroke), so is the key. */
function sitePartsOf(document: SiteDocument, options: EditorSectionOptions): unknown[] {
  const { pages, i18n, ...site } = document;
  return [...Object.values(site), i18n.locales, i18n.defaultLocale, pages, options.pageSlug, options.locale, options.assetUrls];
}

/** Everything a section's markup can depend on besides the section itself and the texts it reads. */
function siteKeyOf(document: SiteDocument, options: EditorSectionOptions): string {
  const { pages, i18n, ...site } = document;
  const { strings: _strings, ...languages } = i18n;
  return JSON.stringify([
    site,
    languages,
    // A link to "#contact" points at whichever page holds that section (ctx.href), so which page
    // holds which section id is site-wide; the sections' content is not.
    pages.map(({ sections, ...page }) => ({ ...page, sectionIds: sections.map((section) => section.id) })),
    options.pageSlug,
    options.locale,
    options.assetUrls ?? null,
  ]);
}

/** What a section read of a text: the text and whether it is marked untranslated. */
function readOf(ctx: RenderContext, key: string): string {
  return `${ctx.isUntranslated(key) ? 1 : 0}${ctx.t(key)}`;
}

/** A context that records every text a section reads and shares the first-image claim across calls. */
function recordingContext(base: RenderContext, reads: Map<string, string>, claim: { isClaimed: boolean }): RenderContext {
  return {
    ...base,
    t: (key) => {
      if (key) reads.set(key, readOf(base, key));
      return base.t(key);
    },
    text: (key) => {
      if (key) reads.set(key, readOf(base, key));
      return base.text(key);
    },
    claimFirstImage: () => {
      if (claim.isClaimed) return false;
      claim.isClaimed = true;
      return true;
    },
  };
}

/**
 * `renderEditorSections` for a canvas that keeps typing: byte for byte the same markup, but a
 * section whose inputs are unchanged since the last call comes from `cache` (`isFresh: false`).
 * A keystroke then renders the one section that shows the text being typed.
 */
export function renderEditorSectionsCached(
  document: SiteDocument,
  options: Omit<RenderPageOptions, 'editorHints' | 'mode'>,
  cache: EditorSectionCache,
): { id: string; html: string; isFresh: boolean }[] {
  const page = document.pages.find((candidate) => candidate.slug === options.pageSlug);
  if (!page || !document.i18n.locales.includes(options.locale)) return [];
  const siteParts = sitePartsOf(document, options);
  const isSameSite = siteParts.length === cache.siteParts.length && siteParts.every((part, index) => part === cache.siteParts[index]);
  const siteKey = isSameSite && cache.siteKey !== null ? cache.siteKey : siteKeyOf(document, options);
  cache.siteParts = siteParts;
  if (cache.siteKey !== siteKey) {
    cache.siteKey = siteKey;
    cache.sections.clear();
  }
  const ctx = createRenderContext(document, page, options.locale, 'preview', options.assetUrls, true, new Set(options.untranslatedKeys));
  const sections = mainSectionsOf(page.sections, ctx);
  const h1Index = h1IndexOf(ctx, sections);
  const claim = { isClaimed: false };
  const seen = new Set<string>();
  const result = sections.map((section, index) => {
    seen.add(section.id);
    const cached = cache.sections.get(section.id);
    const place = `${index === h1Index ? 1 : 0}${index % 2}`;
    // The same object as last time (a text edit shares the sections) needs no serializing.
    const key = cached?.section === section && cached.key.startsWith(place) ? cached.key : `${place}${JSON.stringify(section)}`;
    const isReusable =
      cached !== undefined &&
      cached.key === key &&
      cached.claimedBefore === claim.isClaimed &&
      [...cached.reads].every(([textKey, value]) => readOf(ctx, textKey) === value);
    if (isReusable) {
      claim.isClaimed = cached.claimedAfter;
      return { id: section.id, html: cached.html, isFresh: false };
    }
    const reads = new Map<string, string>();
    const claimedBefore = claim.isClaimed;
    const html = renderMainSection(recordingContext(ctx, reads, claim), sections, index, h1Index);
    cache.sections.set(section.id, { section, key, reads, claimedBefore, claimedAfter: claim.isClaimed, html });
    return { id: section.id, html, isFresh: true };
  });
  for (const id of cache.sections.keys()) if (!seen.has(id)) cache.sections.delete(id);
  return result;
}
