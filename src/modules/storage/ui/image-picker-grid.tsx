'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Camera, ImagePlus, Search } from 'lucide-react';
import { Alert } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import { EmptyState } from '@/lib/ui/empty-state';
import { Input } from '@/lib/ui/input';
import { Spinner } from '@/lib/ui/spinner';
import { cn } from '@/lib/ui/cn';
import { listSitePhotosAction } from '../actions';
import type { SitePhotoEntry } from '../list-site-photos';
import { UploadQueue } from './upload-queue';
import { useUploads } from './use-uploads';

type Listing = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; photos: SitePhotoEntry[] };

const SEARCH_DELAY_MS = 250;

/**
 * The picker's first step: the person's photos as thumbnails (newest first, searchable by name),
 * and a fresh upload — from the computer or the phone's camera — over the same resumable uploader
 * the Files page uses. A finished upload is chosen at once.
 */
export function ImagePickerGrid({ onChoose }: { onChoose: (photo: SitePhotoEntry) => void }) {
  const t = useTranslations('files.picker');
  const [query, setQuery] = useState('');
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  const choose = useRef(onChoose);
  useEffect(() => {
    choose.current = onChoose;
  }, [onChoose]);

  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(async () => {
      const result = await listSitePhotosAction({ query: query.trim() || undefined });
      if (!isCurrent) return;
      setListing(result.ok ? { status: 'ready', photos: result.data } : { status: 'error', message: result.error.message });
    }, SEARCH_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [query, reloads]);

  const onUploaded = useCallback((file: { id: string; name: string; contentType: string }) => {
    setReloads((n) => n + 1);
    // Only pictures a page can show are chosen; anything else stays in Files.
    if (!/^image\/(jpeg|png|webp|avif|gif)$/.test(file.contentType)) return;
    void listSitePhotosAction({}).then((result) => {
      const photo = result.ok ? result.data.find((candidate) => candidate.id === file.id) : undefined;
      if (photo) choose.current(photo);
    });
  }, []);
  const uploads = useUploads(onUploaded);
  const addFiles = (list: FileList | null) => {
    if (list && list.length > 0) uploads.add([...list], null);
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => fileInput.current?.click()}>
          <ImagePlus aria-hidden="true" />
          {t('upload')}
        </Button>
        <Button variant="secondary" className="sm:hidden" onClick={() => cameraInput.current?.click()}>
          <Camera aria-hidden="true" />
          {t('takePhoto')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          multiple
          hidden
          onChange={(e) => addFiles(e.currentTarget.files)}
          data-testid="picker-upload-input"
        />
        <input
          ref={cameraInput}
          type="file"
          accept="image/*"
          capture="environment"
          hidden
          onChange={(e) => addFiles(e.currentTarget.files)}
        />
      </div>
      <UploadQueue
        items={uploads.items}
        onCancel={(k) => void uploads.cancel(k)}
        onRetry={uploads.retry}
        onDismiss={uploads.dismiss}
        onClearFinished={uploads.clearFinished}
      />
      <div className="relative">
        <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" />
        <Input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          aria-label={t('search')}
          placeholder={t('search')}
          className="pl-9"
        />
      </div>
      {listing.status === 'loading' ? (
        <p className="flex items-center gap-2 text-muted" role="status">
          <Spinner />
          {t('loading')}
        </p>
      ) : listing.status === 'error' ? (
        <Alert variant="error">{listing.message}</Alert>
      ) : listing.photos.length === 0 ? (
        <EmptyState headingLevel="h3" title={query ? t('noResults') : t('empty')}>
          {query ? null : t('emptyHint')}
        </EmptyState>
      ) : (
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3" aria-label={t('yourPhotos')}>
          {listing.photos.map((photo) => (
            <li key={photo.id}>
              <button
                type="button"
                onClick={() => onChoose(photo)}
                className={cn(
                  'group block w-full overflow-hidden rounded-xl border border-gray-200 bg-gray-50 text-left focus-visible:ring-3 focus-visible:ring-brand-300 focus-visible:outline-none',
                )}
              >
                {photo.hasThumbnail ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a private, already small thumbnail served by our own route (no optimizer)
                  <img
                    src={`/api/files/${photo.id}?variant=thumbnail`}
                    alt=""
                    loading="lazy"
                    className="aspect-square w-full object-cover"
                  />
                ) : (
                  <span className="block aspect-square w-full" />
                )}
                <span className="block truncate px-2 py-1 text-sm group-hover:underline">{photo.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
