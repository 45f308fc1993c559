import { z } from 'zod';
import { patternSchema } from '@/lib/parse-content';
import { featureIcons } from '@/modules/document/primitives';
import { sectionTypes } from '@/modules/document/section-registry';
import { businessKinds } from '@/modules/document/site-document-schema';
import type { Bi, FaqCopy, FeatureCopy } from './kind-types';
import { kindFamilies } from './site-brief-schema';

/**
 * The schemas of the brief extractor's content files (`content/*.json`): its taxonomy of kinds
 * and the word lists it reads prompts with. Objects are strict, so a misspelt key is refused at
 * load instead of silently ignored.
 */

/**
 * Folded keyword alternatives, one per entry, matched as one alternation: `["bakery", "padarias?"]`
 * is `bakery|padarias?`. Each must compile on its own, so a stray "(" is reported where it is.
 */
export const keywordsSchema = z.array(patternSchema);

export const wordListSchema = z.array(z.string().min(1)).min(1);

/** One kind of the taxonomy; `note` says why it is there and is not part of the kind. */
export const taxonomyRowSchema = z.strictObject({
  note: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/),
  family: z.enum(kindFamilies),
  schemaKind: z.enum(businessKinds),
  noun: z.tuple([z.string().min(1), z.string().min(1), z.string().min(1), z.enum(['m', 'f'])]),
  keywords: keywordsSchema.min(1),
  copy: z.string().optional(),
  isFallback: z.boolean().optional(),
});

export const biSchema: z.ZodType<Bi> = z.tuple([z.string(), z.string()]);

export const genderSchema = z.enum(['m', 'f']);

export const sectionTypeSchema = z.enum(sectionTypes);

export const featureSchema: z.ZodType<FeatureCopy> = z.strictObject({ icon: z.enum(featureIcons), title: biSchema, text: biSchema });

export const faqSchema: z.ZodType<FaqCopy> = z.strictObject({ q: biSchema, a: biSchema });

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
