import { AppError } from '@/lib/errors';
import type { ImageCredit, ImageRef } from './primitives';
import type { SiteDocument } from './site-document-schema';

/** A picture for a slot; `credit` for a provider's photo (a new picture drops the old one's credit). */
export type SlotPicture = { src: string; width: number; height: number; credit?: ImageCredit };

/** The alt key a new picture in a slot gets (an existing picture keeps its own). */
function altKeyFor(slotId: string): string {
  if (slotId === 'logo' || slotId === 'icon') return `site.${slotId}.alt`;
  const [, ...rest] = slotId.split('/');
  return `${rest.join('.').replace('+', 'new')}.alt`.replace(/^cover\./, 'post.cover.');
}

function uniqueKey(document: SiteDocument, key: string): string {
  const used = new Set(Object.values(document.i18n.strings).flatMap((table) => Object.keys(table)));
  if (!used.has(key)) return key;
  for (let n = 2; ; n += 1) if (!used.has(`${key}${n}`)) return `${key}${n}`;
}

const SLOT_NOT_FOUND = () => new AppError('NOT_FOUND', 'errors.generate.photoSlotNotFound');

/**
 * The document with `picture` in slot `slotId` (see listImageSlots) and its alt text set in
 * `locale` — and in every other language that has none yet, so no page is left without one.
 * Pure: returns a copy; an unknown slot (the draft changed meanwhile) is NOT_FOUND.
 */
export function setSlotImage(
  document: SiteDocument,
  slotId: string,
  picture: SlotPicture,
  alt: { locale: string; text: string },
): SiteDocument {
  const next = structuredClone(document);
  const make = (current: ImageRef | undefined): ImageRef => ({
    src: picture.src,
    width: picture.width,
    height: picture.height,
    altKey: current?.altKey ?? uniqueKey(next, altKeyFor(slotId)),
    ...(picture.credit ? { credit: picture.credit } : {}),
  });
  let placed: ImageRef | null = null;

  if (slotId === 'social') {
    next.seo.socialImage = picture.src;
    return next;
  }
  if (slotId === 'logo' || slotId === 'icon') {
    placed = next.site[slotId] = make(next.site[slotId]);
  } else {
    const [pageIndex, sectionId, field, position] = slotId.split('/');
    const page = next.pages[Number(pageIndex)];
    if (!page || !/^\d+$/.test(pageIndex ?? '')) throw SLOT_NOT_FOUND();
    if (sectionId === 'cover' && page.kind === 'post' && page.post) {
      placed = page.post.cover = make(page.post.cover);
    } else {
      const section = page.sections.find((candidate) => candidate.id === sectionId);
      const index = Number(position);
      if ((section?.type === 'hero' || section?.type === 'about') && field === 'image' && position === undefined) {
        placed = section.image = make(section.image);
      } else if (section?.type === 'gallery' && field === 'items' && position === '+' && section.items.length < 24) {
        placed = make(undefined);
        section.items.push({ image: placed });
      } else if (section?.type === 'gallery' && field === 'items' && section.items[index]) {
        placed = section.items[index].image = make(section.items[index].image);
      } else if (section?.type === 'team' && field === 'members' && section.members[index]) {
        placed = section.members[index].photo = make(section.members[index].photo);
      }
    }
  }
  if (!placed) throw SLOT_NOT_FOUND();

  const strings = next.i18n.strings;
  for (const locale of next.i18n.locales) {
    const table = (strings[locale] ??= {});
    if (locale === alt.locale || !table[placed.altKey]) table[placed.altKey] = alt.text;
  }
  return next;
}
