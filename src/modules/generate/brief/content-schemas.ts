import { z } from 'zod';
import { patternSchema } from '@/lib/parse-content';
import { businessKinds } from '@/modules/document/site-document-schema';
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
