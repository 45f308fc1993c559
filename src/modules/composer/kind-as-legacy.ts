import type { SectionType } from '@/modules/document/section-registry';
import type { PalettePreset } from '@/modules/document/theme';
import { kindById } from '@/modules/brief/kinds';
import type { KindDef, OfferSection, SiteStyle } from '@/modules/brief/kind-types';
import type { KindFamily } from '@/modules/brief/site-brief-schema';
import type { TaxonomyKind } from '@/modules/brief/taxonomy-types';

type Profile = { sections: SectionType[]; offerSection: OfferSection; style: SiteStyle; palettes: PalettePreset[] };

// What a kind without its own phrase bank looks like, by family. No testimonials, numbers or
// team by default: those are facts a generator cannot know (they join only when asked for,
// as marked samples).
const PROFILES: Record<KindFamily, Profile> = {
  food: {
    sections: ['hero', 'features', 'about', 'menu', 'faq', 'cta', 'contact', 'footer'],
    offerSection: 'menu',
    style: 'playful',
    palettes: ['sunrise', 'sand', 'blush'],
  },
  beauty: {
    sections: ['hero', 'services', 'features', 'about', 'faq', 'cta', 'contact', 'footer'],
    offerSection: 'services',
    style: 'elegant',
    palettes: ['blush', 'sand'],
  },
  fitness: {
    sections: ['hero', 'features', 'services', 'about', 'faq', 'cta', 'contact', 'footer'],
    offerSection: 'services',
    style: 'bold',
    palettes: ['midnight', 'citrus', 'ocean'],
  },
  health: {
    sections: ['hero', 'services', 'features', 'about', 'faq', 'contact', 'footer'],
    offerSection: 'services',
    style: 'minimal',
    palettes: ['ocean', 'forest', 'slate'],
  },
  professional: {
    sections: ['hero', 'services', 'about', 'faq', 'cta', 'contact', 'footer'],
    offerSection: 'services',
    style: 'minimal',
    palettes: ['slate', 'ocean', 'sand'],
  },
  creative: {
    sections: ['hero', 'about', 'services', 'faq', 'contact', 'footer'],
    offerSection: 'services',
    style: 'elegant',
    palettes: ['sand', 'midnight', 'blush'],
  },
  home: {
    sections: ['hero', 'services', 'features', 'about', 'faq', 'cta', 'contact', 'footer'],
    offerSection: 'services',
    style: 'bold',
    palettes: ['ocean', 'citrus', 'slate'],
  },
  learning: {
    sections: ['hero', 'features', 'services', 'about', 'faq', 'cta', 'contact', 'footer'],
    offerSection: 'services',
    style: 'playful',
    palettes: ['ocean', 'citrus', 'sunrise'],
  },
  tech: {
    sections: ['hero', 'features', 'about', 'faq', 'cta', 'contact', 'footer'],
    offerSection: 'services',
    style: 'minimal',
    palettes: ['slate', 'midnight', 'ocean'],
  },
  retail: {
    sections: ['hero', 'features', 'services', 'about', 'faq', 'contact', 'footer'],
    offerSection: 'services',
    style: 'playful',
    palettes: ['blush', 'citrus', 'sand'],
  },
  hospitality: {
    sections: ['hero', 'features', 'about', 'services', 'faq', 'cta', 'contact', 'footer'],
    offerSection: 'services',
    style: 'elegant',
    palettes: ['ocean', 'sand', 'forest'],
  },
  community: {
    sections: ['hero', 'about', 'features', 'cta', 'contact', 'footer'],
    offerSection: 'services',
    style: 'minimal',
    palettes: ['forest', 'sunrise', 'ocean'],
  },
  general: {
    sections: ['hero', 'services', 'features', 'about', 'faq', 'cta', 'contact', 'footer'],
    offerSection: 'services',
    style: 'minimal',
    palettes: ['slate', 'ocean', 'forest'],
  },
};

const INVENTED: readonly SectionType[] = ['testimonials', 'stats', 'team'];

/** A taxonomy kind as the offline composer's kind definition (sections, style, phrase bank). */
export function kindAsLegacy(kind: TaxonomyKind): KindDef {
  const bankKind = kind.copy ? kindById(kind.copy) : undefined;
  const profile = PROFILES[kind.family];
  const cap = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);
  return {
    id: kind.id,
    copyId: kind.copy ?? 'generic',
    family: kind.family,
    schemaKind: kind.schemaKind,
    // A kind with its own phrase bank keeps that bank's noun, which the bank's phrases were written around.
    noun: bankKind?.noun ?? kind.noun,
    nameWord: bankKind?.nameWord ?? { en: cap(kind.noun.en), pt: cap(kind.noun.pt), es: cap(kind.noun.es) },
    naming: bankKind?.naming ?? 'place',
    keywords: kind.keywords,
    sections: (bankKind?.sections ?? profile.sections).filter((type) => !INVENTED.includes(type)),
    offerSection: bankKind?.offerSection ?? profile.offerSection,
    style: bankKind?.style ?? profile.style,
    palettes: bankKind?.palettes ?? profile.palettes,
    ...(bankKind?.honorific ? { honorific: bankKind.honorific } : kind.id === 'law-firm' ? { honorific: 'counsel' as const } : {}),
  };
}
