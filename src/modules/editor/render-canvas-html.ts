import type { SiteDocument } from '@/modules/document/site-document-schema';
import { createEditorSectionCache, renderEditorSections, renderEditorSectionsCached, renderPage } from '@/modules/render/render-page';
import { previewFontUrls } from '@/modules/render/preview-font-urls';
import { withFrameScript } from '@/modules/render/with-frame-script';

export type CanvasInput = {
  document: SiteDocument;
  pageSlug: string;
  locale: string;
  photos?: Record<string, string>;
  /** Texts of `locale` left to translate: marked on the canvas. */
  untranslatedKeys?: readonly string[];
};

// Outlines for what can be edited. Shown on hover where there is one and always on the selected
// section, so a touch screen (no hover) still sees what it tapped.
const CANVAS_CSS =
  '[data-pm-section],[data-pm-image]{cursor:pointer}[data-pm-key]{cursor:text;border-radius:2px}' +
  '@media (hover:hover){[data-pm-section]:hover{outline:2px dashed #7c3aed66;outline-offset:-2px}[data-pm-key]:hover,[data-pm-image]:hover{outline:1px dashed #7c3aed}}' +
  '.pm-selected{outline:3px solid #7c3aed!important;outline-offset:-3px}.pm-editing{outline:2px solid #2563eb!important;background:#eff6ff}' +
  // Texts left to translate in this language: marked until someone writes them.
  '[data-pm-untranslated]{outline:2px dashed #b45309;outline-offset:1px;background:#fef3c7;color:#111827}';

function assetUrlsOf({ document, photos = {} }: CanvasInput) {
  return { files: { ...photos }, fonts: previewFontUrls(document.theme) };
}

/**
 * The editor's canvas page: the preview render with editor hints, the frame script (allowed by
 * its CSP hash, so it must be inlined byte for byte) and the app origin it may talk to. Null
 * when the document cannot be rendered.
 */
export function renderCanvasHtml(input: CanvasInput, parentOrigin: string): string | null {
  let html: string;
  try {
    html = renderPage(input.document, {
      pageSlug: input.pageSlug,
      locale: input.locale,
      mode: 'preview',
      editorHints: true,
      untranslatedKeys: input.untranslatedKeys,
      assetUrls: assetUrlsOf(input),
    });
  } catch {
    return null;
  }
  return withFrameScript(html, parentOrigin, CANVAS_CSS);
}

/**
 * What the page around the sections shows — the header's name, logo and navigation, the icon —
 * as a comparable string. Section patches cannot carry it, so the canvas loads afresh when it
 * changes (renaming the site, choosing a logo, renaming a page in the menu): rare edits, made in
 * a side panel rather than by typing in the canvas.
 */
export function pageChromeSignature(document: SiteDocument, locale: string): string {
  const strings = document.i18n.strings[locale] ?? {};
  return JSON.stringify([
    strings[document.site.nameKey] ?? '',
    document.site.logo ?? null,
    document.site.icon ?? null,
    document.navigation?.map((link) => [strings[link.labelKey] ?? '', link.href]) ?? null,
    document.pages.map((page) => [page.slug, page.kind, strings[page.navLabelKey ?? page.titleKey] ?? '']),
  ]);
}

export type CanvasChange =
  { type: 'patch'; sections: { id: string; html: string }[] } | { type: 'sections'; sections: { id: string; html: string }[] } | null;

/**
 * What the canvas needs after an edit: nothing, the sections whose markup changed (patched in
 * place), or the whole list when sections were added, removed, hidden or moved. Comparing the
 * rendered markup rather than guessing from the operation also catches a text two sections share.
 */
export function diffCanvasSections(before: CanvasInput, after: CanvasInput): CanvasChange {
  const old = renderEditorSections(before.document, {
    pageSlug: before.pageSlug,
    locale: before.locale,
    assetUrls: assetUrlsOf(before),
    untranslatedKeys: before.untranslatedKeys,
  });
  const next = renderEditorSections(after.document, {
    pageSlug: after.pageSlug,
    locale: after.locale,
    assetUrls: assetUrlsOf(after),
    untranslatedKeys: after.untranslatedKeys,
  });
  const isSameOrder = old.length === next.length && old.every((section, index) => section.id === next[index]!.id);
  if (!isSameOrder) return { type: 'sections', sections: next };
  const changed = next.filter((section, index) => section.html !== old[index]!.html);
  return changed.length > 0 ? { type: 'patch', sections: changed } : null;
}

/**
 * The canvas's differ: remembers what the frame shows and each section's last render, so an edit
 * costs one render of the sections it touched (not two renders of every section, as
 * `diffCanvasSections` does). `show` says what the frame was loaded with; `change` what a newer
 * document needs — the same answer `diffCanvasSections` gives.
 */
export function createCanvasDiffer() {
  const cache = createEditorSectionCache();
  let shown: { id: string; html: string }[] = [];
  const render = (input: CanvasInput) =>
    renderEditorSectionsCached(
      input.document,
      { pageSlug: input.pageSlug, locale: input.locale, assetUrls: assetUrlsOf(input), untranslatedKeys: input.untranslatedKeys },
      cache,
    );
  return {
    show(input: CanvasInput) {
      shown = render(input).map(({ id, html }) => ({ id, html }));
    },
    /** The markup the frame was last sent for a section (to draw it again after typing in it). */
    shownSection(id: string): { id: string; html: string } | null {
      return shown.find((section) => section.id === id) ?? null;
    },
    change(input: CanvasInput): CanvasChange {
      const next = render(input);
      const old = shown;
      shown = next.map(({ id, html }) => ({ id, html }));
      const isSameOrder = old.length === next.length && old.every((section, index) => section.id === next[index]!.id);
      if (!isSameOrder) return { type: 'sections', sections: shown };
      // A section served from the cache is what was shown: only fresh renders can differ.
      const changed = next.filter((section, index) => section.isFresh && section.html !== old[index]!.html);
      return changed.length > 0 ? { type: 'patch', sections: changed.map(({ id, html }) => ({ id, html })) } : null;
    },
  };
}
