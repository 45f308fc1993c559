import { z } from 'zod';
import { businessKinds } from '@/modules/document/site-document-schema';
import { localeSchema } from '@/modules/document/primitives';
import { standardFieldNames } from '@/modules/document/lead-forms';

/**
 * What a generation understood from the person's prompt, before writing anything: the
 * contract between the prompt, the composer (offline or model), the brief check and the studio
 * (which shows it and lets the person correct it). Plain JSON, stored with the generation so
 * "regenerate" starts from it. Browser-safe: zod and plain data only.
 */

/** Features a person can ask for; each one must become a working element of the site. */
export const briefFeatures = [
  'hours',
  'whatsapp',
  'phone',
  'email',
  'map',
  'booking',
  'menu',
  'pricing',
  'quote',
  'newsletter',
  'blog',
  'donation',
  'delivery',
  'social',
  'gallery',
  'team',
  'faq',
  'testimonials',
] as const;
export type BriefFeature = (typeof briefFeatures)[number];

export const kindFamilies = [
  'food',
  'beauty',
  'fitness',
  'health',
  'professional',
  'creative',
  'home',
  'learning',
  'tech',
  'retail',
  'hospitality',
  'community',
  'general',
] as const;

/**
 * How sure the brief is of its kind: `certain` when a kind of the taxonomy names what the person
 * said the business is; `near` when only a neighbouring kind or a family fits; `none` when
 * nothing does. Kind-specific copy is used only when certain; the site is written from the
 * person's own words in every case.
 */
export const kindConfidences = ['certain', 'near', 'none'] as const;
export type KindConfidence = (typeof kindConfidences)[number];

/** What a thing the person named is, for where it goes on the page. */
// 'question': a question the person wants answered on the site, with their answer in parentheses
// when they gave it ("se faz sujidade (não, uso aspirador industrial)").
// 'exclusion': what the business says it does not do ("não faço roupa sob medida", "we don't move
// pianos"): a list of its own on the page, never a card or a sentence of the About text.
/**
 * How many things of a prompt a brief keeps, and how many it lists as not used: a long, rambling
 * prompt (500 words, a price list, an area, asides) says more than 30 — its last paragraphs (the
 * season, "moles come back") were cut off. Briefs saved with fewer stay valid.
 */
export const MAX_BRIEF_ITEMS = 60;

export const itemRoles = ['offering', 'audience', 'credential', 'schedule', 'channel', 'topic', 'detail', 'question', 'exclusion'] as const;
export type ItemRole = (typeof itemRoles)[number];

/**
 * Why words of the prompt are not on the page: they were about the site, its look, its languages, a
 * feature, or a greeting; or said to us rather than to visitors ('aside': "minha neta falou que…",
 * "no badges or logos", "pode ser o meu nome mesmo" — sort-details).
 */
export const unusedReasons = ['site', 'style', 'feature', 'language', 'filler', 'aside'] as const;
export type UnusedReason = (typeof unusedReasons)[number];

export const briefItemSchema = z.object({
  /** In the person's words ("conserto de pneu de carro, moto e caminhão", "trivia night every Tuesday"). */
  text: z.string().min(1).max(160),
  role: z.enum(itemRoles),
  /** A feature the person's words are about ("galeria de trabalhos" → gallery): the section takes them. */
  feature: z.enum(briefFeatures).optional(),
});
export type BriefItem = z.infer<typeof briefItemSchema>;

/** Facts the studio asks for inline when a feature needs them (and the prompt did not give them). */
export const askedFacts = ['hours', 'phone', 'donation', 'address', 'prices'] as const;
export type AskedFact = (typeof askedFacts)[number];

export const briefPriceSchema = z.object({
  /** As the prompt wrote it ("R$ 45", "9,50 €", "$25"). */
  text: z.string().max(40),
  amount: z.number().nonnegative(),
  currency: z.string().length(3),
  /** What it is the price of, when the prompt says ("corte", "Pro", "monthly"). */
  label: z.string().max(80).optional(),
  /** "/mês", "a week": a recurring price. */
  period: z.enum(['hour', 'day', 'week', 'month', 'year']).optional(),
  /** What the amount is per, in the person's words, when it is not a period ("per head", "o kg", "/lb"). */
  unit: z.string().max(60).optional(),
  /** A starting price: "from $850", "a partir de 140 €", "desde $15.000". */
  isFrom: z.boolean().optional(),
  /** A range's top: "de 4 a 8 €", "$4 to $8", "entre 30 e 50 euros" is `amount` up to this. */
  upTo: z.number().nonnegative().optional(),
});
export type BriefPrice = z.infer<typeof briefPriceSchema>;

