import type { featureIcons } from '@/modules/document/primitives';
import type { SectionType } from '@/modules/document/section-registry';
import type { businessKinds } from '@/modules/document/site-document-schema';
import type { PalettePreset, Theme } from '@/modules/document/theme';
import type { Landmark } from './landmark-types';

// The kinds the rule reader detects (content/kinds.json), the places it knows and the contact
// facts it reads, as the offline composer uses them; the composer's phrase-bank types build on these.

/**
 * One phrase of the bank, in its two source languages: `[english, brazilianPortuguese]`. Other
 * languages translate it in their language pack, keyed by the English side (`lang-packs.ts`).
 * Any side may hold placeholders such as `{name}`, `{inPlace}` or `{Label}` (see `template-vars.ts`).
 */
export type Bi = readonly [en: string, pt: string];

export type FeatureIcon = (typeof featureIcons)[number];
export type SchemaKind = (typeof businessKinds)[number];
export type SiteStyle = Theme['style'];

export type FeatureCopy = { icon: FeatureIcon; title: Bi; text: Bi };

export type FaqCopy = { q: Bi; a: Bi };

export type Family =
  | 'food'
  | 'beauty'
  | 'fitness'
  | 'health'
  | 'professional'
  | 'creative'
  | 'home'
  | 'learning'
  | 'tech'
  | 'retail'
  | 'hospitality'
  | 'community'
  | 'general';

export type OfferSection = 'menu' | 'services' | 'pricing';

export type KindDef = {
  id: string;
  family: Family;
  schemaKind: SchemaKind;
  /** What the business is, for `{label}`: "bakery" / "padaria" (feminine) / "panadería". */
  noun: { en: string; pt: string; es: string; gender: 'm' | 'f' };
  /** Short word for composed names: "Lisbon Bakery", "Padaria Lisboa". */
  nameWord: { en: string; pt: string; es: string };
  /** 'place' composes "Padaria Lisboa" when a place is known; 'brand' always uses `names`. */
  naming: 'place' | 'brand';
  /** Folded (lowercase, no accents) keyword alternation, matched on word boundaries. */
  keywords: string;
  sections: readonly SectionType[];
  offerSection: OfferSection;
  style: SiteStyle;
  palettes: readonly PalettePreset[];
  /** Team members get "Dr."/"Dra." where customers expect it. */
  honorific?: 'doctor' | 'counsel';
  /**
   * The phrase bank to write from when it is not the kind's own id: a kind of the brief's open
   * taxonomy either has a bank written for exactly that business or uses the generic one.
   */
  copyId?: string;
};

export type Place = {
  en: string;
  pt: string;
  /** Spanish name where it differs from the English ("Lisboa", "Nueva York"). */
  es?: string;
  /** European Portuguese name where it differs from the Brazilian ("Nova Iorque", "Madrid"). */
  ptPT?: string;
  /** ISO 3166 country code when known (prices, name pools). */
  country?: string;
  /** Portuguese takes an article before some places: "no Rio de Janeiro", "no Porto". */
  ptArticle?: 'o' | 'a' | 'os' | 'as';
};

export type Contact = {
  phone?: string;
  email?: string;
  street?: string;
  /** Where the business is when the person told it by a landmark ("perto do metro de Arroios"), not a street. */
  landmark?: Landmark;
  /** A phone was asked for without the number (read back from a document that still asks for it). */
  isPhoneAwaited?: boolean;
  /** schema.org openingHours strings ("Mo-Fr 08:00-18:00"). */
  openingHours?: string[];
  instagram?: string;
};
