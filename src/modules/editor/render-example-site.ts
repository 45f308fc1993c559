import { z } from 'zod';
import type { Locale } from '@/lib/i18n/translate';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { baseSiteHeaders } from '@/modules/host/serve-site-file';
import { listUsedSectionTypes } from '@/modules/render/list-used-section-types';
import { previewFontUrls } from '@/modules/render/preview-font-urls';
import { renderCss } from '@/modules/render/render-css';
import { renderPage } from '@/modules/render/render-page';
import examplePrompts from './content/example-site.json';
import type { SharedPreviewResponse } from './render-shared-preview';

// What a visitor of the landing page can open before signing up: a site the offline composer
// writes from an ordinary description (content/example-site.json, in the reader's language),
// rendered by the publishing renderer with the published sites' strict headers. Deterministic
// (same prompt, same seed, same date), so it is composed once per language per process.
const prompts = z.object({ en: z.string().min(20), 'pt-BR': z.string().min(20) }).parse(examplePrompts);
const WRITTEN_ON = new Date(Date.UTC(2026, 10, 1));
const composed = new Map<keyof typeof prompts, SiteDocument>();

function exampleDocument(locale: keyof typeof prompts): SiteDocument {
  let document = composed.get(locale);
  if (!document) {
    document = composeOfflineSite({ prompt: prompts[locale], locales: [locale], seed: 1, now: WRITTEN_ON });
    composed.set(locale, document);
  }
  return document;
}

/** GET /example (`page`) and /example/styles.css (`css`): the example site's home page in `locale`. */
export function renderExampleSite(file: 'page' | 'css', locale: Locale, isHttps: boolean): SharedPreviewResponse {
  // Not a client's site: not indexed, and cached briefly (it changes only with a new release).
  const headers = {
    ...baseSiteHeaders(isHttps),
    'X-Robots-Tag': 'noindex',
    'Cache-Control': 'private, max-age=300',
    Vary: 'Cookie, Accept-Language',
  };
  // The example is a Brazilian business written in pt-BR; a pt-PT reader gets the same site.
  const siteLocale = locale === 'pt-PT' ? 'pt-BR' : locale;
  const document = exampleDocument(siteLocale);
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
    locale: siteLocale,
    mode: 'publish',
    assetUrls: { css: '/example/styles.css', files: {}, fonts },
  });
  return { status: 200, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, body: html };
}