export const siteBriefSchema = z.object({
  version: z.literal(1),
  /** The business name the prompt states; null when it states none (we never take a place or a generic word). */
  name: z.string().min(1).max(80).nullable(),
  kind: z.object({
    /** An open taxonomy: our ids ("pet-grooming") offline, or a model's own kebab-case words. */
    id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
    family: z.enum(kindFamilies),
    schemaKind: z.enum(businessKinds),
    /** The kind in each language we write ("dog grooming" / "banho e tosa" / "peluquería canina"). */
    label: z.object({ en: z.string().max(60), pt: z.string().max(60), es: z.string().max(60) }),
    /** True when no known kind matched and the family's words stand in. */
    isFallback: z.boolean(),
    /** Absent in briefs saved before issue 31, whose kind was always used as certain. */
    confidence: z.enum(kindConfidences).optional(),
  }),
  /** What the business is, in the person's words ("vegan bakery", "industrial ball and butterfly valves"). */
  what: z.string().max(120).optional(),
  /** One person is the business ("Sou doula…"): the site speaks in the first person singular. */
  isSolo: z.boolean().optional(),
  /**
   * The writer speaks as one person throughout ("arreglo…, mi viejo…"): the site speaks in the first
   * person singular too — though the business is not named after them, as a solo one may be.
   */
  speaksAlone: z.boolean().optional(),
  /** The business makes what it is ("We make valves", "fabricamos uniformes"), rather than doing a service: "What we make". */
  isWhatMade: z.boolean().optional(),
  /** Everything the person named, in their words: each becomes part of the page. */
  items: z.array(briefItemSchema).max(MAX_BRIEF_ITEMS).optional(),
  /** Words of the prompt the page does not carry, and why (they were about the site, its look…). */
  unused: z
    .array(z.object({ words: z.string().min(1).max(160), why: z.enum(unusedReasons) }))
    .max(MAX_BRIEF_ITEMS)
    .optional(),
  location: z
    .object({
      /** The city or area as the prompt names it. */
      text: z.string().max(80),
      /** ISO 3166 country, when known. */
      country: z.string().length(2).optional(),
    })
    .nullable(),
  /** Site languages, default first: from the prompt's language, the languages it asks for and the location. */
  languages: z.array(localeSchema).min(1).max(6),
  /** The prompt's own language (en, es, pt-BR, pt-PT). */
  promptLanguage: localeSchema,
  audience: z.string().max(120).nullable(),
  tone: z.enum(['casual', 'formal']),
  features: z.array(z.enum(briefFeatures)),
  facts: z.object({
    phones: z.array(z.string().max(40)).max(4),
    /** The number to use for wa.me links (international digits), when one is given. */
    whatsapp: z
      .string()
      .regex(/^\d{8,15}$/)
      .optional(),
    /**
     * The only way the person wants to be reached, when they say so ("só atendo pelo WhatsApp"):
     * the site then offers the chat, never a phone-call link or a form to wait on.
     */
    reachOnly: z.enum(['whatsapp', 'sms']).optional(),
    /** The person refuses a form ("não quero formulários de contacto"): the site has none; people call or write. */
    noForm: z.literal(true).optional(),
    /** The phone takes text messages too ("text or call (507) 555-…"): the site offers an sms: link. */
    textMessages: z.boolean().optional(),
    emails: z.array(z.string().max(254)).max(4),
    address: z.string().max(160).optional(),
    /**
     * Where the business is, told by a landmark rather than a street address, in the prompt's
     * words ("perto do metro de Arroios", "next to the old market"): shown with a map link to it.
     */
    landmark: z.string().max(120).optional(),
    /** schema.org openingHours ("Mo-Fr 08:00-18:00"). */
    openingHours: z.array(z.string().max(40)).max(14).optional(),
    prices: z.array(briefPriceSchema).max(12),
    /** People the prompt names (owners, staff): used verbatim, never invented. */
    people: z.array(z.string().max(80)).max(12),
    /** Whom to ask for, as the prompt said ("falar com o Neno" → Neno): shown beside the contact details. */
    contactPerson: z.string().max(80).optional(),
    /** Who writes, by the full name they introduced themselves with ("Meu nome é Geraldo Resende"). */
    owner: z.string().max(80).optional(),
    /** The ways to pay the prompt names, in its words, one per clause ("Pix, cartão em até 6x"): a line of the contact details. */
    payments: z.array(z.string().min(1).max(120)).max(4).optional(),
    pixKey: z.string().max(120).optional(),
    donationUrl: z.string().max(300).optional(),
    instagram: z.string().max(40).optional(),
    /** Offerings the prompt lists ("implantes e clareamento"), in its own words. */
    offerings: z.array(z.string().max(80)).max(12),
  }),
  /**
   * What the person asked their form to ask, in their words and in their order ("data da festa",
   * "número de convidados"): each becomes a field of the site's form, labelled with their words;
   * `field` is the lead form's own field when it is one (a date, a phone), else null (their question).
   */
  formFields: z
    .array(
      z.object({
        text: z.string().min(1).max(60),
        field: z.enum(standardFieldNames).nullable(),
        /** The answers to choose from, as listed ("branca, crua ou colorida"): a question of theirs shown as a choice. */
        options: z.array(z.string().min(1).max(40)).min(2).max(8).optional(),
      }),
    )
    .max(8)
    .optional(),
  /**
   * What the form the person asked for by name is for ("quote form please: …", "formulário de
   * orçamento com …"): that form, whatever else the prompt says of bookings or quotes.
   */
  formPurpose: z.enum(['quote', 'booking']).optional(),
  /** Customers' words the person quoted ("… (Dona Marli, Águas Mornas)"): shown as given, never as samples. */
  testimonials: z
    .array(z.object({ quote: z.string().min(1).max(400), author: z.string().max(80).nullable() }))
    .max(6)
    .optional(),
  /** Advertising rules the copy follows, and why (OAB for lawyers, CFM/CFO for health in Brazil…). */
  regulated: z
    .object({
      profession: z.enum(['law', 'health']),
      code: z.string().max(40),
      avoid: z.array(z.enum(['testimonials', 'result-promises', 'price-promotions'])),
      why: z.string().max(300),
    })
    .nullable(),
  /** One line per decision the studio can show ("Portugal → European Portuguese"). */
  notes: z.array(z.string().max(200)).max(20),
});

export type SiteBrief = z.infer<typeof siteBriefSchema>;
export type KindFamily = (typeof kindFamilies)[number];
