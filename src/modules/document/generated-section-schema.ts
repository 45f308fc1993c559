import { z } from 'zod';
import { arrayBounds } from './array-bounds';
import { inlineFieldName } from './find-keys-in';
import { i18nKeySchema, localeSchema, optionalImageCreditSchema } from './primitives';
import { sectionRegistry, type SectionType } from './section-registry';

/** `{ "en": "Fresh bread", "pt-BR": "Pão fresco" }`: one text per requested locale, all required. */
export function localizedTextSchema(locales: readonly string[]) {
  const shape: Record<string, z.ZodString> = {};
  for (const locale of locales) shape[locale] = z.string().min(1).max(5000);
  return z.object(shape);
}

function inlineStrings(schema: z.core.$ZodType, text: z.ZodType): z.ZodType {
  if (schema === i18nKeySchema) return text;
  if (schema instanceof z.ZodOptional) return inlineStrings(schema.unwrap(), text).optional();
  if (schema instanceof z.ZodArray) {
    const { min, max } = arrayBounds(schema);
    let array = z.array(inlineStrings(schema.element, text));
    if (min !== undefined) array = array.min(min);
    if (max !== undefined) array = array.max(max);
    return array;
  }
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    for (const [name, field] of Object.entries(schema.shape)) {
      // A photo's credit comes from the provider we copied it from, never from a model.
      if (field !== optionalImageCreditSchema) shape[inlineFieldName(name)] = inlineStrings(field, text);
    }
    return z.object(shape);
  }
  // Leaves (enums, numbers, URLs…) keep their schema; classic zod wraps every core schema.
  return schema instanceof z.ZodType ? schema : z.unknown();
}

/**
 * Schema for generating ONE section in one model call, with its texts inline: every `…Key`
 * field becomes the field without the suffix holding `{ locale: text }`, e.g.
 *
 *   { "id": "menu", "type": "menu", "title": { "en": "Menu", "pt-BR": "Cardápio" },
 *     "items": [{ "name": { "en": "Bagel", "pt-BR": "Bagel" }, "price": { "en": "$3", "pt-BR": "R$ 15" } }] }
 *
 * The model never invents keys (so it cannot reference one it forgot to translate), and guided
 * decoding forces a text for every locale. `mergeGeneratedSection` derives the keys
 * (`menu.items.0.name`) and folds the texts into the document's string table.
 *
 * `texts: 'plain'` (one locale only) makes every text a plain string, `"title": "Menu"`: the same
 * content without a `{"en": …}` wrapper per text, which a model pays for in output tokens (and
 * time) on every field. `mergeGeneratedSection` reads a plain text as the default locale's.
 */
export function generatedSectionSchema(
  type: SectionType,
  locales: readonly string[],
  options: { texts?: 'per-locale' | 'plain' } = {},
): z.ZodObject {
  const validLocales = [...new Set(locales)].filter((locale) => localeSchema.safeParse(locale).success);
  if (validLocales.length === 0) throw new RangeError('generatedSectionSchema needs at least one valid locale');
  if (options.texts === 'plain' && validLocales.length !== 1) throw new RangeError('plain texts need exactly one locale');
  const text = options.texts === 'plain' ? z.string().min(1).max(5000) : localizedTextSchema(validLocales);
  const inlined = inlineStrings(sectionRegistry[type].schema, text);
  if (!(inlined instanceof z.ZodObject)) throw new TypeError(`section schema "${type}" is not an object`);
  // Hiding a section is a person's choice in the editor, not something a model should write.
  return inlined.omit({ hidden: true });
}
