'use client';

import { useTranslations } from 'next-intl';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { createRenderContext } from '@/modules/render/render-context';
import { headTextsOf } from '@/modules/render/render-head';

/**
 * How the page shows up in a Google result and as a shared link's card, from the very texts the
 * published <head> carries (render-head.ts's headTextsOf). Search engines cut long titles and
 * descriptions: the preview cuts them with an ellipsis at about the same length.
 */
export function SeoPreviews({
  document,
  pageSlug,
  locale,
  photos,
}: {
  document: SiteDocument;
  pageSlug: string;
  locale: string;
  photos: Record<string, string>;
}) {
  const t = useTranslations('editor.seo');
  const page = document.pages.find((candidate) => candidate.slug === pageSlug) ?? document.pages[0]!;
  const ctx = createRenderContext(document, page, locale, 'preview', { files: { ...photos } });
  const { siteName, title, description, socialSource } = headTextsOf(ctx);
  const image = socialSource ? ctx.imageSrc(socialSource) : '';
  const path = ['', ...(pageSlug ? pageSlug.split('/') : [])].join(' › ');

  return (
    <div className="space-y-4">
      <section className="space-y-1" aria-labelledby="seo-google-title">
        <h3 id="seo-google-title" className="text-sm font-semibold">
          {t('googleTitle')}
        </h3>
        <div data-testid="google-preview" className="rounded-xl border border-gray-200 bg-white p-3 font-sans">
          <p className="truncate text-xs text-gray-700">
            {siteName}
            <span className="text-gray-500">{path}</span>
          </p>
          <p className="line-clamp-2 text-lg leading-snug break-words text-[#1a0dab]">{title || t('noTitle')}</p>
          <p className="line-clamp-2 text-sm break-words text-gray-700">{description || t('noDescription')}</p>
        </div>
        {title.length > 60 ? <p className="text-xs text-amber-800">{t('titleLong', { count: title.length })}</p> : null}
        {description.length > 160 ? <p className="text-xs text-amber-800">{t('descriptionLong', { count: description.length })}</p> : null}
      </section>
      <section className="space-y-1" aria-labelledby="seo-card-title">
        <h3 id="seo-card-title" className="text-sm font-semibold">
          {t('cardTitle')}
        </h3>
        <div data-testid="social-preview" className="overflow-hidden rounded-xl border border-gray-200 bg-white">
          {image ? (
            // eslint-disable-next-line @next/next/no-img-element -- a preview of the site's own picture (a blob or stock URL), not an app asset
            <img src={image} alt="" className="aspect-[1.91/1] w-full object-cover" />
          ) : (
            <p className="flex aspect-[1.91/1] items-center justify-center bg-gray-100 p-3 text-center text-sm text-muted">
              {t('noImage')}
            </p>
          )}
          <div className="space-y-0.5 border-t border-gray-200 bg-gray-50 p-3">
            <p className="truncate text-xs text-gray-600 uppercase">{siteName}</p>
            <p className="truncate font-semibold">{title || t('noTitle')}</p>
            <p className="line-clamp-2 text-sm text-gray-700">{description || t('noDescription')}</p>
          </div>
        </div>
      </section>
    </div>
  );
}
