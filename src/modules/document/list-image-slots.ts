import type { ImageRef } from './primitives';
import type { SiteDocument } from './site-document-schema';

/** Where a picture can go; the build picks widths and `sizes` per kind (render/image-slots.ts). */
export type ImageSlotKind = 'hero' | 'about' | 'gallery' | 'team' | 'cover' | 'social' | 'logo' | 'icon';

export type ImageSlot = {
  /** Stable while the document's structure stays: 'logo', 'social', '0/hero/image', '0/gallery/items/2', '0/gallery/items/+'. */
  id: string;
  kind: ImageSlotKind;
  /** The page (by slug) and section the slot belongs to, for labels. */
  pageSlug?: string;
  sectionId?: string;
  /** 0-based position in a gallery or team. */
  index?: number;
  /** The picture there now (social images have a URL only, no alt). */
  image: ImageRef | null;
  /** For `items/+`: appending a new gallery picture, not replacing one. */
  isNew?: boolean;
  /** Text of the section (default locale), for alt suggestions. */
  context: string[];
};

const MAX_GALLERY = 24;

/**
 * Every place of the document a photo can go: logo, tab icon, social image, each page's hero,
 * about, gallery pictures (and one "add a picture" per gallery), team photos and post covers.
 */
export function listImageSlots(document: SiteDocument): ImageSlot[] {
  const strings = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  const text = (...keys: (string | undefined)[]) => keys.map((key) => (key ? strings[key] : undefined)).filter((v): v is string => !!v);
  const siteName = text(document.site.nameKey);
  const slots: ImageSlot[] = [
    { id: 'logo', kind: 'logo', image: document.site.logo ?? null, context: siteName },
    { id: 'icon', kind: 'icon', image: document.site.icon ?? null, context: siteName },
    {
      id: 'social',
      kind: 'social',
      image: document.seo.socialImage ? { src: document.seo.socialImage, altKey: document.seo.titleKey, width: 1200, height: 630 } : null,
      context: text(document.seo.titleKey),
    },
  ];
  document.pages.forEach((page, pageIndex) => {
    const pageSlug = page.slug;
    if (page.kind === 'post') {
      slots.push({ id: `${pageIndex}/cover`, kind: 'cover', pageSlug, image: page.post?.cover ?? null, context: text(page.titleKey) });
    }
    for (const section of page.sections) {
      const base = { pageSlug, sectionId: section.id };
      const prefix = `${pageIndex}/${section.id}`;
      if (section.type === 'hero' || section.type === 'about') {
        const context = text(section.titleKey, section.type === 'hero' ? section.subtitleKey : section.bodyKey);
        slots.push({ id: `${prefix}/image`, kind: section.type, ...base, image: section.image ?? null, context });
      } else if (section.type === 'gallery') {
        section.items.forEach((item, index) => {
          const context = text(item.captionKey, section.titleKey);
          slots.push({ id: `${prefix}/items/${index}`, kind: 'gallery', ...base, index, image: item.image, context });
        });
        if (section.items.length < MAX_GALLERY) {
          const context = text(section.titleKey, section.introKey);
          slots.push({ id: `${prefix}/items/+`, kind: 'gallery', ...base, index: section.items.length, image: null, isNew: true, context });
        }
      } else if (section.type === 'team') {
        section.members.forEach((member, index) => {
          const context = text(member.nameKey, member.roleKey);
          slots.push({ id: `${prefix}/members/${index}`, kind: 'team', ...base, index, image: member.photo ?? null, context });
        });
      }
    }
  });
  return slots;
}
