import { z } from 'zod';
import { patternSchema } from '@/lib/parse-content';
import { featureIcons } from '@/modules/document/primitives';
import { sectionTypes } from '@/modules/document/section-registry';
import { businessKinds } from '@/modules/document/site-document-schema';
import { palettePresetNames, themeSchema } from '@/modules/document/theme';
import { kindFamilies } from '../brief/site-brief-schema';
import { textLangs, type LangPack } from './languages';
import type { Bi, Family, FamilyCopy, FaqCopy, FeatureCopy, HeroCopy, KindCopy, OfferCopy, PlanCopy, QuoteCopy, StatCopy } from './types';

/**
 * The schemas of the offline composer's content files (`bank/*.json`, `bank/lang/*.json`,
 * `content/*.json`), each mirroring the TypeScript type the code reads. Objects are strict, so a
 * misspelt key ("ofers") is refused at load instead of silently ignored.
 */

export const biSchema: z.ZodType<Bi> = z.tuple([z.string(), z.string()]);
const genderSchema = z.enum(['m', 'f']);
export const sectionTypeSchema = z.enum(sectionTypes);
// The brief's families and the composer's are the same list (one source: the brief's schema).
const familySchema: z.ZodType<Family> = z.enum(kindFamilies);

/** A regular expression written as its source ("casament|wedding"), compiled at load. */
const regExpSchema = z.string().transform((source, context) => {
  try {
    return new RegExp(source);
  } catch (error) {
    context.addIssue({ code: 'custom', message: `not a regular expression: ${(error as Error).message}` });
    return z.NEVER;
  }
});

/**
 * Keyword alternatives, one per entry, matched as one alternation: `["bakery", "padarias?"]` is
 * `bakery|padarias?`. Each must compile on its own, so a stray "(" is reported where it is.
 */
export const keywordsSchema = z.array(patternSchema);

const heroSchema: z.ZodType<HeroCopy> = z.strictObject({ title: biSchema, subtitle: biSchema, needsStatedName: z.boolean().optional() });
export const featureSchema: z.ZodType<FeatureCopy> = z.strictObject({ icon: z.enum(featureIcons), title: biSchema, text: biSchema });
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
export const faqSchema: z.ZodType<FaqCopy> = z.strictObject({ q: biSchema, a: biSchema });
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

/** One kind of the composer (`content/kinds.json`); the loader turns the tuples into `KindDef`'s objects. */
export const kindRowSchema = z.strictObject({
  id: z.string().min(1),
  family: familySchema,
  schemaKind: z.enum(businessKinds),
  noun: z.tuple([z.string(), z.string(), z.string(), genderSchema]),
  nameWord: z.tuple([z.string(), z.string(), z.string()]),
  naming: z.enum(['place', 'brand']),
  keywords: keywordsSchema,
  /** A list, or the name of one of the file's `sectionPlans`. */
  sections: z.union([z.string(), z.array(sectionTypeSchema)]),
  offerSection: z.enum(['menu', 'services', 'pricing']),
  style: themeSchema.shape.style,
  palettes: z.array(z.enum(palettePresetNames)).min(1),
  honorific: z.enum(['doctor', 'counsel']).optional(),
  copyId: z.string().optional(),
});

export const kindsFileSchema = z
  .strictObject({
    sectionPlans: z.record(z.string(), z.array(sectionTypeSchema)),
    kinds: z.array(kindRowSchema),
    generic: kindRowSchema,
  })
  .superRefine((file, context) => {
    const rows = [
      ...file.kinds.map((row, index) => ({ row, path: ['kinds', index, 'sections'] })),
      { row: file.generic, path: ['generic', 'sections'] },
    ];
    for (const { row, path } of rows) {
      if (typeof row.sections === 'string' && !Object.hasOwn(file.sectionPlans, row.sections)) {
        context.addIssue({ code: 'custom', path, message: `no section plan named "${row.sections}"` });
      }
    }
  });

export const hintRowSchema = z.strictObject({
  id: z.string().min(1),
  keywords: keywordsSchema.min(1),
  feature: featureSchema,
  faq: faqSchema.optional(),
  ignoreFor: z.array(z.string()).optional(),
  replaces: z.array(z.string()).optional(),
});

/** A gazetteer entry; `note` says why it is there and is not part of the entry. */
export const placeRowSchema = z.strictObject({
  note: z.string().optional(),
  en: z.string().min(1),
  pt: z.string().min(1),
  es: z.string().min(1).optional(),
  ptPT: z.string().min(1).optional(),
  country: z.string().regex(/^[A-Z]{2}$/),
  ptArticle: z.enum(['o', 'a', 'os', 'as']).optional(),
  aliases: z.array(z.string().min(1)).optional(),
  isAmbiguous: z.boolean().optional(),
});

export const wordListSchema = z.array(z.string().min(1));
