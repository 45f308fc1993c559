import { z } from 'zod';
import { palettePresetNames, themeSchema } from '@/modules/document/theme';
import { biSchema, faqSchema, featureSchema, genderSchema, sectionTypeSchema } from '@/modules/brief/content-schemas';
import { textLangs, type LangPack } from '@/modules/brief/languages';
import { kindFamilies } from '@/modules/brief/site-brief-schema';
import type { FamilyCopy, HeroCopy, KindCopy, OfferCopy, PlanCopy, QuoteCopy, StatCopy } from './types';

/**
 * The schemas of the offline composer's content files (`bank/*.json`, `bank/lang/*.json`,
 * `content/*.json`), each mirroring the TypeScript type the code reads. Objects are strict, so a
 * misspelt key ("ofers") is refused at load instead of silently ignored.
 */

/** A regular expression written as its source ("casament|wedding"), compiled at load. */
const regExpSchema = z.string().transform((source, context) => {
  try {
    return new RegExp(source);
  } catch (error) {
    context.addIssue({ code: 'custom', message: `not a regular expression: ${(error as Error).message}` });
    return z.NEVER;
  }
});

const heroSchema: z.ZodType<HeroCopy> = z.strictObject({ title: biSchema, subtitle: biSchema, needsStatedName: z.boolean().optional() });
const offerSchema: z.ZodType<OfferCopy> = z.strictObject({
  title: biSchema,
  text: biSchema,
  price: z.number().nonnegative().optional(),
  from: z.boolean().optional(),
  animal: z.enum(['meat', 'dairy']).optional(),
  match: regExpSchema.optional(),
});
const planSchema: z.ZodType<PlanCopy> = z.strictObject({
  name: biSchema,
  price: z.number().nonnegative(),
  period: biSchema,
  description: biSchema,
  features: z.array(biSchema),
  featured: z.boolean().optional(),
});
const quoteSchema: z.ZodType<QuoteCopy> = z.strictObject({ quote: biSchema, role: biSchema, gender: genderSchema.optional() });
const statSchema: z.ZodType<StatCopy> = z.strictObject({ value: biSchema, label: biSchema });
const ctaSchema = z.strictObject({ title: biSchema, text: biSchema, button: biSchema });

/** The phrase bank of one business kind (`KindCopy`). */
export const kindCopySchema: z.ZodType<KindCopy> = z.strictObject({
  names: z.array(biSchema),
  heroes: z.array(heroSchema).min(1),
  action: biSchema,
  features: z.array(featureSchema),
  offersTitle: biSchema,
  offersIntro: biSchema,
  offers: z.array(offerSchema),
  offersNote: biSchema.optional(),
  plans: z.array(planSchema).optional(),
  about: biSchema,
  quotes: z.array(quoteSchema),
  faq: z.array(faqSchema),
  team: z.array(z.strictObject({ role: biSchema, gender: genderSchema.optional() })).optional(),
  label: biSchema.optional(),
  contactIntro: biSchema.optional(),
  cta: ctaSchema.optional(),
  headings: z.partialRecord(sectionTypeSchema, biSchema).optional(),
});

/** The copy shared by the kinds of one family (`FamilyCopy`). */
export const familyCopySchema: z.ZodType<FamilyCopy> = z.strictObject({
  stats: z.array(statSchema),
  faq: z.array(faqSchema),
  cta: ctaSchema,
  formalHero: heroSchema,
  formalCta: ctaSchema,
  contactAction: biSchema,
  contactIntro: biSchema,
  form: z.enum(['message', 'booking', 'quote']),
  gallery: z.array(biSchema),
  plans: z.array(planSchema),
});

/** A file of banks by name (`{ "bakery": {…}, "bar": {…} }`): exactly the names its module exports. */
export function banksSchema<const Name extends string, Schema extends z.ZodType>(schema: Schema, names: readonly Name[]) {
  return z.strictObject(Object.fromEntries(names.map((name) => [name, schema])) as Record<Name, Schema>);
}

export const personSchema = z.strictObject({ name: z.string().min(1), gender: genderSchema });
export const postSchema = z.strictObject({ slug: z.string().regex(/^[a-z0-9-]+$/), title: biSchema, excerpt: biSchema, body: biSchema });

const byArticleSchema = z.strictObject({ none: z.string(), o: z.string(), a: z.string(), os: z.string(), as: z.string() });

/** A language pack without its phrase table, which has a file of its own (`LangPack`). */
export const langPackSchema: z.ZodType<Omit<LangPack, 'phrases'>> = z.strictObject({
  lang: z.enum(textLangs),
  intl: z.string().min(2),
  agreement: z.strictObject({ m: z.record(z.string(), z.string()), f: z.record(z.string(), z.string()) }),
  inPlace: byArticleSchema,
  ofPlace: byArticleSchema,
  thePlace: byArticleSchema,
  placeForms: z.array(z.enum(['en', 'pt', 'ptPT', 'es'])).min(1),
  nouns: z.record(z.string(), z.tuple([z.string(), genderSchema, z.string().optional()])).optional(),
  adjectives: z.record(z.string(), z.tuple([z.string(), z.string()])).optional(),
  isAdjectiveFirst: z.boolean(),
  titles: z.strictObject({ doctor: z.tuple([z.string(), z.string()]).optional(), counsel: z.tuple([z.string(), z.string()]).optional() }),
  days: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string(), z.string(), z.string()]),
  clock: z.enum(['12h', 'h', '24h']),
});

/** The phrase bank in one language, by its English source text. */
export const phraseTableSchema = z.record(z.string().min(1), z.string().min(1));

/**
 * What a site written from one phrase bank looks like (`content/bank-sites.json`): the noun and
 * name word its phrases were written around, its sections, offer section, style and palettes.
 * Keyed by bank id (a taxonomy kind's `copy`); these are not kinds — the taxonomy is the only
 * list of kinds, and a kind without a bank of its own takes its family's shape.
 */
export const bankSiteSchema = z.strictObject({
  noun: z.tuple([z.string().min(1), z.string().min(1), z.string().min(1), genderSchema]),
  nameWord: z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)]),
  naming: z.enum(['place', 'brand']),
  /** A list, or the name of one of the file's `sectionPlans`. */
  sections: z.union([z.string(), z.array(sectionTypeSchema)]),
  offerSection: z.enum(['menu', 'services', 'pricing']),
  style: themeSchema.shape.style,
  palettes: z.array(z.enum(palettePresetNames)).min(1),
  honorific: z.enum(['doctor', 'counsel']).optional(),
});

const familySiteSchema = bankSiteSchema.pick({ offerSection: true, style: true, palettes: true }).extend({
  sections: z.array(sectionTypeSchema).min(1),
});

export const bankSitesFileSchema = z
  .strictObject({
    note: z.string().optional(),
    families: z.record(z.enum(kindFamilies), familySiteSchema),
    sectionPlans: z.record(z.string(), z.array(sectionTypeSchema)),
    banks: z.record(z.string(), bankSiteSchema),
  })
  .superRefine((file, context) => {
    for (const [id, bank] of Object.entries(file.banks)) {
      if (typeof bank.sections === 'string' && !Object.hasOwn(file.sectionPlans, bank.sections)) {
        context.addIssue({ code: 'custom', path: ['banks', id, 'sections'], message: `no section plan named "${bank.sections}"` });
      }
    }
  });
