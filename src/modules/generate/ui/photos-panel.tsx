'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ImageIcon } from 'lucide-react';
import { fileIdOf } from '@/modules/document/file-ref';
import { PRIVACY_PAGE_SLUG } from '@/modules/document/lead-forms';
import { listImageSlots, type ImageSlot } from '@/modules/document/list-image-slots';
import { STOCK_PROVIDER_NAMES } from '@/modules/document/primitives';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { getPhotoPreviewsAction } from '@/modules/storage/actions';
import { ImagePicker, type PickedImage } from '@/modules/storage/ui/image-picker';
import { Button } from '@/lib/ui/button';
import { Card, CardTitle } from '@/lib/ui/card';
import { setDraftPhotoAction } from '@/modules/drafts/photo-actions';
import { useStockPhotoSearch } from '@/modules/photos/ui/use-stock-photo-search';

/**
 * Every image slot of the draft — logo, tab icon, social image, hero, about, gallery, team and
 * post covers — with what is there now and a button to put one of the person's photos in it
 * (the shared ImagePicker). Each choice saves a new draft version; the preview shows the photo
 * from a small inline copy (onPreview) because its sandboxed frame can load nothing private.
 */
export function PhotosPanel({
  projectId,
  document,
  previewLocale,
  isDisabled,
  onSaved,
  onPreview,
}: {
  projectId: string;
  document: SiteDocument;
  previewLocale: string;
  isDisabled: boolean;
  onSaved: (version: number, document: SiteDocument) => void;
  onPreview: (previews: Record<string, string>) => void;
}) {
  const t = useTranslations('studio.photos');
  const uiLocale = useLocale();
  const [open, setOpen] = useState<ImageSlot | null>(null);
  // Stock photos in the picker when the server has a provider (none in the embedded default).
  const stockSearch = useStockPhotoSearch();
  // The privacy notice's sections are a legal text: offering a picture for each would only be noise.
  const slots = listImageSlots(document).filter((slot) => slot.pageSlug !== PRIVACY_PAGE_SLUG);

  const label = (slot: ImageSlot) => {
    const where = slot.pageSlug ? ` · /${slot.pageSlug}` : '';
    const position = (slot.index ?? 0) + 1;
    if (slot.isNew) return t('addGallery') + where;
    return t('slot', { kind: slot.kind, position }) + where;
  };

  async function pick(slot: ImageSlot, image: PickedImage): Promise<string | null> {
    const locale = document.i18n.locales.includes(previewLocale)
      ? previewLocale
      : document.i18n.locales.includes(uiLocale)
        ? uiLocale
        : document.i18n.defaultLocale;
    const result = await setDraftPhotoAction({
      projectId,
      slotId: slot.id,
      fileId: image.fileId,
      alt: image.alt,
      locale,
      credit: image.credit,
    });
    if (!result.ok) return result.error.message;
    const previews = await getPhotoPreviewsAction({ ids: [image.fileId] });
    if (previews.ok) onPreview(Object.fromEntries(Object.entries(previews.data).map(([id, url]) => [`file:${id}`, url])));
    onSaved(result.data.version, result.data.document);
    return null;
  }

  return (
    <Card>
      <section className="space-y-3" aria-labelledby="studio-photos">
        <CardTitle id="studio-photos">{t('title')}</CardTitle>
        <p className="text-sm text-muted">{t('intro')}</p>
        <ul className="divide-y divide-gray-100" data-testid="photo-slots">
          {slots.map((slot) => {
            const fileId = slot.image ? fileIdOf(slot.image.src) : null;
            return (
              <li key={slot.id} className="flex items-center gap-3 py-2" data-slot-id={slot.id}>
                {fileId ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a private, already small thumbnail served by our own route (no optimizer)
                  <img src={`/api/files/${fileId}?variant=thumbnail`} alt="" className="size-11 shrink-0 rounded-lg object-cover" />
                ) : (
                  <span className="flex size-11 shrink-0 items-center justify-center rounded-lg bg-gray-100 text-muted">
                    <ImageIcon aria-hidden="true" className="size-5" />
                  </span>
                )}
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{label(slot)}</span>
                  <span className="block text-sm text-muted">
                    {slot.image?.credit
                      ? t('credited', { name: slot.image.credit.name, provider: STOCK_PROVIDER_NAMES[slot.image.credit.provider] })
                      : fileId
                        ? t('yourPhoto')
                        : slot.image
                          ? t('stock')
                          : t('none')}
                  </span>
                </span>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={isDisabled}
                  onClick={() => setOpen(slot)}
                  aria-label={`${fileId ? t('replace') : t('choose')}: ${label(slot)}`}
                >
                  {fileId ? t('replace') : t('choose')}
                </Button>
              </li>
            );
          })}
        </ul>
        <ImagePicker
          open={open !== null}
          onOpenChange={(isOpen) => {
            if (!isOpen) setOpen(null);
          }}
          title={open ? label(open) : ''}
          context={open?.context ?? []}
          onPick={(image) => (open ? pick(open, image) : Promise.resolve(null))}
          stockSearch={stockSearch}
        />
      </section>
    </Card>
  );
}
