import type { SectionType } from '@/modules/document/section-registry';
import type { Bi, Contact, FaqCopy, FeatureCopy, KindDef, Place } from '@/modules/brief/kind-types';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';

export type Tone = 'casual' | 'formal';

/** `needsStatedName`: only when the person named the business ("Hi, I'm {name}" needs a real name). */
export type HeroCopy = { title: Bi; subtitle: Bi; needsStatedName?: boolean };
/** `animal` lets a vegan (no meat, no dairy) or vegetarian (no meat) brief drop the item. */
export type OfferCopy = { title: Bi; text: Bi; price?: number; from?: boolean; animal?: 'meat' | 'dairy'; match?: RegExp };
export type PlanCopy = { name: Bi; price: number; period: Bi; description: Bi; features: readonly Bi[]; featured?: boolean };
/** `gender` when the Portuguese quote or role is gendered ("Não sou vegana"), so the signature fits. */
export type QuoteCopy = { quote: Bi; role: Bi; gender?: 'f' | 'm' };
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
