import type { VerifiedClaims } from '@/lib/claims';
import { reportError } from '@/lib/observability';
import { getStockPhotos } from '@/lib/photos/get-stock-photos';
import type { StockPhoto, StockPhotoProvider } from '@/lib/photos/types';
import { fileRefOf } from '@/modules/document/file-ref';
import { listImageSlots, type ImageSlot } from '@/modules/document/list-image-slots';
import { PRIVACY_PAGE_SLUG } from '@/modules/document/lead-forms';
import { isPhotoPlaceholder } from '@/modules/document/photo-placeholder';
import { setSlotImage } from '@/modules/document/set-slot-image';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { copyStockPhoto } from './copy-stock-photo';
import { photoTermsOf, type PhotoBrief } from './photo-terms';

export type ChooseSitePhotosInput = { document: SiteDocument; brief: PhotoBrief };

/**
 * Slots a stock photo may fill: a placeholder in a hero, an about section or a gallery. Never a
 * photo the owner chose, and never a team member's — a stranger's face under a real person's
 * name would misrepresent the business.
 */
const FILLED_KINDS = new Set<ImageSlot['kind']>(['hero', 'about', 'gallery']);
const MAX_PHOTOS = 8;

function placeholderSlots(document: SiteDocument): ImageSlot[] {
  return listImageSlots(document)
    .filter(
      (slot) =>
        FILLED_KINDS.has(slot.kind) &&
        !slot.isNew &&
        // The privacy notice is a legal text: no pictures there.
        slot.pageSlug !== PRIVACY_PAGE_SLUG &&
        // A placeholder, or a hero or about laid out without a picture (the embedded default's
        // layouts that look finished without photos): with a provider, the site opens on a photo.
        (slot.image ? isPhotoPlaceholder(slot.image.src) : slot.kind !== 'gallery'),
    )
    .slice(0, MAX_PHOTOS);
}

/** Which found photo goes where: gallery pictures from the offerings' searches first, the rest from the business's. */
async function pickPhotos(stock: StockPhotoProvider, slots: ImageSlot[], brief: PhotoBrief): Promise<Map<string, StockPhoto>> {
  const terms = photoTermsOf(brief);
  if (!terms) return new Map();
  const galleries = slots.filter((slot) => slot.kind === 'gallery');
  const [main, ...perOffering] = await Promise.all([
    stock.search(terms.main, { perPage: Math.min(slots.length + 4, 30), orientation: 'landscape' }),
    ...terms.offerings.slice(0, galleries.length).map((offering) => stock.search(offering, { perPage: 3 })),
  ]);
  const used = new Set<string>();
  const take = (photos: StockPhoto[] | undefined) => {
    const photo = photos?.find((candidate) => !used.has(candidate.id));
    if (photo) used.add(photo.id);
    return photo;
  };
  const chosen = new Map<string, StockPhoto>();
  galleries.forEach((slot, index) => {
    const photo = take(perOffering[index]);
    if (photo) chosen.set(slot.id, photo);
  });
  for (const slot of slots) {
    if (chosen.has(slot.id)) continue;
    const photo = take(main);
    if (photo) chosen.set(slot.id, photo);
  }
  return chosen;
}

/**
 * A freshly generated site with real photos where it has placeholders, when a stock-photo
 * provider is configured: each chosen photo is copied into the owner's Files (quota and all) and
 * placed with its credit. Without a provider the document comes back as it is (the renderer lays
 * pages out without photos). Any failure — the provider, the quota, a photo — is reported and
 * the document comes back unchanged: photos never fail a generation.
 */
export async function chooseSitePhotos(
  claims: VerifiedClaims,
  input: ChooseSitePhotosInput,
  stock: StockPhotoProvider = getStockPhotos(),
): Promise<SiteDocument> {
  if (stock.kind === 'none') return input.document;
  try {
    const slots = placeholderSlots(input.document);
    if (slots.length === 0) return input.document;
    const chosen = await pickPhotos(stock, slots, input.brief);
    const copies = await Promise.all(
      [...chosen.entries()].map(async ([slotId, photo]) => ({
        slotId,
        copy: await copyStockPhoto(claims, { provider: photo.provider, photoId: photo.id }, stock),
      })),
    );
    const { defaultLocale } = input.document.i18n;
    const strings = input.document.i18n.strings[defaultLocale] ?? {};
    let document = input.document;
    for (const { slotId, copy } of copies) {
      const current = slots.find((slot) => slot.id === slotId)?.image;
      // The alt text describes the picture really shown: the provider's description when the site
      // is in English (its language), else the text the generator wrote for the slot.
      const written = current ? strings[current.altKey] : undefined;
      const text = (defaultLocale.startsWith('en') && copy.description) || written || copy.description || copy.name;
      document = setSlotImage(
        document,
        slotId,
        { src: fileRefOf(copy.fileId), width: copy.width, height: copy.height, credit: copy.credit },
        { locale: defaultLocale, text },
      );
    }
    return document;
  } catch (err) {
    reportError(err, { where: 'chooseSitePhotos' });
    return input.document;
  }
}
