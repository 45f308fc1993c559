'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Search } from 'lucide-react';
import type { StockPhoto } from '@/lib/photos/types';
import { STOCK_PROVIDER_NAMES } from '@/modules/document/primitives';
import { Alert } from '@/lib/ui/alert';
import { Input } from '@/lib/ui/input';
import { Spinner } from '@/lib/ui/spinner';
import type { StockChoice } from '@/modules/storage/ui/image-picker';
import { copyStockPhotoAction, searchStockPhotosAction } from '../actions';

const SEARCH_DELAY_MS = 400;

type Results =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; photos: StockPhoto[] } | { status: 'error'; message: string };

/**
 * The image picker's stock tab: a search of the configured provider (Unsplash), its thumbnails
 * (loaded from the provider's image host, as its guidelines ask, and only here in the app), each
 * with its photographer's credit. Choosing one copies it into the person's Files first; the
 * picker then continues with alt text as for their own photo, and the credit goes with it.
 */
export function StockPhotoSearch({ onChoose, initialQuery = '' }: { onChoose: (choice: StockChoice) => void; initialQuery?: string }) {
  const t = useTranslations('files.picker.stock');
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const [copying, setCopying] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    let isCurrent = true;
    const timer = setTimeout(async () => {
      setResults({ status: 'loading' });
      const result = await searchStockPhotosAction({ query: text });
      if (!isCurrent) return;
      if (!result.ok) setResults({ status: 'error', message: result.error.message });
      else if (!result.data.isConfigured) setResults({ status: 'error', message: t('notConfigured') });
      else setResults({ status: 'ready', photos: result.data.photos });
    }, SEARCH_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [query, t]);

  async function choose(photo: StockPhoto) {
    setCopying(photo.id);
    setError(null);
    const result = await copyStockPhotoAction({ provider: photo.provider, photoId: photo.id });
    setCopying(null);
    if (!result.ok) return setError(result.error.message);
    const copy = result.data;
    onChoose({
      photo: { id: copy.fileId, name: copy.name, width: copy.width, height: copy.height, hasThumbnail: true },
      credit: copy.credit,
      description: copy.description,
    });
  }

  return (
    <div className="space-y-4">
      <div className="relative">
        <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" />
        <Input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          aria-label={t('search')}
          placeholder={t('search')}
          maxLength={100}
          className="pl-9"
          data-testid="stock-search"
        />
      </div>
      {error ? <Alert variant="error">{error}</Alert> : null}
      {results.status === 'idle' ? (
        <p className="text-sm text-muted">{t('hint')}</p>
      ) : results.status === 'loading' ? (
        <p className="flex items-center gap-2 text-muted" role="status">
          <Spinner />
          {t('loading')}
        </p>
      ) : results.status === 'error' ? (
        <Alert variant="error">{results.message}</Alert>
      ) : results.photos.length === 0 ? (
        <p className="text-sm text-muted">{t('noResults')}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3" aria-label={t('results')}>
          {results.photos.map((photo) => (
            <li key={photo.id}>
              <button
                type="button"
                onClick={() => void choose(photo)}
                disabled={copying !== null}
                className="group block w-full overflow-hidden rounded-xl border border-gray-200 bg-gray-50 text-left focus-visible:ring-3 focus-visible:ring-brand-300 focus-visible:outline-none disabled:opacity-60"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- the provider's own small preview, hotlinked as its guidelines ask (never on a published site) */}
                <img src={photo.thumbUrl} alt={photo.description} loading="lazy" className="aspect-square w-full object-cover" />
                <span className="flex items-center gap-1 truncate px-2 py-1 text-xs text-muted">
                  {copying === photo.id ? <Spinner /> : null}
                  {t('credit', { name: photo.credit.name, provider: STOCK_PROVIDER_NAMES[photo.credit.provider] })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
