'use client';

import type { SiteDocument } from '@/modules/document/site-document-schema';
import { useStockPhotoSearch } from '@/modules/photos/ui/use-stock-photo-search';
import { getPhotoPreviewsAction } from '@/modules/storage/actions';
import { ImagePicker, type PickedImage } from '@/modules/storage/ui/image-picker';
import type { EditOperation } from '../edit-operation';
import { imageOp } from '../new-content';
import type { Path } from './form-context';

/** One picture of a section the person is choosing a photo for, and what the picker is titled. */
export type ImageTarget = { sectionId: string; path: Path; label: string };

/**
 * The image picker for one picture of a section — opened from the properties form or by a click
 * on the picture in the canvas. The chosen photo and its alt text become one undoable edit; the
 * photo's inline preview goes to the sandboxed canvas, which cannot load the app's private files.
 */
export function SectionImagePicker({
  document,
  pageSlug,
  locale,
  target,
  onClose,
  apply,
  onPhotos,
}: {
  document: SiteDocument;
  pageSlug: string;
  locale: string;
  target: ImageTarget | null;
  onClose: () => void;
  apply: (op: EditOperation) => void;
  onPhotos: (previews: Record<string, string>) => void;
}) {
  const stockSearch = useStockPhotoSearch();
  async function pick(image: PickedImage): Promise<string | null> {
    if (!target) return null;
    // The preview first, then the edit, in one render: the canvas redraws the section when the
    // document changes, and a photo it has no preview for yet would be drawn as nothing.
    const previews = await getPhotoPreviewsAction({ ids: [image.fileId] });
    if (previews.ok) onPhotos(Object.fromEntries(Object.entries(previews.data).map(([id, url]) => [`file:${id}`, url])));
    apply(imageOp(document, { pageSlug, sectionId: target.sectionId, path: target.path, locale }, image));
    return null;
  }
  return (
    <ImagePicker
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
      title={target?.label ?? ''}
      onPick={pick}
      stockSearch={stockSearch}
    />
  );
}
