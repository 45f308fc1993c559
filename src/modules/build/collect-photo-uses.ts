import { fileIdOf } from '@/modules/document/file-ref';
import { listFileIds } from '@/modules/document/list-file-ids';
import { listImageSlots } from '@/modules/document/list-image-slots';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { ImageLayoutKind } from '@/modules/render/image-layout';

/**
 * Where each referenced photo is shown: the layouts decide which widths the build makes. A
 * reference outside the named slots (a service card, a testimonial avatar) counts as a card.
 */
export function collectPhotoUses(document: SiteDocument): Map<string, Set<ImageLayoutKind>> {
  const uses = new Map<string, Set<ImageLayoutKind>>(listFileIds(document).map((id) => [id, new Set()]));
  for (const slot of listImageSlots(document)) {
    const id = slot.image ? fileIdOf(slot.image.src) : null;
    if (id) uses.get(id)?.add(slot.kind);
  }
  for (const kinds of uses.values()) if (kinds.size === 0) kinds.add('card');
  return uses;
}
