import type { featureIcons } from '@/modules/document/primitives';
import type { SectionType } from '@/modules/document/section-registry';
import type { businessKinds } from '@/modules/document/site-document-schema';
import type { PalettePreset, Theme } from '@/modules/document/theme';
import type { Landmark } from '../brief/landmark-types';
import type { SiteBrief } from '../brief/site-brief-schema';

/**
 * One phrase of the bank, in its two source languages: `[english, brazilianPortuguese]`. Other
 * languages translate it in their language pack, keyed by the English side (`lang-packs.ts`).
 * Any side may hold placeholders such as `{name}`, `{inPlace}` or `{Label}` (see `template-vars.ts`).
 */
export type Bi = readonly [en: string, pt: string];

export type FeatureIcon = (typeof featureIcons)[number];
export type SchemaKind = (typeof businessKinds)[number];
export type SiteStyle = Theme['style'];
export type Tone = 'casual' | 'formal';

/** `needsStatedName`: only when the person named the business ("Hi, I'm {name}" needs a real name). */
export type HeroCopy = { title: Bi; subtitle: Bi; needsStatedName?: boolean };
export type FeatureCopy = { icon: FeatureIcon; title: Bi; text: Bi };
/** `animal` lets a vegan (no meat, no dairy) or vegetarian (no meat) brief drop the item. */
export type OfferCopy = { title: Bi; text: Bi; price?: number; from?: boolean; animal?: 'meat' | 'dairy'; match?: RegExp };
export type PlanCopy = { name: Bi; price: number; period: Bi; description: Bi; features: readonly Bi[]; featured?: boolean };
/** `gender` when the Portuguese quote or role is gendered ("Não sou vegana"), so the signature fits. */
export type QuoteCopy = { quote: Bi; role: Bi; gender?: 'f' | 'm' };
export type FaqCopy = { q: Bi; a: Bi };
export type StatCopy = { value: Bi; label: Bi };

/** The phrase bank of one business kind. Prices are in US dollars; `price-text.ts` converts. */
export type KindCopy = {
  /** Brand names used when the prompt names nothing and gives no place. */
  names: readonly Bi[];
  heroes: readonly HeroCopy[];
  /** Label of the hero button that jumps to the offer section (menu, services, plans). */
  action: Bi;
  features: readonly FeatureCopy[];
  offersTitle: Bi;
  offersIntro: Bi;
  offers: readonly OfferCopy[];
  offersNote?: Bi;
  plans?: readonly PlanCopy[];
  about: Bi;
  quotes: readonly QuoteCopy[];
  faq: readonly FaqCopy[];
  /** Roles for the team section, most senior first; `gender` when the Portuguese role is gendered. */
  team?: readonly { role: Bi; gender?: 'f' | 'm' }[];
  /** Replaces "{Label}" (eyebrow, SEO title, tagline) when the kind's noun reads badly there. */
  label?: Bi;
  /** Replace the family's texts when they do not fit (a one-person portfolio says "I", not "we"). */
  contactIntro?: Bi;
  cta?: { title: Bi; text: Bi; button: Bi };
  /** Section titles that read better for this kind than the generic ones. */
  headings?: Partial<Record<SectionType, Bi>>;
};

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

/** Copy shared by the kinds of one family (things a bakery and a bar say alike). */
export type FamilyCopy = {
  stats: readonly StatCopy[];
  faq: readonly FaqCopy[];
  cta: { title: Bi; text: Bi; button: Bi };
  formalHero: HeroCopy;
  formalCta: { title: Bi; text: Bi; button: Bi };
  /** Hero secondary button, pointing at the contact section. */
  contactAction: Bi;
  contactIntro: Bi;
  form: 'message' | 'booking' | 'quote';
  /** Alt texts of the family's stock photos (`/stock/<family>-<n>.svg`, drawn by render/stock-art.ts). */
  gallery: readonly Bi[];
  /** Plans for a pricing section when the kind has none; empty means the general family's. */
  plans: readonly PlanCopy[];
};

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

export type PeopleLang = 'en' | 'pt' | 'es';

/** Everything the composer knows about the business, extracted from a prompt or a document. */
export type Brief = {
  name: string;
  /** False when the name was composed by us ("Lisbon Vegan Bakery"). */
  isNameStated: boolean;
  kind: KindDef;
  place?: Place;
  hints: readonly string[];
  contact: Contact;
  /** Folded prompt text; offers whose `match` hits it come first ("trabalhista" → labour law). */
  focus: string;
  currency: 'USD' | 'BRL' | 'EUR' | 'GBP';
  people: PeopleLang;
  /** The brief this was read from: its facts (hours, WhatsApp, PIX, prices, people) are used verbatim. */
  site?: SiteBrief;
};
