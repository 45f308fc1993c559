import type { SiteDocument } from '@/modules/document/site-document-schema';
import { renderPage } from '@/modules/render/render-page';
import { previewFontUrls } from '@/modules/render/preview-font-urls';

/** The locale to preview: the chosen one when the site has it, else the site's default. */
export function previewLocaleOf(document: SiteDocument, chosen: string | null): string {
  return chosen !== null && document.i18n.locales.includes(chosen) ? chosen : document.i18n.defaultLocale;
}

/**
 * The home page exactly as publishing renders it (same renderer, preview mode inlines the
 * CSS), or null when the document cannot be rendered. The HTML goes into a sandboxed iframe.
 * `photos` maps `file:<id>` to a small `data:` preview of the owner's photo: the frame has no
 * origin of its own, so it could not load the photo with the person's session anyway.
 */
export function renderPreviewHtml(document: SiteDocument, locale: string, photos: Record<string, string> = {}): string | null {
  try {
    return renderPage(document, {
      pageSlug: '',
      locale,
      mode: 'preview',
      assetUrls: { files: { ...photos }, fonts: previewFontUrls(document.theme) },
    });
  } catch {
    return null;
  }
}
