import { z } from 'zod';
import { arrayBounds } from '@/modules/document/array-bounds';
import { generatedSectionSchema } from '@/modules/document/generated-section-schema';
import type { SectionType } from '@/modules/document/section-registry';
import { typesWithChosenVariant } from '@/modules/composer/choose-section-variant';
import { HERO_BUTTONS } from './with-hero-targets';

const IMAGE_FIELDS = ['alt', 'height', 'src', 'width'];

function isInlinedImage(schema: z.core.$ZodType): boolean {
  return schema instanceof z.ZodObject && Object.keys(schema.shape).sort().join() === IMAGE_FIELDS.join();
}

/**
 * Drops optional images: we have no photo source, so a model asked for one invents a URL that
 * would render as a broken image. Required images (gallery) stay; repair keeps their URLs safe.
 */
function withoutOptionalImages(schema: z.core.$ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional) return withoutOptionalImages(schema.unwrap()).optional();
  if (schema instanceof z.ZodArray) {
    const { min, max } = arrayBounds(schema);
    let array = z.array(withoutOptionalImages(schema.element));
    if (min !== undefined) array = array.min(min);
    if (max !== undefined) array = array.max(max);
    return array;
  }
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    for (const [name, field] of Object.entries(schema.shape)) {
      if (field instanceof z.ZodOptional && isInlinedImage(field.unwrap())) continue;
      shape[name] = withoutOptionalImages(field);
    }
    return z.object(shape);
  }
  // Leaves keep their schema; classic zod wraps every core schema.
  return schema instanceof z.ZodType ? schema : z.unknown();
}

/**
 * Whether section calls for these site locales write texts as plain strings rather than
 * `{ locale: text }`: a one-language site has nothing to key by locale, and the wrapper costs
 * ~3–6 output tokens per text (a tenth of a typical section; bench:generate measures it).
 */
export function sectionTextsArePlain(locales: readonly string[]): boolean {
  return new Set(locales).size === 1;
}

/** The hero's buttons with their labels only: where they lead is ours (with-hero-targets.ts). */
function withoutHeroHrefs(schema: z.ZodObject): z.ZodObject {
  const shape: Record<string, z.core.$ZodType> = {};
  for (const name of HERO_BUTTONS) {
    const field = schema.shape[name];
    const button = field instanceof z.ZodOptional ? field.unwrap() : field;
    if (button instanceof z.ZodObject && 'href' in button.shape) shape[name] = button.omit({ href: true }).optional();
  }
  return schema.extend(shape);
}

/**
 * The schema one section call answers with: `generatedSectionSchema` (texts inline, per locale
 * or plain for a one-language site) minus what is ours to decide: the id and type (we assign
 * them), optional images, and the variant where the site's style or the section's lists decide
 * it (choose-section-variant.ts; the engine sets it when it merges the section), and where the
 * hero's buttons lead (choose-hero-targets.ts: the model writes their labels). Fewer fields
 * means fewer output tokens and nothing for guided decoding to invent.
 *
 * `variant: 'keep'` keeps the variant field whatever the type, `heroHrefs: 'keep'` the hero
 * buttons' hrefs: with both, the whole of what a section call could write, which bench:generate
 * sizes its answers' copy by.
 */
export function buildSectionSchema(
  type: SectionType,
  locales: readonly string[],
  texts: 'per-locale' | 'plain' = sectionTextsArePlain(locales) ? 'plain' : 'per-locale',
  options: { variant?: 'keep'; heroHrefs?: 'keep' } = {},
): z.ZodObject {
  const full = generatedSectionSchema(type, locales, { texts }).omit({ id: true, type: true });
  const isVariantOurs = options.variant !== 'keep' && typesWithChosenVariant.has(type);
  const ours = isVariantOurs ? full.omit({ variant: true }) : full;
  const trimmed = withoutOptionalImages(type === 'hero' && options.heroHrefs !== 'keep' ? withoutHeroHrefs(ours) : ours);
  if (!(trimmed instanceof z.ZodObject)) throw new TypeError(`section schema "${type}" is not an object`);
  return trimmed;
}
