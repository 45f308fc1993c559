import { baseSiteHeaders } from '@/modules/host/serve-site-file';
import { neutralPage } from '@/modules/host/neutral-page';
import { listUsedSectionTypes } from '@/modules/render/list-used-section-types';
import { previewFontUrls } from '@/modules/render/preview-font-urls';
import { renderCss } from '@/modules/render/render-css';
import { renderPage } from '@/modules/render/render-page';
import { listFileIds } from '@/modules/document/list-file-ids';
import { getSharedPreview } from './get-shared-preview';
import { sharedFileUrl } from './shared-file-url';

export type SharedPreviewResponse = { status: number; headers: Record<string, string>; body: string | Uint8Array | null };

// A share link's page is the draft as a visitor will see it: the publishing renderer, the
// published sites' strict CSP (no inline script or style: the CSS is its own file), never
// indexed, never cached, and no Referer that could carry the token elsewhere.
const PRIVATE = { 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };

/**
 * GET /share/<token> (`file: 'page'`) and /share/<token>/styles.css (`file: 'css'`): the
 * project's current draft (home page, main language) for a valid link; the neutral 404 for a
 * wrong, expired or revoked one — the same answer for all three.
 */
export async function renderSharedPreview(token: string, file: 'page' | 'css', isHttps: boolean): Promise<SharedPreviewResponse> {
  const headers = { ...baseSiteHeaders(isHttps), ...PRIVATE };
  const shared = await getSharedPreview(token);
  if (!shared) {
    const page = neutralPage(404, headers);
    return { ...page, headers: { ...page.headers, ...PRIVATE } };
  }
  const { document } = shared;
  const fonts = previewFontUrls(document.theme);
  if (file === 'css') {
    return {
      status: 200,
      headers: { ...headers, 'Content-Type': 'text/css; charset=utf-8' },
      body: renderCss(document, listUsedSectionTypes(document, ''), fonts),
    };
  }
  const html = renderPage(document, {
    pageSlug: '',
    locale: document.i18n.defaultLocale,
    mode: 'publish',
    // Photos of the draft are private files: the page reaches them under its own token only
    // (render-shared-file.ts checks the link, that the draft shows the file, and its owner).
    assetUrls: {
      css: `/share/${token}/styles.css`,
      files: {
        ...Object.fromEntries(listFileIds(document).map((fileId) => [`file:${fileId}`, sharedFileUrl(token, fileId)])),
      },
      fonts,
    },
  });
  return {
    status: 200,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
    body: html.replace('<head>', () => '<head><meta name="robots" content="noindex, nofollow">'),
  };
}
